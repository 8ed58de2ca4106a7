/**
 * Internals of the reports: the Mustache template loader, money and date formatting for people, the SVG chart view
 * models and atomic file writing. Not API.
 */
package dev.legalbilling.report.internal;

/**
 * How {@code dev.legalbilling.json.matter} maps matter files, work files and fee arrangements to and from JSON, YAML
 * and CSV: one record per file shape (the "DTO"), converters to and from the billing-core types, and the plumbing
 * that reports a conversion failure at the file, line and key where the value was written. Not part of the API.
 */
package dev.legalbilling.json.matter.internal;

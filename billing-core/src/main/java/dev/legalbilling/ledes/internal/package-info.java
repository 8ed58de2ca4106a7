/**
 * Implementation of the LEDES reader and writer: line splitting and decoding, field catalogue, value parsing,
 * invoice assembly and dialect properties parsing. Not part of the API: may change in any release.
 */
package dev.legalbilling.ledes.internal;

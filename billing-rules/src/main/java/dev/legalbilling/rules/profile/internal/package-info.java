/**
 * How guideline profile and catalogue files are read: the Jackson-bound documents (records that mirror the file
 * format key by key, so that an unknown key fails with its path) and the values located in the file, for messages
 * that name the line. Not part of the API.
 */
package dev.legalbilling.rules.profile.internal;

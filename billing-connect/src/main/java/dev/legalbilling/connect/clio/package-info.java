/**
 * Clio Manage: the API v4 client ({@link dev.legalbilling.connect.clio.ClioClient}, regional hosts in
 * {@link dev.legalbilling.connect.clio.ClioRegion}) and the reader of Clio's activities CSV (export and import
 * template, {@link dev.legalbilling.connect.clio.ClioCsv}). Which API facts are verified from Clio's documentation
 * and which are assumptions is listed in the module's README.
 */
package dev.legalbilling.connect.clio;

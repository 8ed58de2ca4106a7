/**
 * PracticePanther: the API v2 client ({@link dev.legalbilling.connect.practicepanther.PracticePantherClient},
 * OData {@code $top}/{@code $skip} paging) and the reader of its time and expense CSV export
 * ({@link dev.legalbilling.connect.practicepanther.PracticePantherCsv}). Field names are from a third-party copy of
 * the API specification; the module's README lists them as assumptions with their overrides.
 */
package dev.legalbilling.connect.practicepanther;

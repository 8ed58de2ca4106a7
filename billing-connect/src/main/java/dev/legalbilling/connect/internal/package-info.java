/**
 * Not API: what the three systems' clients share. {@code HttpJson} (GET with bearer token, timeouts, bounded bodies,
 * 429/5xx retries, same-origin paging), {@code Values} (exact decimals from vendor JSON), {@code SourceRecords} (the
 * neutral records), {@code WorkAssembler} (the one place records become matter and work files, with the skip
 * rules), {@code ExportCsv}/{@code CsvSource} (CSV exports).
 */
package dev.legalbilling.connect.internal;

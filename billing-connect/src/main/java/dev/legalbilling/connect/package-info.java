/**
 * Bringing a firm's work in from the practice-management system it lives in: Clio, PracticePanther or MyCase.
 *
 * <p>Each system has a package ({@code clio}, {@code practicepanther}, {@code mycase}) with an API client that
 * implements {@link dev.legalbilling.connect.WorkSource} and a reader of its CSV export. Both give an
 * {@link dev.legalbilling.connect.ImportResult}: per matter, the {@code MatterFile} and {@code WorkFile} that
 * {@code billing invoice} reads, plus what was skipped and why. This package holds what the three share: the token
 * ({@link dev.legalbilling.connect.AccessToken}, never printed), the HTTP settings
 * ({@link dev.legalbilling.connect.ConnectSettings}), the query ({@link dev.legalbilling.connect.ImportQuery}), how
 * the systems' records become billing-core values ({@link dev.legalbilling.connect.MappingOptions}), the sync
 * checkpoint ({@link dev.legalbilling.connect.Checkpoint}) and the one error type for a failed API call
 * ({@link dev.legalbilling.connect.ApiCallException}).
 */
package dev.legalbilling.connect;

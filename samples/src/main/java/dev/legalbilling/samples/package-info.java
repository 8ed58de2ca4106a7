/**
 * Runnable examples, one per kind of user, each a class with a {@code main} method that a test in
 * {@code samples/src/test} runs and checks:
 *
 * <ul>
 * <li>{@link dev.legalbilling.samples.HourlyInvoiceSample}: a Java developer drafts an hourly invoice and checks it
 *     (the README's embedding example);</li>
 * <li>{@link dev.legalbilling.samples.VendorBatchSample}: an e-billing vendor checks a directory of LEDES files on
 *     several threads with one shared engine and its own LEDES dialect;</li>
 * <li>{@link dev.legalbilling.samples.FirmRulesSample}: a firm writes its own rule file, tests it with the harness,
 *     and sees what a broken rule file reports;</li>
 * <li>{@link dev.legalbilling.samples.ContingencyClosingSample}: the closing statement of a settled contingency
 *     matter under a tiered schedule.</li>
 * </ul>
 */
package dev.legalbilling.samples;

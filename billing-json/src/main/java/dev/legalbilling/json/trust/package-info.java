/**
 * JSON for trust accounting: the tamper-evident JSON Lines journal file ({@link
 * dev.legalbilling.json.trust.TrustJournalFile}, append + fsync per entry, verified line by line on load), the bank
 * statement reader for reconciliations ({@link dev.legalbilling.json.trust.BankStatementReader}) and the Jackson
 * module that writes reconciliation reports ({@link dev.legalbilling.json.trust.TrustJsonModule}).
 *
 * <p>The hash chain is defined in billing-core ({@link dev.legalbilling.trust.TrustEntryCanonicalForm}); this
 * package only stores and checks it.
 */
package dev.legalbilling.json.trust;

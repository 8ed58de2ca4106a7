/**
 * Trust (IOLTA) accounting: an append-only, hash-chained journal of client trust money, the client ledgers derived
 * from it, and three-way reconciliation.
 *
 * <h2>Model</h2>
 * <ul>
 *   <li>{@link dev.legalbilling.trust.TrustAccount} (IOLTA or separate interest-bearing) and its jurisdiction's
 *       {@link dev.legalbilling.trust.TrustAccountingProfile} (reconciliation frequency, split deposits, bank-charge
 *       cushion, retention; every figure a configurable parameter, not law).</li>
 *   <li>{@link dev.legalbilling.trust.TrustTransaction}: a deposit, disbursement, earned-fee transfer, refund, bank
 *       charge, firm-funds deposit, interest, identification of unidentified funds, transfer between client ledgers,
 *       or reversal; each posts signed
 *       amounts to named {@link dev.legalbilling.trust.LedgerId ledgers} (a client and optional matter, the firm's
 *       bank-charge funds, or unidentified funds).</li>
 *   <li>{@link dev.legalbilling.trust.TrustJournal} checks and records transactions as
 *       {@link dev.legalbilling.trust.TrustEntry entries}: it refuses anything that would make a ledger negative,
 *       move unearned fees to operating, split a deposit where forbidden or over-fund the bank-charge cushion, and
 *       it corrects only by reversal. Entries are chained by SHA-256 over a
 *       {@link dev.legalbilling.trust.TrustEntryCanonicalForm canonical form} defined here, independent of any file
 *       format (the {@code billing-json} module stores them as JSON Lines).</li>
 *   <li>{@link dev.legalbilling.trust.ThreeWayReconciliation} compares a
 *       {@link dev.legalbilling.trust.BankStatement} with the journal and the ledgers and produces a
 *       {@link dev.legalbilling.trust.ReconciliationReport} with the differences and their likely causes.</li>
 * </ul>
 *
 * <h2>Facts for compliance rules</h2>
 * The questions ethics rules ask are answered as plain data: a negative balance
 * ({@link dev.legalbilling.trust.TrustLedger#negative()}, {@link dev.legalbilling.trust.TrustLedger#everNegative()},
 * {@link dev.legalbilling.trust.LedgerBalance#negative()}); an unearned withdrawal
 * ({@link dev.legalbilling.trust.FeeTransferStatus#unearnedWithdrawal()}); funds held after a matter closed
 * ({@link dev.legalbilling.trust.HeldFunds#daysSinceClosing()}); unidentified funds
 * ({@link dev.legalbilling.trust.UnidentifiedFunds#daysOutstanding()}); a split deposit
 * ({@link dev.legalbilling.trust.TrustTransaction#isSplitDeposit()}); a failed reconciliation
 * ({@link dev.legalbilling.trust.ReconciliationReport#passed()}).
 *
 * <h2>Confidentiality</h2>
 * Memos and payee names may be privileged: no {@code toString()}, exception message or report in this package
 * contains them; only ids, dates, types and amounts.
 */
package dev.legalbilling.trust;

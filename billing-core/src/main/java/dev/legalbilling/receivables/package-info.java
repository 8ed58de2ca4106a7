/**
 * Accounts receivable: final invoices, money received and everything else that moves what clients owe, as an
 * append-only ledger from which every balance and status is derived.
 *
 * <p><b>Model.</b> A {@link dev.legalbilling.receivables.Receivable} is a final
 * {@link dev.legalbilling.invoice.Invoice} plus {@link dev.legalbilling.receivables.PaymentTerms} (due date = invoice
 * date + N days, default 30) and, optionally, the fee agreement's
 * {@link dev.legalbilling.agreement.InterestTerms}, the matter's jurisdiction and type, and the responsible partner.
 * {@link dev.legalbilling.receivables.Posting Postings} ({@link dev.legalbilling.receivables.Payment},
 * {@link dev.legalbilling.receivables.WriteOff}, {@link dev.legalbilling.receivables.CreditNote}, disputes, notices of
 * fee arbitration, interest charges, client credit applied or refunded) are turned by the
 * {@link dev.legalbilling.receivables.ReceivablesLedger} into {@link dev.legalbilling.receivables.LedgerEntry entries}.
 * Nothing stores a balance: {@link dev.legalbilling.receivables.ReceivableState} (balance, status, dispute and interest
 * facts) is derived from the entries as of any date.
 *
 * <p><b>Payments.</b> Applied to the named invoice, or oldest-first (due date, invoice date, number) across the
 * client's open, undisputed invoices in the payment's currency; an overpayment becomes client credit, which is never
 * applied automatically. Write-offs, credit notes and applied credit cannot exceed a balance, so balances never go
 * negative.
 *
 * <p><b>Sub-packages.</b> {@code aging} (aging report and its text rendering), {@code reminder} (reminder schedule,
 * log and runs), {@code interest} (late-payment interest only where agreed), {@code collection} (collection steps and
 * the fee-arbitration and trust-funds facts for the ethics rules), {@code metrics} (realization, leakage, DSO).
 *
 * <p>Every type is immutable and thread-safe. Client names and narratives are never held or printed; ids only.
 */
package dev.legalbilling.receivables;

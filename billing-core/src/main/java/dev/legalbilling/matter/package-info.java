/**
 * The matter and drafting its invoices: {@link dev.legalbilling.matter.Matter} ties a client's piece of work to its
 * {@link dev.legalbilling.fee.FeeArrangement fee arrangement} and its
 * {@link dev.legalbilling.agreement.FeeAgreement fee agreement} (and refuses a contingency arrangement that bills
 * what the agreement does not say); {@link dev.legalbilling.matter.InvoiceDrafts} turns a
 * {@link dev.legalbilling.matter.DraftRequest} into a {@link dev.legalbilling.matter.DraftResult}: the draft invoice,
 * the closing statements of contingent recoveries, and every item left out with its
 * {@link dev.legalbilling.matter.Exclusion reason}.
 *
 * <p>The top of billing-core's package order: it uses {@code party}, {@code fee}, {@code agreement},
 * {@code contingency} and {@code invoice}, and none of them uses it back.
 */
package dev.legalbilling.matter;

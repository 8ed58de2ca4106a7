/**
 * Late-payment interest on receivables, only where the fee agreement provides for it.
 *
 * <p>{@link dev.legalbilling.receivables.interest.LateInterest} assesses one invoice (or all agreed ones) on a date:
 * simple interest at the agreed annual rate, day count Actual/365 Fixed, from due date + grace days, rounded once per
 * invoice per computation, less interest already charged. Without an agreement nothing is computed and an overdue
 * invoice yields an {@link dev.legalbilling.receivables.interest.InterestWithoutAgreement} fact for the ethics rule
 * {@code ETH-INTEREST-WITHOUT-AGREEMENT}. Post the result with
 * {@link dev.legalbilling.receivables.interest.InterestAccrual#toCharge()}.
 */
package dev.legalbilling.receivables.interest;

/**
 * Fee arrangements and the one place each turns a period's work into invoice lines.
 *
 * <p>{@link dev.legalbilling.fee.FeeArrangement} is a sealed interface with one record per model:
 * {@link dev.legalbilling.fee.HourlyFee}, {@link dev.legalbilling.fee.FlatFee},
 * {@link dev.legalbilling.fee.ContingencyFee}, {@link dev.legalbilling.fee.CustomRates} and
 * {@link dev.legalbilling.fee.HybridFee}. Each takes {@link dev.legalbilling.fee.UnbilledWork} (a matter's validated
 * time, expenses and recoveries for one period, with the matter's id, currency and UTBMS code set) and returns {@link dev.legalbilling.fee.PricedWork} (numbered invoice
 * lines, each rounded once, and any {@link dev.legalbilling.fee.ClosingStatement}).
 *
 * <p>Supporting values: {@link dev.legalbilling.fee.BillingIncrement} (0.1 h up or down); from {@code money}, the
 * exact {@link dev.legalbilling.money.Fraction} (so ⅓ is ⅓) and {@link dev.legalbilling.money.TieredSchedule}
 * (marginal bands, for contingency scales and volume discounts); from {@code contingency}, the
 * {@link dev.legalbilling.contingency.Stage}, {@link dev.legalbilling.contingency.Basis} and
 * {@link dev.legalbilling.contingency.Recovery} a contingent fee is computed from.
 *
 * <p>This package depends on {@code money}, {@code party}, {@code utbms}, {@code work}, {@code rate},
 * {@code contingency} and {@code invoice} (for the lines it makes); it does not know the {@code Matter}.
 */
package dev.legalbilling.fee;

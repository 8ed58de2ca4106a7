/**
 * Fee arrangements and the one place each turns a period's work into invoice lines.
 *
 * <p>{@link dev.legalbilling.fee.FeeArrangement} is a sealed interface with one record per model:
 * {@link dev.legalbilling.fee.HourlyFee}, {@link dev.legalbilling.fee.FlatFee},
 * {@link dev.legalbilling.fee.ContingencyFee}, {@link dev.legalbilling.fee.CustomRates} and
 * {@link dev.legalbilling.fee.HybridFee}. Each takes {@link dev.legalbilling.fee.UnbilledWork} (a matter's validated
 * time, expenses and recoveries for one period) and returns {@link dev.legalbilling.fee.PricedWork} (numbered invoice
 * lines, each rounded once, and any {@link dev.legalbilling.fee.ClosingStatement}).
 *
 * <p>Supporting values: {@link dev.legalbilling.fee.BillingIncrement} (0.1 h up or down),
 * {@link dev.legalbilling.money.Fraction} (exact shares, so ⅓ is ⅓), and
 * {@link dev.legalbilling.money.TieredSchedule} with {@link dev.legalbilling.money.Tier} (marginal bands, for contingency
 * scales, statutory caps and volume discounts) whose results are {@link dev.legalbilling.money.TieredAmount}s that add
 * up tier by tier.
 */
package dev.legalbilling.fee;

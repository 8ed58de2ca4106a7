/**
 * Receivables metrics, with their formulas documented on each type.
 *
 * <ul>
 *   <li>{@link dev.legalbilling.receivables.metrics.Realization}: billed fees ÷ worked at standard rates, and
 *       collected ÷ invoiced;</li>
 *   <li>{@link dev.legalbilling.receivables.metrics.Leakage}: recorded billable time never billed, the write-down at
 *       billing, and write-offs and credit notes by reason;</li>
 *   <li>{@link dev.legalbilling.receivables.metrics.DaysSalesOutstanding}: open receivables ÷ billed in the period ×
 *       days in the period.</li>
 * </ul>
 *
 * <p>Percentages are {@link java.math.BigDecimal}s in percent with 2 decimals, rounded half up (87.50 means
 * 87.5 %); DSO is in days with 1 decimal, half up. Amounts are exact {@link dev.legalbilling.money.Money}; standard
 * values are rounded to the cent once per matter, timekeeper and day.
 */
package dev.legalbilling.receivables.metrics;

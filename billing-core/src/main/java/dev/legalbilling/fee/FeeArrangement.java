package dev.legalbilling.fee;

import dev.legalbilling.InvalidValueException;
import dev.legalbilling.money.CurrencyMismatchException;
import dev.legalbilling.rate.NoApplicableRateException;

/**
 * How a matter is charged: one record per fee model, each turning a period's work into invoice lines in exactly one
 * place, its {@link #bill(UnbilledWork)} method.
 *
 * <ul>
 *   <li>{@link HourlyFee}: hours × the rate a {@link dev.legalbilling.rate.RateCard} resolves, in billing increments;
 *   <li>{@link FlatFee}: fixed amounts due on dates (whole matter, per UTBMS phase, installments); time shown at zero;
 *   <li>{@link ContingencyFee}: a share of recoveries, by stage and tiered schedule, with a {@link ClosingStatement};
 *       time and costs shown at zero;
 *   <li>{@link CustomRates}: hourly with a client discount, blended team rate, volume discounts and a not-to-exceed
 *       cap;
 *   <li>{@link HybridFee}: reduced hourly plus a {@link SuccessFee} on recovery.
 * </ul>
 *
 * <p>Implementations are immutable and thread-safe.
 */
public sealed interface FeeArrangement permits HourlyFee, FlatFee, ContingencyFee, CustomRates, HybridFee {

    /**
     * Turns a period's work into invoice lines under this arrangement: the one place this model prices work.
     *
     * <p>Lines are numbered {@code "1"}, {@code "2"}, … (fee lines, then expenses, then invoice-level adjustments);
     * each line's total is {@code units × unit cost + adjustment}, rounded once. Time entries recorded as not billable
     * appear as zero-value lines (hours shown, total zero) under every model.
     *
     * @param work the matter's work for the period; not null
     * @return the lines, and the closing statements of contingent recoveries
     * @throws NoApplicableRateException when hourly work has no rate for its timekeeper and day
     * @throws CurrencyMismatchException when a rate or an amount of the arrangement is not in the matter's currency
     * @throws InvalidValueException when the arrangement does not fit the matter (e.g. a flat fee for a phase the
     *     matter's UTBMS code set does not have)
     */
    PricedWork bill(UnbilledWork work);
}

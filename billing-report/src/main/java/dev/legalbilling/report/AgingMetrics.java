package dev.legalbilling.report;

import dev.legalbilling.InvalidValueException;
import dev.legalbilling.money.Money;
import dev.legalbilling.receivables.ReceivableState;
import dev.legalbilling.receivables.ReceivablesLedger;
import dev.legalbilling.receivables.metrics.DaysSalesOutstanding;
import dev.legalbilling.receivables.metrics.Realization;
import dev.legalbilling.receivables.metrics.ReportingPeriod;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Objects;

/**
 * The collection metrics an aging page shows beside the buckets, for one currency over a trailing period ending on
 * the report date: days sales outstanding ({@link DaysSalesOutstanding}: open balances on the report date ÷ amounts
 * invoiced in the period × the period's days) and collection realization ({@link Realization#collectionRealization()}:
 * payments and applied credit received by the report date on the invoices dated in the period ÷ their totals).
 *
 * <p>Billing realization (fees billed ÷ recorded time at standard rates) needs the recorded time, which the
 * receivables files do not hold, so {@link #realization()} carries zero for worked time and fees and its
 * {@link Realization#billingRealization()} is empty. The period's length is a parameter (the command line's default
 * is {@value #DEFAULT_PERIOD_DAYS} days), not a standard. Immutable.
 *
 * @param currency the currency measured
 * @param dso days sales outstanding over the period
 * @param realization collected and invoiced on the period's invoices
 */
public record AgingMetrics(Currency currency, DaysSalesOutstanding dso, Realization realization) {
    /** The trailing period the command line measures by default, in days. */
    public static final int DEFAULT_PERIOD_DAYS = 90;

    /** Validates. */
    public AgingMetrics {
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(dso, "dso");
        Objects.requireNonNull(realization, "realization");
    }

    /**
     * @param ledger the receivables
     * @param asOf the report date, the period's last day
     * @param currency the currency to measure
     * @param periodDays the period's length in days, counting both ends; at least 1
     * @return the metrics
     * @throws InvalidValueException when the period is shorter than a day
     */
    public static AgingMetrics of(ReceivablesLedger ledger, LocalDate asOf, Currency currency, int periodDays) {
        if (periodDays < 1) {
            throw new InvalidValueException("periodDays", periodDays, "must be at least 1");
        }
        ReportingPeriod period = new ReportingPeriod(asOf.minusDays(periodDays - 1L), asOf);
        Money invoiced = Money.zero(currency);
        Money collected = Money.zero(currency);
        for (ReceivableState s : ledger.states(asOf)) {
            LocalDate dated = s.receivable().invoiceDate();
            if (s.currency().equals(currency) && !dated.isBefore(period.first()) && !dated.isAfter(asOf)) {
                invoiced = invoiced.plus(s.invoiced());
                collected = collected.plus(s.paid());
            }
        }
        Money zero = Money.zero(currency);
        return new AgingMetrics(currency, DaysSalesOutstanding.of(ledger, period, currency),
                new Realization(zero, zero, invoiced, collected));
    }
}

package dev.legalbilling.trust;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Objects;

/**
 * How often a jurisdiction requires a three-way reconciliation (e.g. Florida monthly, Illinois at least quarterly).
 * Reconciliations are taken as of the last day of each period.
 */
public enum ReconciliationFrequency {
    /** As of the last day of every calendar month. */
    MONTHLY(1),
    /** As of the last day of every calendar quarter (March, June, September, December). */
    QUARTERLY(3);

    private final int months;

    ReconciliationFrequency(int months) {
        this.months = months;
    }

    /** @return the length of one period in months */
    public int months() {
        return months;
    }

    /**
     * The period end of the next reconciliation after one taken as of {@code asOf}: for a monthly reconciliation as
     * of 2025-03-31 that is 2025-04-30, for a quarterly one 2025-06-30. A reconciliation as of a day inside a period
     * (2025-03-15) is followed by the end of that same period (2025-03-31 monthly).
     *
     * @param asOf the date of the last reconciliation; not null
     * @return the as-of date the next reconciliation is due for
     */
    public LocalDate nextAsOf(LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf");
        LocalDate periodEnd = periodEnd(asOf);
        if (!periodEnd.equals(asOf)) {
            return periodEnd;
        }
        return periodEnd(asOf.plusDays(1));
    }

    /**
     * @param day any day
     * @return the last day of the period that contains it
     */
    public LocalDate periodEnd(LocalDate day) {
        int monthIndex = day.getMonthValue() - 1;
        int lastMonthOfPeriod = (monthIndex / months) * months + months;
        return day.withDayOfMonth(1).withMonth(lastMonthOfPeriod).with(TemporalAdjusters.lastDayOfMonth());
    }
}

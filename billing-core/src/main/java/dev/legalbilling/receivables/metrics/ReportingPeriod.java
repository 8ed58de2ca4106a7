package dev.legalbilling.receivables.metrics;

import dev.legalbilling.InvalidValueException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A span of calendar days, both ends inclusive. Immutable and thread-safe.
 *
 * @param first the first day
 * @param last the last day; not before the first
 */
public record ReportingPeriod(LocalDate first, LocalDate last) {

    /**
     * Validates the period.
     *
     * @throws InvalidValueException when the last day is before the first
     */
    public ReportingPeriod {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(last, "last");
        if (last.isBefore(first)) {
            throw new InvalidValueException("periodEnd", last, "must not be before " + first);
        }
    }

    /**
     * @param month a calendar month
     * @return its first to its last day
     */
    public static ReportingPeriod of(YearMonth month) {
        return new ReportingPeriod(month.atDay(1), month.atEndOfMonth());
    }

    /** @return the number of days, counting both ends (a 31-day month is 31) */
    public long days() {
        return ChronoUnit.DAYS.between(first, last) + 1;
    }

    /**
     * @param date a day
     * @return true when it lies within the period
     */
    public boolean contains(LocalDate date) {
        return !date.isBefore(first) && !date.isAfter(last);
    }
}

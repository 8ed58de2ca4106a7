package dev.legalbilling.matter;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An item of work given for a draft invoice but not billed on it, and why: nothing is dropped silently.
 *
 * <p>Work dated before the period is unbilled work from an earlier period (bill it on a catch-up invoice); work dated
 * after belongs to a later invoice. Immutable and thread-safe when the item is.
 *
 * @param item the time entry, expense or recovery left out
 * @param date its date
 * @param reason why it was left out
 * @param <T> the kind of item
 */
public record Exclusion<T>(T item, LocalDate date, Reason reason) {
    /** Why an item was left off a draft. */
    public enum Reason {
        /** Dated before the billing period: earlier work not yet billed. */
        BEFORE_PERIOD,
        /** Dated after the billing period: it belongs to a later invoice. */
        AFTER_PERIOD
    }

    /** Validates the exclusion. */
    public Exclusion {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(reason, "reason");
    }

    /**
     * @param periodStart first day of the billing period
     * @param periodEnd last day of the billing period
     * @return e.g. {@code "dated 2026-02-27, before the billing period 2026-03-01..2026-03-31: not yet billed"}
     */
    public String explanation(LocalDate periodStart, LocalDate periodEnd) {
        String period = periodStart + ".." + periodEnd;
        return reason == Reason.BEFORE_PERIOD
                ? "dated " + date + ", before the billing period " + period + ": not yet billed, needs a catch-up invoice"
                : "dated " + date + ", after the billing period " + period + ": belongs to a later invoice";
    }
}

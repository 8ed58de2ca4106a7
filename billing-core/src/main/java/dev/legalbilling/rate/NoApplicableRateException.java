package dev.legalbilling.rate;

import dev.legalbilling.BillingException;
import dev.legalbilling.party.TimekeeperId;
import java.time.LocalDate;
import java.util.Objects;

/**
 * No hourly rate applies to a timekeeper on a date: the rate card has no matter, client or classification rate in
 * effect that day, and the timekeeper has no standard rate. Code: {@code RATE_NOT_FOUND}.
 *
 * <p>Immutable and safe to share between threads.
 */
public final class NoApplicableRateException extends BillingException {
    private static final long serialVersionUID = 1L;

    private final TimekeeperId timekeeper;
    private final LocalDate date;

    /**
     * @param timekeeper the timekeeper without a rate; not null
     * @param date the day worked; not null
     */
    public NoApplicableRateException(TimekeeperId timekeeper, LocalDate date) {
        super("RATE_NOT_FOUND", "no hourly rate applies to timekeeper " + Objects.requireNonNull(timekeeper)
                + " on " + Objects.requireNonNull(date) + ": no matter, client-negotiated or classification rate is"
                + " in effect and the timekeeper has no standard rate");
        this.timekeeper = timekeeper;
        this.date = date;
    }

    /** @return the timekeeper without a rate */
    public TimekeeperId timekeeper() {
        return timekeeper;
    }

    /** @return the day for which no rate applies */
    public LocalDate date() {
        return date;
    }
}

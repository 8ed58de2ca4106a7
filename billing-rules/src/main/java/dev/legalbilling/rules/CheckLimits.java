package dev.legalbilling.rules;

import dev.legalbilling.InvalidValueException;
import java.time.Duration;
import java.util.Objects;

/**
 * Bounds on one check, so that a rule file that loops (re-inserting facts that re-trigger it, a join that never
 * ends) cannot take the host down. Exceeding one ends that check with a {@link CheckLimitExceededException}; the
 * engine and other checks carry on.
 *
 * <p>Defaults: {@value #DEFAULT_MAX_FIRINGS} rule firings and 30 seconds per check. Firings count across all rule
 * sets of the check; time is wall-clock from the start of the check.
 *
 * @param maxFirings most rule firings per check, at least 1
 * @param timeout most time per check, positive
 */
public record CheckLimits(long maxFirings, Duration timeout) {
    /** Default number of firings per check. */
    public static final long DEFAULT_MAX_FIRINGS = 1_000_000;

    private static final CheckLimits DEFAULTS = new CheckLimits(DEFAULT_MAX_FIRINGS, Duration.ofSeconds(30));

    /** Validates the limits. */
    public CheckLimits {
        if (maxFirings < 1) {
            throw new InvalidValueException("maxFirings", maxFirings, "must be at least 1");
        }
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new InvalidValueException("timeout", timeout, "must be positive");
        }
    }

    /** @return 1,000,000 firings and 30 seconds */
    public static CheckLimits defaults() {
        return DEFAULTS;
    }

    /** @param value most firings per check @return a copy */
    public CheckLimits withMaxFirings(long value) {
        return new CheckLimits(value, timeout);
    }

    /** @param value most time per check @return a copy */
    public CheckLimits withTimeout(Duration value) {
        return new CheckLimits(maxFirings, value);
    }
}

package dev.legalbilling.rules;

import dev.legalbilling.InvalidValueException;
import java.time.Duration;
import java.util.Objects;

/**
 * Bounds on one check, so that a rule file that loops (re-inserting facts that re-trigger it, a join that never
 * ends) cannot take the host down. Exceeding one ends that check with a {@link CheckLimitExceededException}; the
 * engine and other checks carry on.
 *
 * <p>Defaults: {@value #DEFAULT_MAX_FIRINGS} rule firings, 30 seconds and 256 MiB allocated per check. Firings count
 * across all rule sets of the check; time is wall-clock from the start of the check; memory is what the thread running
 * the check's sessions allocates (HotSpot's per-thread allocation counter, sampled every few milliseconds, so a check
 * is stopped within a few milliseconds' allocation of the limit; on a JVM without the counter the memory limit is
 * not enforced and a warning is logged once). A stopped check's rules run no further; only calls already in progress
 * finish, which is why the bytecode gate admits no member whose cost is unbounded in one call.
 *
 * @param maxFirings most rule firings per check, at least 1
 * @param timeout most time per check, positive
 * @param maxAllocatedBytes most bytes the check may allocate while its rules run, at least 1 MiB
 */
public record CheckLimits(long maxFirings, Duration timeout, long maxAllocatedBytes) {
    /** Default number of firings per check. */
    public static final long DEFAULT_MAX_FIRINGS = 1_000_000;

    /** Default bytes a check may allocate: 256 MiB. */
    public static final long DEFAULT_MAX_ALLOCATED_BYTES = 256L << 20;

    private static final CheckLimits DEFAULTS = new CheckLimits(DEFAULT_MAX_FIRINGS, Duration.ofSeconds(30),
            DEFAULT_MAX_ALLOCATED_BYTES);

    /** Validates the limits. */
    public CheckLimits {
        if (maxFirings < 1) {
            throw new InvalidValueException("maxFirings", maxFirings, "must be at least 1");
        }
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new InvalidValueException("timeout", timeout, "must be positive");
        }
        if (maxAllocatedBytes < (1L << 20)) {
            throw new InvalidValueException("maxAllocatedBytes", maxAllocatedBytes, "must be at least 1 MiB");
        }
    }

    /**
     * @param maxFirings most rule firings per check
     * @param timeout most time per check
     */
    public CheckLimits(long maxFirings, Duration timeout) {
        this(maxFirings, timeout, DEFAULT_MAX_ALLOCATED_BYTES);
    }

    /** @return 1,000,000 firings, 30 seconds and 256 MiB */
    public static CheckLimits defaults() {
        return DEFAULTS;
    }

    /** @param value most firings per check @return a copy */
    public CheckLimits withMaxFirings(long value) {
        return new CheckLimits(value, timeout, maxAllocatedBytes);
    }

    /** @param value most time per check @return a copy */
    public CheckLimits withTimeout(Duration value) {
        return new CheckLimits(maxFirings, value, maxAllocatedBytes);
    }

    /** @param value most bytes a check may allocate @return a copy */
    public CheckLimits withMaxAllocatedBytes(long value) {
        return new CheckLimits(maxFirings, timeout, value);
    }
}

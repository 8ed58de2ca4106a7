package dev.legalbilling.fee;

import dev.legalbilling.InvalidValueException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.Objects;

/**
 * The smallest unit of time billed (e.g. a tenth of an hour) and which way recorded time that is not a multiple of it
 * is adjusted.
 *
 * <p>ABA Formal Opinion 93-379 lets a firm round <em>up</em> to a minimum increment; some client guidelines (the
 * AECC's, for one) require the exact time or rounding <em>down</em>. Seven minutes is 0.2 h rounded up in tenths and
 * 0.1 h rounded down. {@link Direction#EXACT} bills recorded hours as they are, at the LEDES precision of 0.0001 h.
 *
 * <p>Immutable and thread-safe.
 *
 * @param hours the increment in hours, more than 0 and at most 1, with at most four decimals (0.1, 0.25, …);
 *     always {@code 0.0001} for {@link Direction#EXACT}
 * @param direction which way time between increments goes
 */
public record BillingIncrement(BigDecimal hours, Direction direction) {
    /** A tenth of an hour, rounded up: the common US default that ABA 93-379 allows. */
    public static final BillingIncrement TENTH_UP = new BillingIncrement(new BigDecimal("0.1"), Direction.UP);
    /** A tenth of an hour, rounded down, as guidelines that forbid rounding up require. */
    public static final BillingIncrement TENTH_DOWN = new BillingIncrement(new BigDecimal("0.1"), Direction.DOWN);

    private static final BigDecimal FINEST = new BigDecimal("0.0001");
    private static final BigDecimal NANOS_PER_HOUR = BigDecimal.valueOf(3_600_000_000_000L);

    /** Which way time that is not a multiple of the increment is adjusted. */
    public enum Direction {
        /** Up to the next increment: never bills less than recorded. */
        UP,
        /** Down to the previous increment: never bills more than recorded. */
        DOWN,
        /** Not adjusted: bills the time as recorded (durations are cut to 0.0001 h). */
        EXACT
    }

    /**
     * Validates the increment.
     *
     * @throws InvalidValueException when the increment is not above 0 and at most 1 h, or has more than four decimals
     */
    public BillingIncrement {
        Objects.requireNonNull(direction, "direction");
        if (direction == Direction.EXACT) {
            hours = FINEST;
        }
        if (hours == null || hours.signum() <= 0 || hours.compareTo(BigDecimal.ONE) > 0) {
            throw new InvalidValueException("billingIncrement", hours == null ? null : hours.toPlainString(),
                    "must be above 0 and at most 1 hour");
        }
        if (hours.stripTrailingZeros().scale() > 4) {
            throw new InvalidValueException("billingIncrement", hours.toPlainString(), "must have at most 4 decimals");
        }
        hours = hours.stripTrailingZeros();
        if (hours.scale() < 0) {
            hours = hours.setScale(0);
        }
    }

    /**
     * @param hours increment in hours as decimal text, e.g. {@code "0.25"}
     * @return that increment, rounding up
     */
    public static BillingIncrement up(String hours) {
        return new BillingIncrement(new BigDecimal(hours), Direction.UP);
    }

    /**
     * @param hours increment in hours as decimal text
     * @return that increment, rounding down
     */
    public static BillingIncrement down(String hours) {
        return new BillingIncrement(new BigDecimal(hours), Direction.DOWN);
    }

    /** @return no increment: time is billed as recorded */
    public static BillingIncrement exact() {
        return new BillingIncrement(FINEST, Direction.EXACT);
    }

    /**
     * @param recorded hours recorded, not negative
     * @return the hours to bill: a multiple of the increment, adjusted in this increment's direction
     */
    public BigDecimal apply(BigDecimal recorded) {
        Objects.requireNonNull(recorded, "recorded");
        if (recorded.signum() < 0) {
            throw new InvalidValueException("hours", recorded.toPlainString(), "must not be negative");
        }
        BigDecimal steps = recorded.divide(hours, 0, direction == Direction.UP ? RoundingMode.CEILING
                : RoundingMode.FLOOR);
        return steps.multiply(hours);
    }

    /**
     * @param actual time actually spent, not negative
     * @return the hours to bill for it: a multiple of the increment, adjusted in this increment's direction
     */
    public BigDecimal apply(Duration actual) {
        Objects.requireNonNull(actual, "actual");
        if (actual.isNegative()) {
            throw new InvalidValueException("actualTime", actual, "must not be negative");
        }
        BigDecimal nanos = new BigDecimal(actual.getSeconds()).multiply(BigDecimal.valueOf(1_000_000_000L))
                .add(BigDecimal.valueOf(actual.getNano()));
        BigDecimal steps = nanos.divide(hours.multiply(NANOS_PER_HOUR), 0, direction == Direction.UP
                ? RoundingMode.CEILING : RoundingMode.FLOOR);
        return steps.multiply(hours);
    }

    /**
     * @param recorded hours
     * @return true when the hours are already a multiple of the increment
     */
    public boolean isMultiple(BigDecimal recorded) {
        return recorded.remainder(hours).signum() == 0;
    }

    /** @return e.g. {@code "0.1 h increments, rounded up"} or {@code "exact time"} */
    @Override
    public String toString() {
        return switch (direction) {
            case UP -> hours.toPlainString() + " h increments, rounded up";
            case DOWN -> hours.toPlainString() + " h increments, rounded down";
            case EXACT -> "exact time";
        };
    }
}

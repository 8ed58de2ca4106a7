package dev.legalbilling.rules.fact;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The time actually spent on a fee line, when the invoice line records it, next to the hours billed. One per F line
 * with a known actual time.
 *
 * <pre>{@code
 * Parameter(ruleId == "ETH-ROUNDING-UP", name == "increment", $inc : decimal)
 * $t : ActualTimeFact()
 * $allowed : BigDecimal(this < $t.billedHours) from $t.roundedUpTo($inc)
 * }</pre>
 *
 * @param invoiceNumber the invoice
 * @param lineNumber the fee line
 * @param timekeeperId who did the work, {@code ""} when the line has no timekeeper
 * @param date the day of the work
 * @param billedHours the hours billed (the line's units)
 * @param actualSeconds the time actually spent, in whole seconds; not negative
 */
public record ActualTimeFact(String invoiceNumber, String lineNumber, String timekeeperId, LocalDate date,
        BigDecimal billedHours, long actualSeconds) {
    private static final BigDecimal SECONDS_PER_HOUR = BigDecimal.valueOf(3600);
    private static final BigDecimal SECONDS_PER_MINUTE = BigDecimal.valueOf(60);

    /**
     * Checks the values.
     *
     * @throws IllegalArgumentException when the actual time is negative
     */
    public ActualTimeFact {
        Objects.requireNonNull(invoiceNumber, "invoiceNumber");
        Objects.requireNonNull(lineNumber, "lineNumber");
        Objects.requireNonNull(timekeeperId, "timekeeperId");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(billedHours, "billedHours");
        if (actualSeconds < 0) {
            throw new IllegalArgumentException("actual time must not be negative, was " + actualSeconds + " s");
        }
    }

    /**
     * The actual time rounded <em>up</em> to a whole number of increments, exactly: 7 minutes is 0.2 hours in 0.1
     * increments and 0.25 hours in 0.25 increments; an exact multiple stays as it is.
     *
     * @param increment the minimum billing increment in hours, e.g. {@code 0.1}; above zero
     * @return the most hours the line may bill for its actual time, at the increment's scale
     * @throws IllegalArgumentException when the increment is not above zero
     */
    public BigDecimal roundedUpTo(BigDecimal increment) {
        if (increment == null || increment.signum() <= 0) {
            throw new IllegalArgumentException("the billing increment must be above zero, was " + increment);
        }
        BigDecimal incrementSeconds = increment.multiply(SECONDS_PER_HOUR);
        BigDecimal count = BigDecimal.valueOf(actualSeconds).divide(incrementSeconds, 0, RoundingMode.CEILING);
        return count.multiply(increment);
    }

    /** @return the actual time in minutes, with up to two decimals when it is not a whole number of minutes */
    public BigDecimal actualMinutes() {
        BigDecimal minutes = BigDecimal.valueOf(actualSeconds).divide(SECONDS_PER_MINUTE, 2, RoundingMode.HALF_UP)
                .stripTrailingZeros();
        return minutes.scale() < 0 ? minutes.setScale(0) : minutes;
    }
}

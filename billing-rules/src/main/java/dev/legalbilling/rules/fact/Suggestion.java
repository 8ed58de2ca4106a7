package dev.legalbilling.rules.fact;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * An adjustment a rule proposes for the line of a {@link Violation}. Whether it is applied depends on the action
 * the profile sets for the rule (flag, adjust, reject).
 *
 * <pre>{@code
 * insert(Violation.onLine($l, "...").withSuggestion(Suggestion.reduceUnitsTo($max)));
 * }</pre>
 *
 * @param kind {@code "REDUCE_UNITS"}, {@code "BILL_AT_PERCENT"}, {@code "DISALLOW"} or {@code "CAP_AMOUNT"}
 * @param value units to bill, percent of the rate (0–100), or the amount cap; zero for DISALLOW
 */
public record Suggestion(String kind, BigDecimal value) {
    /** Kind of {@link #reduceUnitsTo(BigDecimal)}. */
    public static final String REDUCE_UNITS = "REDUCE_UNITS";
    /** Kind of {@link #billAtPercent(BigDecimal)}. */
    public static final String BILL_AT_PERCENT = "BILL_AT_PERCENT";
    /** Kind of {@link #disallow()}. */
    public static final String DISALLOW = "DISALLOW";
    /** Kind of {@link #capAmount(BigDecimal)}. */
    public static final String CAP_AMOUNT = "CAP_AMOUNT";

    /**
     * Validates kind and value.
     *
     * @throws IllegalArgumentException when the kind is unknown or the value is negative or out of range
     */
    public Suggestion {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(value, "value");
        if (!kind.equals(REDUCE_UNITS) && !kind.equals(BILL_AT_PERCENT) && !kind.equals(DISALLOW)
                && !kind.equals(CAP_AMOUNT)) {
            throw new IllegalArgumentException("suggestion kind " + kind + " is not one of " + REDUCE_UNITS + ", "
                    + BILL_AT_PERCENT + ", " + DISALLOW + ", " + CAP_AMOUNT);
        }
        if (value.signum() < 0) {
            throw new IllegalArgumentException("suggestion value must not be negative, was " + value);
        }
        if (kind.equals(BILL_AT_PERCENT) && value.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new IllegalArgumentException("percent must be between 0 and 100, was " + value);
        }
    }

    /**
     * @param units the units (hours) the line should bill; not negative
     * @return bill the line for this many units at its rate
     */
    public static Suggestion reduceUnitsTo(BigDecimal units) {
        return new Suggestion(REDUCE_UNITS, units);
    }

    /**
     * @param percent percent of the billed amount to keep, 0–100
     * @return bill the line at this percentage
     */
    public static Suggestion billAtPercent(BigDecimal percent) {
        return new Suggestion(BILL_AT_PERCENT, percent);
    }

    /** @return write the whole line off */
    public static Suggestion disallow() {
        return new Suggestion(DISALLOW, BigDecimal.ZERO);
    }

    /**
     * @param amount the most the line may bill, in the invoice currency; not negative
     * @return cap the line total at this amount
     */
    public static Suggestion capAmount(BigDecimal amount) {
        return new Suggestion(CAP_AMOUNT, amount);
    }
}

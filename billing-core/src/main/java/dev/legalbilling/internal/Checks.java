package dev.legalbilling.internal;

import dev.legalbilling.InvalidValueException;
import java.math.BigDecimal;

/** Argument checks shared by the domain types. Not part of the API. */
public final class Checks {
    private Checks() {
    }

    /**
     * @param field field name for the error
     * @param value candidate identifier
     * @return the value, unchanged
     * @throws InvalidValueException when blank, padded or containing control characters
     */
    public static String identifier(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidValueException(field, value, "must not be blank");
        }
        if (!value.strip().equals(value)) {
            throw new InvalidValueException(field, value, "must not start or end with white space");
        }
        for (int i = 0; i < value.length(); i++) {
            if (Character.isISOControl(value.charAt(i))) {
                throw new InvalidValueException(field, value, "must not contain control characters");
            }
        }
        return value;
    }

    /**
     * @param field field name for the error
     * @param value candidate text
     * @return the value, unchanged
     * @throws InvalidValueException when null or blank
     */
    public static String notBlank(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidValueException(field, value, "must not be blank");
        }
        return value;
    }

    /**
     * @param field field name for the error
     * @param value candidate quantity
     * @param max inclusive upper bound
     * @return the value, unchanged
     * @throws InvalidValueException when negative, above max or with more than four decimals
     */
    public static BigDecimal quantity(String field, BigDecimal value, BigDecimal max) {
        if (value == null) {
            throw new InvalidValueException(field, null, "is required");
        }
        if (value.signum() < 0 || value.compareTo(max) > 0) {
            throw new InvalidValueException(field, value.toPlainString(),
                    "must be between 0 and " + max.toPlainString());
        }
        if (value.stripTrailingZeros().scale() > 4) {
            throw new InvalidValueException(field, value.toPlainString(), "must have at most 4 decimals");
        }
        return value;
    }
}

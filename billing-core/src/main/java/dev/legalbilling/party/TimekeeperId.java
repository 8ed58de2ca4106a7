package dev.legalbilling.party;

import dev.legalbilling.internal.Checks;

/**
 * Identifies a timekeeper (the LEDES TIMEKEEPER_ID).
 *
 * @param value the identifier text: not blank, no line breaks, no surrounding white space
 */
public record TimekeeperId(String value) {
    /** Validates the identifier. */
    public TimekeeperId {
        value = Checks.identifier("timekeeperId", value);
    }

    /**
     * @param value the identifier text
     * @return the identifier
     */
    public static TimekeeperId of(String value) {
        return new TimekeeperId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}

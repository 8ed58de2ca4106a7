package dev.legalbilling.contingency;

import dev.legalbilling.InvalidValueException;
import java.util.Locale;

/**
 * What a capped percentage is measured on: the recovery after deducting costs and disbursements ({@link #NET}),
 * or the whole recovery ({@link #GROSS}). Every schedule states its basis explicitly; New York lets the retainer
 * elect either.
 */
public enum Basis {
    /** The recovery minus costs and disbursements (never below zero). */
    NET,
    /** The whole recovery; costs are not deducted before the fee is computed. */
    GROSS;

    /** @return {@code net} or {@code gross}, as written in schedule files and on the command line */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * @param text {@code net} or {@code gross}, any case
     * @return the basis
     * @throws InvalidValueException for any other text
     */
    public static Basis fromLabel(String text) {
        if (text != null) {
            for (Basis b : values()) {
                if (b.label().equals(text.strip().toLowerCase(Locale.ROOT))) {
                    return b;
                }
            }
        }
        throw new InvalidValueException("basis", text, "must be net or gross");
    }

    @Override
    public String toString() {
        return label();
    }
}

package dev.legalbilling.trust;

import dev.legalbilling.internal.Checks;

/**
 * Identifies one trust bank account as the firm names it, e.g. {@code IOLTA-0001}. Never the bank account number:
 * keep that out of journals and reports.
 *
 * @param value the identifier text: not blank, no control characters, no surrounding white space
 */
public record TrustAccountId(String value) {
    /** Validates the identifier. */
    public TrustAccountId {
        value = Checks.identifier("trustAccountId", value);
    }

    /**
     * @param value the identifier text
     * @return the identifier
     * @throws dev.legalbilling.InvalidValueException when the text is blank or malformed
     */
    public static TrustAccountId of(String value) {
        return new TrustAccountId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}

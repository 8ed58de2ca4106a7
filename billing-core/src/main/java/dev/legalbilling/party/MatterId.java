package dev.legalbilling.party;

import dev.legalbilling.internal.Checks;

/**
 * Identifies a matter as the law firm numbers it (the LEDES LAW_FIRM_MATTER_ID).
 *
 * @param value the identifier text: not blank, no line breaks, no surrounding white space
 */
public record MatterId(String value) {
    /** Validates the identifier. */
    public MatterId {
        value = Checks.identifier("matterId", value);
    }

    /**
     * @param value the identifier text
     * @return the identifier
     */
    public static MatterId of(String value) {
        return new MatterId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}

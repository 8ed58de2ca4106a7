package dev.legalbilling.party;

import dev.legalbilling.internal.Checks;

/**
 * Identifies a client (the LEDES CLIENT_ID as the firm knows the client).
 *
 * @param value the identifier text: not blank, no line breaks, no surrounding white space
 */
public record ClientId(String value) {
    /** Validates the identifier. */
    public ClientId {
        value = Checks.identifier("clientId", value);
    }

    /**
     * @param value the identifier text
     * @return the identifier
     */
    public static ClientId of(String value) {
        return new ClientId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}

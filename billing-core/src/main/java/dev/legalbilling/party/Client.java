package dev.legalbilling.party;

import dev.legalbilling.internal.Checks;
import java.util.Objects;

/**
 * A client of the firm. The name is privileged information: never log it at INFO or above.
 *
 * @param id the client's identifier
 * @param name the client's name; not blank
 */
public record Client(ClientId id, String name) {
    /** Validates the client. */
    public Client {
        Objects.requireNonNull(id, "id");
        Checks.notBlank("clientName", name);
    }

    /** @return the id only: the name is confidential and must not reach logs through {@code toString} */
    @Override
    public String toString() {
        return "Client[" + id + "]";
    }
}

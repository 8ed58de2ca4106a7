package dev.legalbilling.party;

import dev.legalbilling.internal.Checks;
import dev.legalbilling.money.UnitPrice;
import java.util.Objects;
import java.util.Optional;

/**
 * A person whose time is billed.
 *
 * @param id identifier
 * @param lastName family name; not blank
 * @param firstName given name; may be empty, never null
 * @param classification LEDES classification
 * @param standardRate the firm's standard hourly rate for this person, the last fallback of rate resolution;
 *     null when none is set
 */
public record Timekeeper(TimekeeperId id, String lastName, String firstName,
        TimekeeperClassification classification, UnitPrice standardRate) {

    /** Validates the timekeeper. */
    public Timekeeper {
        Objects.requireNonNull(id, "id");
        Checks.notBlank("lastName", lastName);
        firstName = firstName == null ? "" : firstName.strip();
        Objects.requireNonNull(classification, "classification");
    }

    /**
     * @param id identifier text
     * @param lastName family name
     * @param firstName given name
     * @param classification LEDES classification
     * @param standardRate standard hourly rate, or null
     * @return the timekeeper
     */
    public static Timekeeper of(String id, String lastName, String firstName,
            TimekeeperClassification classification, UnitPrice standardRate) {
        return new Timekeeper(TimekeeperId.of(id), lastName, firstName, classification, standardRate);
    }

    /** @return the name as LEDES writes it: {@code "Last, First"} (or just the last name) */
    public String ledesName() {
        return firstName.isEmpty() ? lastName : lastName + ", " + firstName;
    }

    /** @return the standard hourly rate, if one is set */
    public Optional<UnitPrice> standardRateIfSet() {
        return Optional.ofNullable(standardRate);
    }
}

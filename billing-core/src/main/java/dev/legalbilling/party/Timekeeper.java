package dev.legalbilling.party;

import dev.legalbilling.InvalidValueException;
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
 * @param barAdmissionYear the year this person was first admitted to the bar, which guidelines key experience on
 *     ("research by lawyers with under 2 years' experience"); between {@value #MIN_BAR_ADMISSION_YEAR} and
 *     {@value #MAX_BAR_ADMISSION_YEAR}; null when unknown or not a lawyer
 */
public record Timekeeper(TimekeeperId id, String lastName, String firstName,
        TimekeeperClassification classification, UnitPrice standardRate, Integer barAdmissionYear) {

    /** The earliest bar admission year accepted. */
    public static final int MIN_BAR_ADMISSION_YEAR = 1900;
    /** The latest bar admission year accepted. */
    public static final int MAX_BAR_ADMISSION_YEAR = 2999;

    /** Validates the timekeeper. */
    public Timekeeper {
        Objects.requireNonNull(id, "id");
        Checks.notBlank("lastName", lastName);
        firstName = firstName == null ? "" : firstName.strip();
        Objects.requireNonNull(classification, "classification");
        if (barAdmissionYear != null) {
            if (barAdmissionYear < MIN_BAR_ADMISSION_YEAR || barAdmissionYear > MAX_BAR_ADMISSION_YEAR) {
                throw new InvalidValueException("barAdmissionYear", String.valueOf(barAdmissionYear),
                        "must be a year between " + MIN_BAR_ADMISSION_YEAR + " and " + MAX_BAR_ADMISSION_YEAR);
            }
        }
    }

    /**
     * A timekeeper whose bar admission year is unknown.
     *
     * @param id identifier
     * @param lastName family name
     * @param firstName given name, or null
     * @param classification LEDES classification
     * @param standardRate standard hourly rate, or null
     */
    public Timekeeper(TimekeeperId id, String lastName, String firstName, TimekeeperClassification classification,
            UnitPrice standardRate) {
        this(id, lastName, firstName, classification, standardRate, null);
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

    /**
     * @param year the year of first bar admission, or null when unknown
     * @return this timekeeper with that bar admission year
     */
    public Timekeeper withBarAdmissionYear(Integer year) {
        return new Timekeeper(id, lastName, firstName, classification, standardRate, year);
    }

    /** @return the year of first bar admission, if known */
    public Optional<Integer> barAdmissionYearIfSet() {
        return Optional.ofNullable(barAdmissionYear);
    }

    /** @return the standard hourly rate, if one is set */
    public Optional<UnitPrice> standardRateIfSet() {
        return Optional.ofNullable(standardRate);
    }
}

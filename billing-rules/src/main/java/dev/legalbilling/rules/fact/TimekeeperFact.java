package dev.legalbilling.rules.fact;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A timekeeper who appears on the invoice. One per distinct timekeeper. Carries no names.
 *
 * <pre>{@code
 * TimekeeperFact($tk : timekeeperId, lawyer == false)
 * $l : LineFact(timekeeperId == $tk, taskCode == "L120")
 * }</pre>
 *
 * <p>Research by lawyers with under 2 years' experience:
 *
 * <pre>{@code
 * TimekeeperFact($tk : timekeeperId, lawyer == true, yearsOfExperience >= 0, yearsOfExperience < 2)
 * $l : LineFact(timekeeperId == $tk, activityCode == "A102")
 * }</pre>
 *
 * @param timekeeperId the timekeeper's id
 * @param classification LEDES classification code, e.g. {@code "PARTNR"}
 * @param seniority 5 partner, 4 of counsel, 3 associate, 2 other lawyers, 1 paralegals and assistants, 0 others
 * @param lawyer true for classifications that are lawyers
 * @param standardRate the firm's standard hourly rate; zero when {@code hasStandardRate} is false
 * @param hasStandardRate true when a standard rate is known
 * @param barAdmissionYear the year of first bar admission, from the matter file's {@code barAdmissionYear}; null
 *     when unknown (a LEDES invoice does not carry it)
 * @param yearsOfExperience years since bar admission at the invoice date: the invoice date's year minus
 *     {@code barAdmissionYear}, never below 0 (so 0 in the year of admission, 1 the next year);
 *     {@value #UNKNOWN_EXPERIENCE} when {@code barAdmissionYear} is unknown, so write
 *     {@code yearsOfExperience >= 0, yearsOfExperience < 2} for "under 2 years' experience"
 */
public record TimekeeperFact(String timekeeperId, String classification, int seniority, boolean lawyer,
        BigDecimal standardRate, boolean hasStandardRate, Integer barAdmissionYear, int yearsOfExperience) {

    /** The {@code yearsOfExperience} of a timekeeper whose bar admission year is unknown. */
    public static final int UNKNOWN_EXPERIENCE = -1;

    /** Checks that nothing is null. */
    public TimekeeperFact {
        Objects.requireNonNull(timekeeperId, "timekeeperId");
        Objects.requireNonNull(classification, "classification");
        Objects.requireNonNull(standardRate, "standardRate");
        if (barAdmissionYear == null ? yearsOfExperience != UNKNOWN_EXPERIENCE : yearsOfExperience < 0) {
            throw new IllegalArgumentException("yearsOfExperience " + yearsOfExperience + " does not fit "
                    + "barAdmissionYear " + barAdmissionYear);
        }
    }

    /**
     * @param barAdmissionYear the year of first bar admission, or null when unknown
     * @param invoiceDate the invoice date experience is measured at
     * @return the years of experience at that date as {@link #yearsOfExperience()} defines them
     */
    public static int yearsOfExperience(Integer barAdmissionYear, LocalDate invoiceDate) {
        Objects.requireNonNull(invoiceDate, "invoiceDate");
        return barAdmissionYear == null ? UNKNOWN_EXPERIENCE : Math.max(0, invoiceDate.getYear() - barAdmissionYear);
    }
}

package dev.legalbilling.rules.fact;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A timekeeper who appears on the invoice. One per distinct timekeeper. Carries no names.
 *
 * <pre>{@code
 * TimekeeperFact($tk : timekeeperId, lawyer == false)
 * $l : LineFact(timekeeperId == $tk, taskCode == "L120")
 * }</pre>
 *
 * @param timekeeperId the timekeeper's id
 * @param classification LEDES classification code, e.g. {@code "PARTNR"}
 * @param seniority 5 partner, 4 of counsel, 3 associate, 2 other lawyers, 1 paralegals and assistants, 0 others
 * @param lawyer true for classifications that are lawyers
 * @param standardRate the firm's standard hourly rate; zero when {@code hasStandardRate} is false
 * @param hasStandardRate true when a standard rate is known
 */
public record TimekeeperFact(String timekeeperId, String classification, int seniority, boolean lawyer,
        BigDecimal standardRate, boolean hasStandardRate) {

    /** Checks that nothing is null. */
    public TimekeeperFact {
        Objects.requireNonNull(timekeeperId, "timekeeperId");
        Objects.requireNonNull(classification, "classification");
        Objects.requireNonNull(standardRate, "standardRate");
    }
}

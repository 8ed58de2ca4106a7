package dev.legalbilling.rules.fact;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Derived: the fee the matter's contingent agreement gives for its outcome, next to the maximum one statutory
 * schedule allows (computed once in Java with {@code dev.legalbilling.agreement.ContingencyCapCheck}). One per
 * schedule that applies to the matter and can answer: the schedule the retainer elects, or else every schedule for
 * the matter's jurisdiction and type (New York personal injury has two, Schedule A and B).
 *
 * <pre>{@code
 * $c : ContingencyCapFact(exceedsCap)
 * $c : ContingencyCapFact(needsCourtApproval)
 * }</pre>
 *
 * @param matterId the matter
 * @param scheduleId the schedule, e.g. {@code "NJ-TORT"}
 * @param scheduleTitle its short name, e.g. {@code "New Jersey tort claims"}
 * @param citation the rule or statute it implements
 * @param elected true when the retainer elects this schedule
 * @param stage the outcome's stage label, e.g. {@code "trial"}
 * @param basis {@code "net"} or {@code "gross"}: what the schedule's percentages were applied to
 * @param recovery the gross recovery
 * @param base the amount the scale was applied to (the recovery, net of costs on a net basis)
 * @param agreedFee the fee the agreement gives for the outcome
 * @param maximumFee the schedule's maximum, rounded once to the minor unit; excludes any court-set part
 * @param excess {@code agreedFee − maximumFee}, zero when not above
 * @param exceedsCap true when the agreed fee is above the maximum and no court-approval zone could allow the
 *     difference
 * @param needsCourtApproval true when the agreed fee is above the computed maximum and part of the recovery lies in
 *     a court-approval zone, so a court must approve the difference
 * @param courtSetExcess the part of the base whose fee only a court may set; zero when none
 * @param ambiguous true when the schedule data flags the maximum as ambiguous (e.g. New Jersey's minors' limit
 *     above its threshold)
 * @param alternativeMaximumFee the maximum under the other reading when {@code ambiguous}, else zero
 * @param currency ISO 4217 code of the amounts
 * @param feeLineNumber the invoice's contingent-fee line (the fee line without a timekeeper with the largest total),
 *     or {@code ""} when the invoice has none
 */
public record ContingencyCapFact(String matterId, String scheduleId, String scheduleTitle, String citation,
        boolean elected, String stage, String basis, BigDecimal recovery, BigDecimal base, BigDecimal agreedFee,
        BigDecimal maximumFee, BigDecimal excess, boolean exceedsCap, boolean needsCourtApproval,
        BigDecimal courtSetExcess, boolean ambiguous, BigDecimal alternativeMaximumFee, String currency,
        String feeLineNumber) {

    /** Checks that nothing is null. */
    public ContingencyCapFact {
        Objects.requireNonNull(matterId, "matterId");
        Objects.requireNonNull(scheduleId, "scheduleId");
        Objects.requireNonNull(scheduleTitle, "scheduleTitle");
        Objects.requireNonNull(citation, "citation");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(recovery, "recovery");
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(agreedFee, "agreedFee");
        Objects.requireNonNull(maximumFee, "maximumFee");
        Objects.requireNonNull(excess, "excess");
        Objects.requireNonNull(courtSetExcess, "courtSetExcess");
        Objects.requireNonNull(alternativeMaximumFee, "alternativeMaximumFee");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(feeLineNumber, "feeLineNumber");
    }
}

package dev.legalbilling.rules.fact;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The fee agreement of the matter billed, as the ethics rules read it (ABA Model Rule 1.5(b)–(d)). At most one per
 * session: present when the check has a matter whose fee agreement is recorded; absent otherwise, so rules on the
 * agreement stay silent when nothing is known about it.
 *
 * <pre>{@code
 * $a : FeeAgreementFact(contingent, signedByClient == false)
 * $a : FeeAgreementFact(contingent, missingTerms.size() > 0)
 * }</pre>
 *
 * <p>Dates that may be unknown are {@code null} and come with a boolean saying whether they are set; constrain the
 * boolean, not the date.
 *
 * @param matterId the matter
 * @param jurisdiction the matter's jurisdiction code, e.g. {@code "US-NJ"}
 * @param matterType a {@code dev.legalbilling.party.MatterType} name, e.g. {@code "PERSONAL_INJURY"}
 * @param inWriting whether the agreement is in writing
 * @param signedByClient whether the client signed it
 * @param clientSignedOn the signature date; null when unsigned
 * @param basisCommunicated whether the scope and the basis or rate of the fee were communicated to the client
 * @param basisCommunicatedOn when they were; null when {@code basisCommunicated} is false
 * @param contingent whether the fee is contingent on the outcome (the agreement has contingent-fee terms)
 * @param missingTerms the Rule 1.5(c) terms a contingent agreement leaves out, as phrases (e.g.
 *     {@code "the percentage on appeal"}); empty when complete or not contingent; unmodifiable
 * @param electedScheduleId the statutory schedule the retainer elects (e.g. {@code "NY-PI-B"}), or {@code ""}
 * @param electedScheduleKnown false when the elected schedule is not in the schedule catalogue of the check
 * @param applicableScheduleIds the statutory contingency schedules that cap fees for this jurisdiction and matter
 *     type (the elected one only, when one is elected and known); empty when none is known; unmodifiable
 * @param hasStateSchedule true when {@code applicableScheduleIds} is not empty
 * @param clientMinorOrIncapacitated whether the client was a minor or incapacitated at signing
 * @param lateInterestAgreed whether the agreement provides for interest on late payment
 */
public record FeeAgreementFact(String matterId, String jurisdiction, String matterType, boolean inWriting,
        boolean signedByClient, LocalDate clientSignedOn, boolean basisCommunicated, LocalDate basisCommunicatedOn,
        boolean contingent, List<String> missingTerms, String electedScheduleId, boolean electedScheduleKnown,
        List<String> applicableScheduleIds, boolean hasStateSchedule, boolean clientMinorOrIncapacitated,
        boolean lateInterestAgreed) {

    /** Checks that nothing required is null and copies the lists. */
    public FeeAgreementFact {
        Objects.requireNonNull(matterId, "matterId");
        Objects.requireNonNull(jurisdiction, "jurisdiction");
        Objects.requireNonNull(matterType, "matterType");
        missingTerms = List.copyOf(missingTerms);
        Objects.requireNonNull(electedScheduleId, "electedScheduleId");
        applicableScheduleIds = List.copyOf(applicableScheduleIds);
    }
}

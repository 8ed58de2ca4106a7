package dev.legalbilling.agreement;

import dev.legalbilling.contingency.Basis;
import dev.legalbilling.contingency.ContingencySchedule;
import dev.legalbilling.contingency.ContingencySchedules;
import dev.legalbilling.contingency.FeeQuery;
import dev.legalbilling.contingency.GoverningDate;
import dev.legalbilling.contingency.MaximumFee;
import dev.legalbilling.contingency.Recovery;
import dev.legalbilling.contingency.ScheduleNotApplicableException;
import dev.legalbilling.money.Money;
import dev.legalbilling.party.Jurisdiction;
import dev.legalbilling.party.MatterId;
import dev.legalbilling.party.MatterType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A derived fact for the contingency-cap ethics rule: the fee a matter's agreement gives for its outcome, next to
 * the maximum one statutory schedule allows. The rule then only matches {@link #exceedsCap()} (or
 * {@link #needsCourtApproval()}).
 *
 * <p>{@link #of(MatterId, Jurisdiction, MatterType, FeeAgreement, ContingencySchedules)} builds one check per schedule that applies: the schedule the
 * retainer elects, or else every schedule for the matter's jurisdiction and type. Each is queried with the
 * outcome's recovery, costs and stage, the client's minor flag, the agreement's basis when the schedule allows it
 * (else the schedule's own), and the schedule's governing date: the client's signature date for
 * {@link GoverningDate#AGREEMENT} (the outcome date when the agreement is unsigned, which the not-in-writing rule
 * reports anyway), the outcome date otherwise.
 *
 * <p>Immutable and thread-safe.
 *
 * @param matter the matter
 * @param scheduleId the schedule compared against
 * @param agreedFee the fee the agreement gives for the outcome
 * @param maximum the schedule's maximum for the outcome
 */
public record ContingencyCapCheck(MatterId matter, String scheduleId, Money agreedFee, MaximumFee maximum) {

    /** Checks that every value is present. */
    public ContingencyCapCheck {
        Objects.requireNonNull(matter, "matter");
        Objects.requireNonNull(scheduleId, "scheduleId");
        Objects.requireNonNull(agreedFee, "agreedFee");
        Objects.requireNonNull(maximum, "maximum");
    }

    /**
     * @param matter the matter's id
     * @param jurisdiction the matter's jurisdiction
     * @param matterType the matter's type
     * @param agreement the matter's fee agreement, contingent and with an outcome for any check; may be null
     * @param schedules the catalogue to look schedules up in
     * @return one check per applicable schedule; empty when the matter has no agreement, the fee is not
     *     contingent, there is no outcome yet, the agreed fee cannot be computed (no percentage for the stage, or
     *     the cost deduction is not stated), or no schedule applies. A schedule that cannot answer (its stage or
     *     date is not covered) is left out.
     * @throws dev.legalbilling.contingency.UnknownScheduleException when the agreement elects a schedule the
     *     catalogue does not have
     */
    public static List<ContingencyCapCheck> of(MatterId matter, Jurisdiction jurisdiction, MatterType matterType,
            FeeAgreement agreement, ContingencySchedules schedules) {
        if (agreement == null || agreement.contingency() == null || agreement.outcome() == null) {
            return List.of();
        }
        ContingencyTerms terms = agreement.contingency();
        Recovery outcome = agreement.outcome();
        Money agreed = terms.agreedFee(outcome).orElse(null);
        if (agreed == null) {
            return List.of();
        }
        List<ContingencySchedule> candidates = terms.electedScheduleId() != null
                ? List.of(schedules.schedule(terms.electedScheduleId()))
                : schedules.applicableTo(jurisdiction, matterType);
        List<ContingencyCapCheck> checks = new ArrayList<>();
        for (ContingencySchedule s : candidates) {
            LocalDate date = s.governingDate() == GoverningDate.AGREEMENT && agreement.clientSignedOn() != null
                    ? agreement.clientSignedOn() : outcome.date();
            Basis basis = terms.basisIfSet().filter(b -> s.bases().contains(b)).orElse(s.basis());
            FeeQuery query = FeeQuery.of(outcome, date).withBasis(basis)
                    .withMinor(agreement.clientMinorOrIncapacitated());
            try {
                checks.add(new ContingencyCapCheck(matter, s.id(), agreed, s.maximumFee(query)));
            } catch (ScheduleNotApplicableException e) {
                // the schedule does not cover this stage or date: nothing to compare
            }
        }
        return List.copyOf(checks);
    }

    /**
     * @return true when the agreed fee is above the maximum and no court-approval zone could allow the difference:
     *     the fee is unenforceable and a disciplinary matter
     */
    public boolean exceedsCap() {
        return agreedFee.isGreaterThan(maximum.fee()) && !maximum.requiresCourtApproval();
    }

    /**
     * @return true when the agreed fee is above the computed maximum but part of the recovery lies in a
     *     court-approval zone: the difference needs a court's approval
     */
    public boolean needsCourtApproval() {
        return agreedFee.isGreaterThan(maximum.fee()) && maximum.requiresCourtApproval();
    }

    /** @return how much the agreed fee exceeds the computed maximum; zero when it does not */
    public Money excess() {
        return agreedFee.minus(maximum.fee()).max(Money.zero(agreedFee.currency()));
    }
}

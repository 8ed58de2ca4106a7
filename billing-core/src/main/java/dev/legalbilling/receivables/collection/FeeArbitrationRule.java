package dev.legalbilling.receivables.collection;

import dev.legalbilling.InvalidValueException;
import dev.legalbilling.internal.Checks;
import dev.legalbilling.money.Money;
import dev.legalbilling.party.Jurisdiction;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A jurisdiction's duty to serve notice of the client's right to fee arbitration before a collection step: one row
 * of the {@link FeeArbitrationRules} table. Every field is a configurable parameter, not hard-coded law; check the
 * defaults against the official text before relying on them.
 *
 * <p>A rule {@linkplain #appliesTo applies} to a {@link CollectionAction} when the action is in the rule's
 * jurisdiction, the matter is civil if the rule is limited to civil matters, the action either is of a type that
 * always needs notice ({@link #actionsRequiringNotice}) or concerns a fee the client disputes while
 * {@link #noticeWhenFeeDisputed} is set, and the {@linkplain CollectionAction#feeInDispute() fee in dispute} is
 * within {@code [minimumInDispute, maximumInDispute]}. When the action's amounts are in another currency than the
 * rule's thresholds they cannot be compared and the rule is taken to apply (the conservative reading). Notice is
 * {@linkplain #isSatisfiedBy satisfied} when served on or before the action date, and for a lawsuit at least
 * {@link #daysBetweenNoticeAndLawsuit} days before it. {@link #noticeMissing} is the
 * {@value CollectionAction#ARBITRATION_NOTICE_RULE_ID} condition.
 *
 * <p>Not modelled (left to the rule pack or the user): New York's exclusions (malpractice claims, fees set by a court
 * or statute, no services in the last two years, matters begun before 2002-01-01, advance consent to arbitration
 * under 137.2) and California's point that a notice served before the dispute arose may not count (Huang v. Cheng,
 * 1998).
 *
 * <p>Immutable and thread-safe.
 *
 * @param id stable id of the row, e.g. {@code NY-137}
 * @param jurisdiction where the rule applies
 * @param citation the source, for findings
 * @param minimumInDispute smallest fee in dispute covered, inclusive; above zero
 * @param maximumInDispute largest fee in dispute covered, inclusive, or null for no upper limit
 * @param civilMattersOnly whether criminal matters are excluded
 * @param noticeWhenFeeDisputed whether any collection step on a disputed fee needs prior notice
 * @param actionsRequiringNotice action types that need prior notice even without a recorded dispute; unmodifiable
 * @param daysBetweenNoticeAndLawsuit days the client has to elect arbitration before a lawsuit may start, 0 when
 *     notice may be served with the summons
 */
public record FeeArbitrationRule(String id, Jurisdiction jurisdiction, String citation, Money minimumInDispute,
        Money maximumInDispute, boolean civilMattersOnly, boolean noticeWhenFeeDisputed,
        Set<CollectionActionType> actionsRequiringNotice, int daysBetweenNoticeAndLawsuit) {

    /**
     * Validates the row.
     *
     * @throws InvalidValueException when the id or citation is blank, the minimum is not above zero, the maximum is
     *     below the minimum, or the day count is negative
     */
    public FeeArbitrationRule {
        Checks.identifier("ruleId", id);
        Objects.requireNonNull(jurisdiction, "jurisdiction");
        Objects.requireNonNull(actionsRequiringNotice, "actionsRequiringNotice");
        Checks.notBlank("citation", citation);
        if (minimumInDispute == null || !minimumInDispute.isPositive()) {
            throw new InvalidValueException("minimumInDispute", minimumInDispute, "must be above zero in rule " + id);
        }
        if (maximumInDispute != null && maximumInDispute.isLessThan(minimumInDispute)) {
            throw new InvalidValueException("maximumInDispute", maximumInDispute,
                    "must not be below the minimum " + minimumInDispute + " in rule " + id);
        }
        actionsRequiringNotice = actionsRequiringNotice.isEmpty()
                ? Collections.unmodifiableSet(EnumSet.noneOf(CollectionActionType.class))
                : Collections.unmodifiableSet(EnumSet.copyOf(actionsRequiringNotice));
        if (daysBetweenNoticeAndLawsuit < 0) {
            throw new InvalidValueException("daysBetweenNoticeAndLawsuit", daysBetweenNoticeAndLawsuit,
                    "must not be negative in rule " + id);
        }
    }

    /** @return the upper limit, when there is one */
    public Optional<Money> maximumIfAny() {
        return Optional.ofNullable(maximumInDispute);
    }

    /**
     * @param action a collection step
     * @return true when this rule requires notice before the step (whether or not it was served)
     */
    public boolean appliesTo(CollectionAction action) {
        if (!jurisdiction.equals(action.jurisdiction())) {
            return false;
        }
        if (civilMattersOnly && !action.isCivilMatter()) {
            return false;
        }
        boolean triggered = actionsRequiringNotice.contains(action.type())
                || (noticeWhenFeeDisputed && action.amountInDispute().isPositive());
        if (!triggered) {
            return false;
        }
        Money fee = action.feeInDispute();
        if (!fee.isPositive()) {
            return false;
        }
        if (!fee.currency().equals(minimumInDispute.currency())) {
            return true;
        }
        return !fee.isLessThan(minimumInDispute) && (maximumInDispute == null || !fee.isGreaterThan(maximumInDispute));
    }

    /**
     * @param action a collection step
     * @return the latest day notice may have been served for the step: the action date, or for a lawsuit
     *     {@link #daysBetweenNoticeAndLawsuit} days before it
     */
    public LocalDate noticeDeadline(CollectionAction action) {
        return action.type() == CollectionActionType.LAWSUIT
                ? action.date().minusDays(daysBetweenNoticeAndLawsuit)
                : action.date();
    }

    /**
     * @param action a collection step
     * @return true when notice was served on or before {@link #noticeDeadline(CollectionAction)}
     */
    public boolean isSatisfiedBy(CollectionAction action) {
        return action.arbitrationNoticeServedOnOrBefore(noticeDeadline(action));
    }

    /**
     * @param action a collection step
     * @return true when the rule applies and notice was not served in time: the
     *     {@value CollectionAction#ARBITRATION_NOTICE_RULE_ID} condition
     */
    public boolean noticeMissing(CollectionAction action) {
        return appliesTo(action) && !isSatisfiedBy(action);
    }
}

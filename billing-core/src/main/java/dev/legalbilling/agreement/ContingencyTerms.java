package dev.legalbilling.agreement;

import dev.legalbilling.InvalidValueException;
import dev.legalbilling.contingency.Basis;
import dev.legalbilling.contingency.Recovery;
import dev.legalbilling.contingency.Stage;
import dev.legalbilling.internal.Checks;
import dev.legalbilling.money.Fraction;
import dev.legalbilling.money.Money;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The contingent-fee terms of a fee agreement, as written: the percentage the lawyer takes at each stage, whether
 * costs are deducted before or after the fee, what the client owes if the matter is lost, and the statutory
 * schedule the retainer elects where the law offers a choice (New York Schedule A or B).
 *
 * <p>Terms the agreement does not state are null or absent, so that an incomplete agreement can be represented
 * and reported by the ethics rules ({@link #missingTerms()}) instead of being rejected here. Only impossible values
 * are rejected.
 *
 * <p>Immutable and thread-safe.
 *
 * @param percentages the lawyer's percentage by stage, each above 0 and at most 100 %; unmodifiable; may be empty
 * @param basis whether costs are deducted before the fee ({@link Basis#NET}) or after it ({@link Basis#GROSS}); null
 *     when the agreement does not say
 * @param owedIfLost what the client owes if the matter is lost; null when the agreement does not say
 * @param electedScheduleId the id of the contingency schedule the retainer elects (e.g. {@code NY-PI-B}); null
 *     when none is elected
 */
public record ContingencyTerms(Map<Stage, Fraction> percentages, Basis basis,
        OwedIfLost owedIfLost, String electedScheduleId) {

    /** A term that ABA Model Rule 1.5(c) requires a contingent-fee agreement to state. */
    public enum Term {
        /** A percentage for a settlement before trial (at any pre-trial or administrative stage). */
        SETTLEMENT_PERCENTAGE,
        /** A percentage for a resolution at trial. */
        TRIAL_PERCENTAGE,
        /** A percentage for a resolution on appeal. */
        APPEAL_PERCENTAGE,
        /** Whether expenses are deducted before or after the fee is calculated. */
        COSTS_DEDUCTION,
        /** The expenses the client owes whatever the outcome. */
        OWED_IF_LOST
    }

    private static final Set<Stage> SETTLEMENT_STAGES = EnumSet.of(Stage.ADMINISTRATIVE, Stage.PRE_SUIT,
            Stage.POST_FILING, Stage.ANSWERED, Stage.LIABILITY_ADMITTED);

    /**
     * Validates the terms.
     *
     * @throws InvalidValueException when a percentage is zero or above 100 %, or the elected schedule id is blank
     */
    public ContingencyTerms {
        Objects.requireNonNull(percentages, "percentages");
        Map<Stage, Fraction> copy = new EnumMap<>(Stage.class);
        for (Map.Entry<Stage, Fraction> e : percentages.entrySet()) {
            Stage stage = Objects.requireNonNull(e.getKey(), "stage");
            Fraction rate = Objects.requireNonNull(e.getValue(), "percentage");
            if (rate.isZero() || rate.compareTo(Fraction.ONE) > 0) {
                throw new InvalidValueException("percentage at " + stage.label(), rate.toPercentString(),
                        "must be above 0% and at most 100%");
            }
            copy.put(stage, rate);
        }
        percentages = Collections.unmodifiableMap(copy);
        if (electedScheduleId != null) {
            Checks.identifier("electedScheduleId", electedScheduleId);
        }
    }

    /**
     * @param percentage the same percentage at every stage, e.g. {@code Fraction.of(1, 3)}
     * @param basis when costs are deducted (net: before the fee)
     * @param owedIfLost what the client owes if lost
     * @return terms with one percentage for all stages and no elected schedule
     */
    public static ContingencyTerms flat(Fraction percentage, Basis basis, OwedIfLost owedIfLost) {
        Map<Stage, Fraction> all = new EnumMap<>(Stage.class);
        for (Stage s : Stage.values()) {
            all.put(s, percentage);
        }
        return new ContingencyTerms(all, basis, owedIfLost, null);
    }

    /**
     * @param scheduleId the schedule the retainer elects
     * @return a copy with that election
     */
    public ContingencyTerms electing(String scheduleId) {
        return new ContingencyTerms(percentages, basis, owedIfLost, scheduleId);
    }

    /**
     * @param stage a stage
     * @return the agreed percentage at that stage, if stated
     */
    public Optional<Fraction> percentageAt(Stage stage) {
        return Optional.ofNullable(percentages.get(stage));
    }

    /** @return the basis the agreed percentages are measured on, when the agreement says */
    public Optional<Basis> basisIfSet() {
        return Optional.ofNullable(basis);
    }

    /** @return the elected schedule's id, if any */
    public Optional<String> electedScheduleIdIfSet() {
        return Optional.ofNullable(electedScheduleId);
    }

    /**
     * @return the terms ABA Model Rule 1.5(c) requires that these terms leave out; empty for a complete agreement.
     *     A settlement percentage is any percentage for an administrative or pre-trial stage.
     */
    public Set<Term> missingTerms() {
        Set<Term> missing = EnumSet.noneOf(Term.class);
        if (Collections.disjoint(percentages.keySet(), SETTLEMENT_STAGES)) {
            missing.add(Term.SETTLEMENT_PERCENTAGE);
        }
        if (!percentages.containsKey(Stage.TRIAL)) {
            missing.add(Term.TRIAL_PERCENTAGE);
        }
        if (!percentages.containsKey(Stage.APPEAL)) {
            missing.add(Term.APPEAL_PERCENTAGE);
        }
        if (basis == null) {
            missing.add(Term.COSTS_DEDUCTION);
        }
        if (owedIfLost == null) {
            missing.add(Term.OWED_IF_LOST);
        }
        return Collections.unmodifiableSet(missing);
    }

    /**
     * The fee these terms give for an outcome: the percentage at the outcome's stage times the recovery, net of
     * costs when they are deducted before the fee (never below zero), rounded half-up once to the minor unit.
     *
     * @param outcome how the matter ended
     * @return the agreed fee; empty when no percentage is stated for the stage, or when the matter had costs and
     *     the agreement does not say whether they are deducted before or after the fee
     */
    public Optional<Money> agreedFee(Recovery outcome) {
        Fraction rate = percentages.get(outcome.stage());
        if (rate == null || (basis == null && outcome.costs().isPositive())) {
            return Optional.empty();
        }
        Money base = outcome.feeBase(basis == null ? Basis.GROSS : basis);
        return Optional.of(rate.times(base.amount()).toMoney(base.currency(), RoundingMode.HALF_UP));
    }
}

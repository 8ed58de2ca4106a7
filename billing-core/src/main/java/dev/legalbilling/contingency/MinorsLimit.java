package dev.legalbilling.contingency;

import dev.legalbilling.InvalidValueException;
import dev.legalbilling.money.Fraction;
import dev.legalbilling.money.Money;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A lower limit for clients who were minors or incapacitated when the agreement was made, at some stages
 * (New Jersey R. 1:21-7(c)(6): the same scale, but at most 25 % on amounts recovered by settlement before the jury
 * is empanelled).
 *
 * <p>Where the scale has tiers below the limit's rate, the rule can be read two ways, and the readings differ:
 * {@link Reading#PER_TIER} caps each tier's rate at the limit; {@link Reading#TOTAL} caps the whole fee at the
 * limit's rate times the base. The schedule data names the reading used and the amount above which the rule is
 * ambiguous; the other reading is reported alongside ({@link MaximumFee#alternativeFee()}).
 *
 * <p>Immutable and thread-safe.
 *
 * @param rate the limit, at most 100 %
 * @param stages the stages at which the limit applies; not empty; unmodifiable
 * @param reading how the limit is applied to a tiered scale
 * @param ambiguousAbove the base above which the two readings differ and the result is flagged ambiguous; null
 *     when the rule is unambiguous
 * @param status how well the limit is confirmed
 */
public record MinorsLimit(Fraction rate, Set<Stage> stages, Reading reading, Money ambiguousAbove,
        SourceStatus status) {

    /** How a minors' limit is applied to a tiered scale. */
    public enum Reading {
        /** Each tier's rate is capped at the limit. */
        PER_TIER,
        /** The total fee is capped at the limit times the base. */
        TOTAL;

        /** @return {@code per-tier} or {@code total}, as written in schedule files */
        public String label() {
            return this == PER_TIER ? "per-tier" : "total";
        }
    }

    /**
     * Validates the limit.
     *
     * @throws InvalidValueException when the rate is above 100 %, no stage is named, or the ambiguity threshold is
     *     negative
     */
    public MinorsLimit {
        Objects.requireNonNull(rate, "rate");
        Objects.requireNonNull(stages, "stages");
        Objects.requireNonNull(reading, "reading");
        Objects.requireNonNull(status, "status");
        if (rate.compareTo(Fraction.ONE) > 0) {
            throw new InvalidValueException("minors rate", rate.toPercentString(), "must be at most 100%");
        }
        if (stages.isEmpty()) {
            throw new InvalidValueException("minors stages", "[]", "must name at least one stage");
        }
        stages = Collections.unmodifiableSet(EnumSet.copyOf(stages));
        if (ambiguousAbove != null && ambiguousAbove.isNegative()) {
            throw new InvalidValueException("ambiguous-above", ambiguousAbove, "must not be negative");
        }
    }

    /** @return the base above which the readings differ, when the data flags one */
    public Optional<Money> ambiguousAboveIfSet() {
        return Optional.ofNullable(ambiguousAbove);
    }
}

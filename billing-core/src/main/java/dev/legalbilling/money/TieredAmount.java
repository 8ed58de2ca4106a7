package dev.legalbilling.money;

import dev.legalbilling.InvalidValueException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a {@link TieredSchedule} charges on an amount, tier by tier: the parts always add up to the total.
 *
 * <p>The total is the exact sum of {@code rate × portion} over the tiers, rounded once; each part is its exact share
 * rounded down, with the cents the total still needs given to the parts with the largest remainders (so every part is
 * within one minor unit of its exact value). Immutable and thread-safe.
 *
 * @param base the amount the schedule was applied to (the slice, for {@link TieredSchedule#applyToSlice})
 * @param parts one part per tier whose band holds some of the amount, lowest band first
 * @param total the sum of the parts
 * @param uncovered the part of the amount above the top bound of a schedule that is not open-ended (charged
 *     nothing, to be decided elsewhere, e.g. by a court); zero otherwise
 */
public record TieredAmount(Money base, List<Part> parts, Money total, Money uncovered) {

    /**
     * Validates the amount.
     *
     * @throws InvalidValueException when the parts do not add up to the total, or the portions and the uncovered
     *     rest do not add up to the base
     */
    public TieredAmount {
        Objects.requireNonNull(base, "base");
        parts = List.copyOf(parts);
        Objects.requireNonNull(total, "total");
        Objects.requireNonNull(uncovered, "uncovered");
        Money sum = Money.zero(base.currency());
        Money portions = uncovered;
        for (Part p : parts) {
            sum = sum.plus(p.amount());
            portions = portions.plus(p.portion());
        }
        if (!sum.equals(total)) {
            throw new InvalidValueException("total", total, "must equal the sum of the tier parts " + sum);
        }
        if (!portions.equals(base)) {
            throw new InvalidValueException("base", base, "must equal the portions plus the uncovered rest " + portions);
        }
    }

    /**
     * One tier's share of the amount.
     *
     * @param from lower bound of the tier's band (exclusive; zero for the first tier)
     * @param upTo upper bound of the band (inclusive), or null for the open-ended top band
     * @param rate the tier's rate
     * @param portion how much of the amount falls in the band
     * @param amount {@code rate × portion}, rounded as described on {@link TieredAmount}
     */
    public record Part(Money from, Money upTo, Fraction rate, Money portion, Money amount) {
        /** Validates the part. */
        public Part {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(rate, "rate");
            Objects.requireNonNull(portion, "portion");
            Objects.requireNonNull(amount, "amount");
        }

        /** @return the band's upper bound, empty for the open-ended top band */
        public Optional<Money> upperBound() {
            return Optional.ofNullable(upTo);
        }

        /**
         * @return e.g. {@code "35% of USD 22000.00 (band USD 3000.00 to USD 25000.00) = USD 7700.00"}, or
         *     {@code "33 1/3% of USD 95000.00 = USD 31666.67"} for the single band of a flat schedule
         */
        public String explanation() {
            if (upTo == null && from.isZero()) {
                return rate.toPercentString() + " of " + portion + " = " + amount;
            }
            String band = upTo == null ? "band above " + from : "band " + from + " to " + upTo;
            return rate.toPercentString() + " of " + portion + " (" + band + ") = " + amount;
        }
    }

    /** @return one line per part, then the total, e.g. for a closing statement */
    public List<String> explanation() {
        List<String> lines = new ArrayList<>();
        for (Part p : parts) {
            lines.add(p.explanation());
        }
        if (uncovered.isPositive()) {
            lines.add(uncovered + " above the schedule's top bound is not covered by it");
        }
        lines.add("total " + total);
        return List.copyOf(lines);
    }
}

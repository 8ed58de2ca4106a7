package dev.legalbilling.money;

import dev.legalbilling.InvalidValueException;
import java.util.Objects;
import java.util.Optional;

/**
 * One band of a {@link TieredSchedule}, the one tier model of the project (contingent fees, statutory caps on them
 * and volume discounts all use it): a rate that applies to the part of an amount between the previous tier's
 * upper bound (or zero) and this tier's upper bound. The band's lower bound is not stored here; the schedule knows
 * it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param upTo inclusive upper bound of the band, positive; null for the open-ended top band
 * @param rate the share charged on the part of the amount inside the band
 */
public record Tier(Money upTo, Fraction rate) {
    /**
     * Validates the tier.
     *
     * @throws InvalidValueException when the bound is not positive or the rate is above 100 %
     */
    public Tier {
        Objects.requireNonNull(rate, "rate");
        if (!rate.isAtMostOne()) {
            throw new InvalidValueException("tier.rate", rate.toPercentString(), "must be at most 100%");
        }
        if (upTo != null && !upTo.isPositive()) {
            throw new InvalidValueException("tier.upTo", upTo, "must be positive");
        }
    }

    /**
     * @param upTo inclusive upper bound of the band
     * @param rate share charged inside the band
     * @return a bounded tier
     */
    public static Tier upTo(Money upTo, Fraction rate) {
        return new Tier(Objects.requireNonNull(upTo, "upTo"), rate);
    }

    /**
     * @param rate share charged on everything above the previous tier
     * @return the open-ended top tier
     */
    public static Tier above(Fraction rate) {
        return new Tier(null, rate);
    }

    /** @return the upper bound, empty for the open-ended top tier */
    public Optional<Money> upperBound() {
        return Optional.ofNullable(upTo);
    }

    /** @return true when the tier has no upper bound */
    public boolean isOpenEnded() {
        return upTo == null;
    }
}

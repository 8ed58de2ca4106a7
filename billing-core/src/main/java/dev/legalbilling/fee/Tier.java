package dev.legalbilling.fee;

import dev.legalbilling.InvalidValueException;
import dev.legalbilling.money.Money;
import java.util.Objects;
import java.util.Optional;

/**
 * One band of a {@link TieredSchedule}: a rate that applies to the part of an amount between the previous tier's
 * upper bound (or zero) and this tier's upper bound. The band's lower bound is not stored here; the schedule knows
 * it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param upTo inclusive upper bound of the band, positive; null for the open-ended top band
 * @param rate the share charged on the part of the amount inside the band
 */
public record Tier(Money upTo, Percentage rate) {
    /**
     * Validates the tier.
     *
     * @throws InvalidValueException when the bound is not positive
     */
    public Tier {
        Objects.requireNonNull(rate, "rate");
        if (upTo != null && !upTo.isPositive()) {
            throw new InvalidValueException("tier.upTo", upTo, "must be positive");
        }
    }

    /**
     * @param upTo inclusive upper bound of the band
     * @param rate share charged inside the band
     * @return a bounded tier
     */
    public static Tier upTo(Money upTo, Percentage rate) {
        return new Tier(Objects.requireNonNull(upTo, "upTo"), rate);
    }

    /**
     * @param rate share charged on everything above the previous tier
     * @return the open-ended top tier
     */
    public static Tier above(Percentage rate) {
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

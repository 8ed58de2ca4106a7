package dev.legalbilling.contingency;

import dev.legalbilling.money.Fraction;
import dev.legalbilling.money.Money;
import java.util.Objects;
import java.util.Optional;

/**
 * One line of a fee breakdown: how much of the base fell into a tier and the fee on it.
 *
 * <p>{@code exactPart} is exact ({@code rate × slice} as a fraction); {@code part} is that value rounded half-up
 * to the currency's minor unit for display. The fee itself is computed from the exact parts and rounded once; see
 * {@link MaximumFee} for how the rounded parts relate to it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param tier the band as the schedule defines it
 * @param rate the rate actually applied (lower than the tier's when a per-tier minors' limit applies); null for a
 *     court-set band
 * @param slice the part of the base inside the band
 * @param exactPart rate × slice, exact; zero for a court-set band
 * @param part {@code exactPart} rounded half-up to the minor unit
 */
public record TierShare(Tier tier, Fraction rate, Money slice, Fraction exactPart, Money part) {

    /** Checks that every value is present. */
    public TierShare {
        Objects.requireNonNull(tier, "tier");
        Objects.requireNonNull(slice, "slice");
        Objects.requireNonNull(exactPart, "exactPart");
        Objects.requireNonNull(part, "part");
    }

    /** @return true when the fee on this band is left to the court */
    public boolean isCourtSet() {
        return rate == null;
    }

    /** @return the applied rate, or empty for a court-set band */
    public Optional<Fraction> rateIfSet() {
        return Optional.ofNullable(rate);
    }
}

package dev.legalbilling.contingency;

import dev.legalbilling.InvalidValueException;
import dev.legalbilling.contingency.internal.Amounts;
import dev.legalbilling.money.CurrencyMismatchException;
import dev.legalbilling.money.Fraction;
import dev.legalbilling.money.Money;
import java.util.Objects;
import java.util.Optional;

/**
 * One band of a marginal scale: the rate applies only to the part of the base between {@code from} and
 * {@code upTo}. A band without a rate is a court-approval zone: the fee on that part is set by a court on
 * application and is never computed (New Jersey above USD 3,000,000).
 *
 * <p>Immutable and thread-safe.
 *
 * @param from where the band starts (inclusive of amounts above it); at least zero
 * @param upTo where the band ends, above {@code from}; null for the open-ended top band
 * @param rate the maximum rate on the slice, at most 100 %; null for a court-set band
 * @param status how well the band's figures (edges and rate) are confirmed
 */
public record Tier(Money from, Money upTo, Fraction rate, SourceStatus status) {

    /**
     * Validates the band.
     *
     * @throws InvalidValueException when {@code from} is negative, {@code upTo} is not above it, or the rate is
     *     above 100 %
     * @throws CurrencyMismatchException when the edges are in different currencies
     */
    public Tier {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(status, "status");
        if (from.isNegative()) {
            throw new InvalidValueException("from", from, "must not be negative");
        }
        if (upTo != null && !upTo.isGreaterThan(from)) {
            throw new InvalidValueException("upTo", upTo, "must be above the start of the band " + from);
        }
        if (rate != null && rate.compareTo(Fraction.ONE) > 0) {
            throw new InvalidValueException("rate", rate.toPercentString(), "must be at most 100%");
        }
    }

    /** @return true when the fee on this band is set by a court instead of computed */
    public boolean isCourtSet() {
        return rate == null;
    }

    /** @return the rate, or empty for a court-set band */
    public Optional<Fraction> rateIfSet() {
        return Optional.ofNullable(rate);
    }

    /** @return the upper edge, or empty for the open-ended top band */
    public Optional<Money> upToIfSet() {
        return Optional.ofNullable(upTo);
    }

    /**
     * @param base the amount the scale is applied to, in the band's currency
     * @return the part of the base inside this band: zero below {@code from}, at most {@code upTo - from}
     * @throws CurrencyMismatchException when the base is in another currency
     */
    public Money slice(Money base) {
        if (!base.isGreaterThan(from)) {
            return Money.zero(from.currency());
        }
        Money top = upTo == null ? base : base.min(upTo);
        return top.minus(from);
    }

    /** @return e.g. {@code USD 1,000.00 to USD 3,000.00 at 40% [V]} */
    @Override
    public String toString() {
        return Amounts.format(from) + (upTo == null ? " and above" : " to " + Amounts.format(upTo)) + " at "
                + (rate == null ? "a court-set fee" : rate.toPercentString()) + " " + status.tag();
    }
}

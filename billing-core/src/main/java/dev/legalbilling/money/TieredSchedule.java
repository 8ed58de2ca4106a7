package dev.legalbilling.money;

import dev.legalbilling.InvalidValueException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A marginal rate schedule: each {@link Tier}'s rate applies only to the part of an amount inside its band, as
 * statutory contingency scales and volume discounts work.
 *
 * <p>New York's Schedule A for personal-injury fees (22 NYCRR 603.25, 691.20, 806.13, 1015.15), for example, is
 * <pre>{@code
 * TieredSchedule.builder()
 *         .upTo(Money.of("1000", "USD"), Fraction.percent("50"))
 *         .upTo(Money.of("3000", "USD"), Fraction.percent("40"))
 *         .upTo(Money.of("25000", "USD"), Fraction.percent("35"))
 *         .above(Fraction.percent("25"));
 * }</pre>
 * and charges 500 + 800 + 7,700 + 493,750 = USD 502,750 on USD 2,000,000. A single percentage is a one-tier schedule
 * ({@link #flat(Fraction)}).
 *
 * <p>Bounds are strictly increasing amounts in one currency; only the last tier may be open-ended. A schedule that
 * is not open-ended (New Jersey's ends at USD 3,000,000) reports what lies above its top bound as
 * {@link TieredAmount#uncovered() uncovered} instead of charging it. Applying a schedule rounds exactly once (see
 * {@link TieredAmount}), so the result never decreases when the amount grows and never exceeds the top rate times the
 * amount, rounded the same way. Immutable and thread-safe.
 *
 * @param tiers the tiers, lowest band first; not empty
 */
public record TieredSchedule(List<Tier> tiers) {

    /**
     * Validates the tiers.
     *
     * @throws InvalidValueException when there are no tiers, bounds do not increase, or a tier other than the last is
     *     open-ended
     * @throws CurrencyMismatchException when bounds are in different currencies
     */
    public TieredSchedule {
        tiers = List.copyOf(tiers);
        if (tiers.isEmpty()) {
            throw new InvalidValueException("tiers", "[]", "must not be empty");
        }
        Money previous = null;
        for (int i = 0; i < tiers.size(); i++) {
            Tier tier = tiers.get(i);
            if (tier.isOpenEnded()) {
                if (i != tiers.size() - 1) {
                    throw new InvalidValueException("tiers[" + i + "].upTo", null,
                            "may only be open-ended on the last tier");
                }
            } else {
                if (previous != null && !tier.upTo().isGreaterThan(previous)) {
                    throw new InvalidValueException("tiers[" + i + "].upTo", tier.upTo(),
                            "must be above the previous bound " + previous);
                }
                previous = tier.upTo();
            }
        }
    }

    /**
     * @param rate the one rate
     * @return an open-ended one-tier schedule: {@code rate} of every amount
     */
    public static TieredSchedule flat(Fraction rate) {
        return new TieredSchedule(List.of(Tier.above(rate)));
    }

    /** @return a builder that adds bands from the bottom up */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the currency of the bounds, empty for a flat schedule (which fits any currency) */
    public Optional<Currency> currency() {
        return tiers.stream().map(Tier::upTo).filter(Objects::nonNull).map(Money::currency).findFirst();
    }

    /** @return true when the top tier has no upper bound */
    public boolean isOpenEnded() {
        return tiers.get(tiers.size() - 1).isOpenEnded();
    }

    /** @return the top bound of a schedule that is not open-ended; empty when it is */
    public Optional<Money> ceiling() {
        return tiers.get(tiers.size() - 1).upperBound();
    }

    /** @return the one rate of a flat (single open-ended tier) schedule; empty for a tiered one */
    public Optional<Fraction> flatRate() {
        return tiers.size() == 1 && isOpenEnded() ? Optional.of(tiers.get(0).rate()) : Optional.empty();
    }

    /** @return the highest rate of any tier */
    public Fraction topRate() {
        Fraction top = Fraction.ZERO;
        for (Tier t : tiers) {
            if (t.rate().compareTo(top) > 0) {
                top = t.rate();
            }
        }
        return top;
    }

    /**
     * @param limit the highest rate any band may charge
     * @return the same bands with every rate above the limit lowered to it (a minors' limit read per tier)
     */
    public TieredSchedule withRatesAtMost(Fraction limit) {
        Objects.requireNonNull(limit, "limit");
        List<Tier> capped = new ArrayList<>();
        for (Tier t : tiers) {
            capped.add(new Tier(t.upTo(), t.rate().min(limit)));
        }
        return new TieredSchedule(capped);
    }

    /**
     * The exact charge on an amount from zero, before it is rounded: {@code Σ rate × portion} over the bands (the
     * part above the ceiling of a schedule that is not open-ended is charged nothing).
     *
     * @param base the amount, not negative
     * @return the exact charge; {@link #apply} rounds it once to its total
     * @throws InvalidValueException when the base is negative
     * @throws CurrencyMismatchException when the base is not in the schedule's currency
     */
    public Fraction exactCharge(Money base) {
        Objects.requireNonNull(base, "base");
        Optional<Currency> own = currency();
        if (own.isPresent() && !own.get().equals(base.currency())) {
            throw new CurrencyMismatchException(own.get(), base.currency());
        }
        if (base.isNegative()) {
            throw new InvalidValueException("base", base, "must not be negative");
        }
        Fraction exact = Fraction.ZERO;
        BigDecimal lower = BigDecimal.ZERO;
        for (Tier tier : tiers) {
            BigDecimal upper = tier.isOpenEnded() ? base.amount() : tier.upTo().amount().min(base.amount());
            if (upper.compareTo(lower) > 0) {
                exact = exact.plus(tier.rate().times(upper.subtract(lower)));
            }
            if (tier.isOpenEnded()) {
                break;
            }
            lower = tier.upTo().amount();
        }
        return exact;
    }

    /**
     * Charges the schedule on an amount from zero.
     *
     * @param base the amount, not negative
     * @param rounding how the total is rounded (once); not {@code UNNECESSARY}
     * @return the total with its parts tier by tier
     * @throws InvalidValueException when the base is negative or the rounding is {@code UNNECESSARY}
     * @throws CurrencyMismatchException when the base is not in the schedule's currency
     */
    public TieredAmount apply(Money base, RoundingMode rounding) {
        return applyToSlice(Money.zero(base.currency()), base, rounding);
    }

    /**
     * Charges the schedule on a slice of a running total: the part of the bands between {@code counted} and
     * {@code counted + amount}. A volume discount on cumulative fees uses it with the fees billed before as
     * {@code counted} and this invoice's fees as {@code amount}.
     *
     * @param counted what was already counted before this slice, not negative
     * @param amount the slice, not negative
     * @param rounding how the total is rounded (once); not {@code UNNECESSARY}
     * @return the total for the slice with its parts tier by tier; its base is {@code amount}
     * @throws InvalidValueException when an amount is negative or the rounding is {@code UNNECESSARY}
     * @throws CurrencyMismatchException when the amounts are not in the schedule's currency
     */
    public TieredAmount applyToSlice(Money counted, Money amount, RoundingMode rounding) {
        Objects.requireNonNull(counted, "counted");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(rounding, "rounding");
        if (rounding == RoundingMode.UNNECESSARY) {
            throw new InvalidValueException("rounding", rounding, "must say how to round a fee");
        }
        Currency currency = amount.currency();
        if (!counted.currency().equals(currency)) {
            throw new CurrencyMismatchException(currency, counted.currency());
        }
        Optional<Currency> own = currency();
        if (own.isPresent() && !own.get().equals(currency)) {
            throw new CurrencyMismatchException(own.get(), currency);
        }
        if (counted.isNegative() || amount.isNegative()) {
            throw new InvalidValueException(counted.isNegative() ? "counted" : "amount",
                    counted.isNegative() ? counted : amount, "must not be negative");
        }
        BigDecimal start = counted.amount();
        BigDecimal end = start.add(amount.amount());
        BigDecimal lower = BigDecimal.ZERO;
        List<Slice> slices = new ArrayList<>();
        for (Tier tier : tiers) {
            BigDecimal upper = tier.isOpenEnded() ? null : tier.upTo().amount();
            BigDecimal from = lower.max(start);
            BigDecimal to = upper == null ? end : upper.min(end);
            if (to.compareTo(from) > 0) {
                slices.add(new Slice(tier, Money.of(lower, currency), to.subtract(from)));
            }
            if (upper == null) {
                break;
            }
            lower = upper;
        }
        BigDecimal uncovered = BigDecimal.ZERO;
        if (!isOpenEnded() && end.compareTo(lower) > 0) {
            uncovered = end.subtract(lower.max(start));
        }
        return new TieredAmount(amount, share(slices, currency, rounding), sumOf(slices, currency, rounding),
                Money.of(uncovered, currency));
    }

    private record Slice(Tier tier, Money from, BigDecimal portion) {
        Fraction exact() {
            return tier.rate().times(portion);
        }
    }

    private static Money sumOf(List<Slice> slices, Currency currency, RoundingMode rounding) {
        Fraction exact = Fraction.ZERO;
        for (Slice s : slices) {
            exact = exact.plus(s.exact());
        }
        return exact.toMoney(currency, rounding);
    }

    /** Rounds every part down, then hands the cents the rounded total still needs to the largest remainders. */
    private static List<TieredAmount.Part> share(List<Slice> slices, Currency currency, RoundingMode rounding) {
        int scale = Money.scaleOf(currency);
        BigDecimal unit = BigDecimal.ONE.movePointLeft(scale);
        BigDecimal total = sumOf(slices, currency, rounding).amount();
        List<BigDecimal> amounts = new ArrayList<>();
        List<Fraction> remainders = new ArrayList<>();
        BigDecimal floors = BigDecimal.ZERO;
        for (Slice s : slices) {
            BigDecimal floor = s.exact().toBigDecimal(scale, RoundingMode.DOWN);
            amounts.add(floor);
            remainders.add(s.exact().minus(Fraction.of(floor)));
            floors = floors.add(floor);
        }
        int missing = total.subtract(floors).divide(unit).intValueExact();
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < slices.size(); i++) {
            order.add(i);
        }
        order.sort((a, b) -> remainders.get(b).compareTo(remainders.get(a)));
        for (int k = 0; k < missing; k++) {
            int i = order.get(k);
            amounts.set(i, amounts.get(i).add(unit));
        }
        List<TieredAmount.Part> parts = new ArrayList<>();
        for (int i = 0; i < slices.size(); i++) {
            Slice s = slices.get(i);
            parts.add(new TieredAmount.Part(s.from(), s.tier().upTo(), s.tier().rate(),
                    Money.of(s.portion(), currency), Money.of(amounts.get(i), currency)));
        }
        return parts;
    }

    /** @return e.g. {@code "50% up to USD 1000.00, 40% up to USD 3000.00, 25% above"} */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        for (Tier t : tiers) {
            if (text.length() > 0) {
                text.append(", ");
            }
            text.append(t.rate().toPercentString()).append(t.isOpenEnded() ? (tiers.size() == 1 ? "" : " above") : " up to " + t.upTo());
        }
        return text.toString();
    }

    /** Adds tiers from the lowest band up; not thread-safe. */
    public static final class Builder {
        private final List<Tier> tiers = new ArrayList<>();

        private Builder() {
        }

        /**
         * @param bound inclusive upper bound of the next band
         * @param rate share charged inside it
         * @return this builder
         */
        public Builder upTo(Money bound, Fraction rate) {
            tiers.add(Tier.upTo(bound, rate));
            return this;
        }

        /**
         * Ends the schedule with an open-ended top band.
         *
         * @param rate share charged above the last bound
         * @return the schedule
         * @throws InvalidValueException when the bounds do not increase
         */
        public TieredSchedule above(Fraction rate) {
            tiers.add(Tier.above(rate));
            return new TieredSchedule(tiers);
        }

        /**
         * Ends the schedule at the last bound: amounts above it are reported as uncovered.
         *
         * @return the schedule
         * @throws InvalidValueException when there are no tiers or the bounds do not increase
         */
        public TieredSchedule build() {
            return new TieredSchedule(tiers);
        }
    }
}

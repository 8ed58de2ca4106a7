package dev.legalbilling.money;

import dev.legalbilling.InvalidValueException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import java.util.Objects;

/**
 * An exact amount of money in one ISO 4217 currency, at most as precise as the currency's minor unit.
 *
 * <p>Amounts are {@link BigDecimal}s, never {@code double}. Constructing an amount with more decimals than the
 * currency allows (USD 1.005) throws: nothing rounds silently. Operations that may need rounding
 * ({@link #multiply(BigDecimal, RoundingMode)}, {@link #divide(BigDecimal, RoundingMode)}) take a {@link RoundingMode};
 * adding, subtracting or comparing amounts in different currencies throws {@link CurrencyMismatchException}.
 * Amounts are held at the currency's scale, so {@code USD 1.5} equals {@code USD 1.50}.
 *
 * <p>For per-unit prices that need more precision (LEDES unit costs have four decimals) use {@link UnitPrice}.
 *
 * <p>Immutable and thread-safe.
 */
public final class Money implements Comparable<Money> {
    private final BigDecimal amount;
    private final Currency currency;

    private Money(BigDecimal amount, Currency currency) {
        this.amount = amount;
        this.currency = currency;
    }

    /**
     * @param amount the amount; its scale after removing trailing zeros must not exceed the currency's minor unit
     * @param currency the currency; not null
     * @return the amount at the currency's scale
     * @throws InvalidValueException when the amount has more decimals than the currency allows
     */
    public static Money of(BigDecimal amount, Currency currency) {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        int scale = scaleOf(currency);
        BigDecimal scaled;
        try {
            scaled = amount.setScale(scale, RoundingMode.UNNECESSARY);
        } catch (ArithmeticException e) {
            throw new InvalidValueException("amount", amount.toPlainString(),
                    "has more than " + scale + " decimals allowed for " + currency.getCurrencyCode());
        }
        return new Money(scaled, currency);
    }

    /**
     * @param amount decimal text such as {@code "1250.00"} or {@code "-70"}
     * @param currencyCode ISO 4217 code such as {@code "USD"}
     * @return the amount
     * @throws InvalidValueException when the text is not a decimal number, the code is unknown, or too precise
     */
    public static Money of(String amount, String currencyCode) {
        return of(parseDecimal("amount", amount), currency(currencyCode));
    }

    /**
     * @param amount the amount
     * @param currencyCode ISO 4217 code
     * @return the amount
     */
    public static Money of(BigDecimal amount, String currencyCode) {
        return of(amount, currency(currencyCode));
    }

    /**
     * Parses {@code "USD 12.50"} (the form {@link #toString()} writes).
     *
     * @param text currency code, one space, amount
     * @return the amount
     * @throws InvalidValueException when the text is not of that form
     */
    public static Money parse(String text) {
        Objects.requireNonNull(text, "text");
        int space = text.indexOf(' ');
        if (space < 0) {
            throw new InvalidValueException("money", text, "must be a currency code and an amount, e.g. 'USD 12.50'");
        }
        return of(text.substring(space + 1).trim(), text.substring(0, space).trim());
    }

    /**
     * @param currency the currency
     * @return zero in that currency
     */
    public static Money zero(Currency currency) {
        return of(BigDecimal.ZERO, currency);
    }

    /**
     * Rounds an exact product or quotient to the currency's minor unit: the one place where rounding happens.
     *
     * @param exact any decimal
     * @param currency the currency
     * @param rounding how to round the decimals the currency cannot hold
     * @return the rounded amount
     */
    public static Money rounded(BigDecimal exact, Currency currency, RoundingMode rounding) {
        Objects.requireNonNull(rounding, "rounding");
        return new Money(exact.setScale(scaleOf(currency), rounding), currency);
    }

    /**
     * Rounds an exact rational amount (a rate times an amount, a sum of tier parts) to the currency's minor unit:
     * with {@link #rounded(BigDecimal, Currency, RoundingMode)} the one place where rounding happens.
     *
     * @param exact the exact amount
     * @param currency the currency
     * @param rounding how to round the decimals the currency cannot hold
     * @return the rounded amount
     */
    public static Money rounded(Fraction exact, Currency currency, RoundingMode rounding) {
        Objects.requireNonNull(exact, "exact");
        Objects.requireNonNull(rounding, "rounding");
        return new Money(exact.toBigDecimal(scaleOf(currency), rounding), currency);
    }

    /**
     * @param amounts amounts in one currency
     * @param currency the currency of the sum (used for an empty collection)
     * @return their exact sum
     * @throws CurrencyMismatchException when one amount is in another currency
     */
    public static Money sum(Collection<Money> amounts, Currency currency) {
        Money total = zero(currency);
        for (Money m : amounts) {
            total = total.plus(m);
        }
        return total;
    }

    /**
     * @param code ISO 4217 code
     * @return the currency
     * @throws InvalidValueException when the code is unknown
     */
    public static Currency currency(String code) {
        Objects.requireNonNull(code, "currency");
        try {
            return Currency.getInstance(code.trim());
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("currency", code, "is not an ISO 4217 currency code");
        }
    }

    static int scaleOf(Currency currency) {
        int digits = currency.getDefaultFractionDigits();
        return digits < 0 ? 2 : digits;
    }

    static BigDecimal parseDecimal(String field, String text) {
        Objects.requireNonNull(text, field);
        try {
            return new BigDecimal(text.trim());
        } catch (NumberFormatException e) {
            throw new InvalidValueException(field, text, "is not a decimal number");
        }
    }

    /** @return the amount at the currency's scale, e.g. {@code 12.50} for USD */
    public BigDecimal amount() {
        return amount;
    }

    /** @return the currency */
    public Currency currency() {
        return currency;
    }

    /**
     * @param other an amount in the same currency
     * @return the exact sum
     * @throws CurrencyMismatchException when the currencies differ
     */
    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.add(other.amount), currency);
    }

    /**
     * @param other an amount in the same currency
     * @return the exact difference
     * @throws CurrencyMismatchException when the currencies differ
     */
    public Money minus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.subtract(other.amount), currency);
    }

    /**
     * @param factor any decimal factor (hours, a percentage as a fraction)
     * @param rounding how to round the result to the currency's minor unit
     * @return the product, rounded once
     */
    public Money multiply(BigDecimal factor, RoundingMode rounding) {
        return rounded(amount.multiply(factor), currency, rounding);
    }

    /**
     * @param share an exact rate or share, e.g. ⅓
     * @param rounding how to round the result to the currency's minor unit
     * @return {@code share × this}, computed exactly and rounded once
     */
    public Money times(Fraction share, RoundingMode rounding) {
        Objects.requireNonNull(share, "share");
        Objects.requireNonNull(rounding, "rounding");
        return new Money(amount.multiply(new BigDecimal(share.numerator()))
                .divide(new BigDecimal(share.denominator()), scaleOf(currency), rounding), currency);
    }

    /**
     * @param divisor a non-zero decimal
     * @param rounding how to round the result to the currency's minor unit
     * @return the quotient, rounded once
     * @throws ArithmeticException when the divisor is zero
     */
    public Money divide(BigDecimal divisor, RoundingMode rounding) {
        return new Money(amount.divide(divisor, scaleOf(currency), rounding), currency);
    }

    /** @return the amount with its sign reversed */
    public Money negate() {
        return new Money(amount.negate(), currency);
    }

    /** @return the absolute amount */
    public Money abs() {
        return amount.signum() < 0 ? negate() : this;
    }

    /** @return true when the amount is zero */
    public boolean isZero() {
        return amount.signum() == 0;
    }

    /** @return true when the amount is below zero */
    public boolean isNegative() {
        return amount.signum() < 0;
    }

    /** @return true when the amount is above zero */
    public boolean isPositive() {
        return amount.signum() > 0;
    }

    /**
     * @param other an amount in the same currency
     * @return true when this amount is strictly greater
     * @throws CurrencyMismatchException when the currencies differ
     */
    public boolean isGreaterThan(Money other) {
        return compareTo(other) > 0;
    }

    /**
     * @param other an amount in the same currency
     * @return true when this amount is strictly smaller
     * @throws CurrencyMismatchException when the currencies differ
     */
    public boolean isLessThan(Money other) {
        return compareTo(other) < 0;
    }

    /**
     * @param other an amount in the same currency
     * @return the smaller of the two
     */
    public Money min(Money other) {
        return compareTo(other) <= 0 ? this : other;
    }

    /**
     * @param other an amount in the same currency
     * @return the larger of the two
     */
    public Money max(Money other) {
        return compareTo(other) >= 0 ? this : other;
    }

    /**
     * Splits this amount into parts proportional to the given ratios that add up to it exactly: the minor units
     * left over after rounding every share down are given one by one to the first parts.
     *
     * @param ratios non-negative weights, at least one positive
     * @return one amount per ratio, summing exactly to this amount
     * @throws InvalidValueException when there are no ratios, a negative one, or all are zero
     */
    public List<Money> allocate(List<BigDecimal> ratios) {
        Objects.requireNonNull(ratios, "ratios");
        if (ratios.isEmpty()) {
            throw new InvalidValueException("ratios", "[]", "must not be empty");
        }
        BigDecimal totalRatio = BigDecimal.ZERO;
        for (BigDecimal r : ratios) {
            if (r.signum() < 0) {
                throw new InvalidValueException("ratios", r.toPlainString(), "must not be negative");
            }
            totalRatio = totalRatio.add(r);
        }
        if (totalRatio.signum() == 0) {
            throw new InvalidValueException("ratios", ratios, "must contain a positive ratio");
        }
        int scale = scaleOf(currency);
        BigDecimal unit = BigDecimal.ONE.movePointLeft(scale);
        BigDecimal sign = BigDecimal.valueOf(amount.signum() < 0 ? -1 : 1);
        BigDecimal absolute = amount.abs();
        List<BigDecimal> parts = new ArrayList<>(ratios.size());
        BigDecimal allocated = BigDecimal.ZERO;
        for (BigDecimal r : ratios) {
            BigDecimal share = absolute.multiply(r).divide(totalRatio, scale, RoundingMode.DOWN);
            parts.add(share);
            allocated = allocated.add(share);
        }
        BigDecimal remainder = absolute.subtract(allocated);
        for (int i = 0; remainder.signum() > 0; i = (i + 1) % parts.size()) {
            if (ratios.get(i).signum() > 0) {
                parts.set(i, parts.get(i).add(unit));
                remainder = remainder.subtract(unit);
            }
        }
        List<Money> result = new ArrayList<>(parts.size());
        for (BigDecimal p : parts) {
            result.add(new Money(p.multiply(sign).setScale(scale, RoundingMode.UNNECESSARY), currency));
        }
        return Collections.unmodifiableList(result);
    }

    /**
     * Splits this amount into {@code parts} equal shares that add up to it exactly.
     *
     * @param parts number of shares, at least 1
     * @return the shares; earlier shares carry the leftover minor units
     */
    public List<Money> allocate(int parts) {
        if (parts < 1) {
            throw new InvalidValueException("parts", parts, "must be at least 1");
        }
        return allocate(Collections.nCopies(parts, BigDecimal.ONE));
    }

    private void requireSameCurrency(Money other) {
        Objects.requireNonNull(other, "other");
        if (!currency.equals(other.currency)) {
            throw new CurrencyMismatchException(currency, other.currency);
        }
    }

    /**
     * Orders amounts of the same currency by value.
     *
     * @throws CurrencyMismatchException when the currencies differ
     */
    @Override
    public int compareTo(Money other) {
        requireSameCurrency(other);
        return amount.compareTo(other.amount);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Money m && currency.equals(m.currency) && amount.equals(m.amount);
    }

    @Override
    public int hashCode() {
        return Objects.hash(amount, currency);
    }

    /**
     * @return {@code "USD 12.50"}: code, space, plain amount at the currency's scale (what {@link #parse(String)}
     *     reads); {@link MoneyFormat} writes the other forms
     */
    @Override
    public String toString() {
        return currency.getCurrencyCode() + " " + amount.toPlainString();
    }
}

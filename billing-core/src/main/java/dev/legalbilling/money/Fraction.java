package dev.legalbilling.money;

import dev.legalbilling.InvalidValueException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An exact non-negative rational number, the project's one type for an exact rate or share: a contingent-fee
 * percentage such as ⅓ or 33 %, a client discount, a tier's rate, a share of a divided fee, or the exact (not yet
 * rounded) fee on a slice of a recovery.
 *
 * <p>Rates are fractions rather than decimals so that ⅓ stays ⅓: ⅓ of USD 2,000,000 is exactly 2,000,000/3 and is
 * rounded once, to USD 666,666.67, only when a {@link Money} amount is needed. Rounding is {@link Money}'s job
 * ({@link Money#rounded(Fraction, Currency, RoundingMode)}, {@link Money#times(Fraction, RoundingMode)});
 * {@link #toMoney} is a shortcut to it. Values are kept in lowest terms, so {@code 2/6} equals {@code 1/3} and
 * {@code 50%} equals {@code 1/2}.
 *
 * <p>Text forms accepted by {@link #parse(String)} and written by {@link #toPercentString()}: a percentage with
 * optional decimals ({@code 33%}, {@code 12.5%}), a percentage with a fractional part ({@code 33 1/3%},
 * {@code 1/3%}) and a plain fraction ({@code 1/3}).
 *
 * <p>Immutable and thread-safe.
 */
public final class Fraction implements Comparable<Fraction> {
    /** Zero. */
    public static final Fraction ZERO = new Fraction(BigInteger.ZERO, BigInteger.ONE);
    /** One (100 %). */
    public static final Fraction ONE = new Fraction(BigInteger.ONE, BigInteger.ONE);

    private static final BigInteger HUNDRED = BigInteger.valueOf(100);
    private static final Pattern PERCENT = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*%");
    private static final Pattern MIXED_PERCENT = Pattern.compile("(?:(\\d+)\\s+)?(\\d+)\\s*/\\s*(\\d+)\\s*%");
    private static final Pattern RATIO = Pattern.compile("(\\d+)\\s*/\\s*(\\d+)");

    private final BigInteger numerator;
    private final BigInteger denominator;

    private Fraction(BigInteger numerator, BigInteger denominator) {
        this.numerator = numerator;
        this.denominator = denominator;
    }

    /**
     * @param numerator at least 0
     * @param denominator at least 1
     * @return the fraction in lowest terms
     * @throws InvalidValueException when the numerator is negative or the denominator is not positive
     */
    public static Fraction of(BigInteger numerator, BigInteger denominator) {
        Objects.requireNonNull(numerator, "numerator");
        Objects.requireNonNull(denominator, "denominator");
        if (denominator.signum() <= 0) {
            throw new InvalidValueException("denominator", denominator, "must be positive");
        }
        if (numerator.signum() < 0) {
            throw new InvalidValueException("numerator", numerator, "must not be negative");
        }
        BigInteger gcd = numerator.gcd(denominator);
        if (numerator.signum() == 0) {
            return ZERO;
        }
        return new Fraction(numerator.divide(gcd), denominator.divide(gcd));
    }

    /**
     * @param numerator at least 0
     * @param denominator at least 1
     * @return the fraction in lowest terms, e.g. {@code of(1, 3)} for ⅓
     */
    public static Fraction of(long numerator, long denominator) {
        return of(BigInteger.valueOf(numerator), BigInteger.valueOf(denominator));
    }

    /**
     * @param value a non-negative decimal, e.g. a money amount
     * @return the same value as an exact fraction
     * @throws InvalidValueException when negative
     */
    public static Fraction of(BigDecimal value) {
        Objects.requireNonNull(value, "value");
        if (value.signum() < 0) {
            throw new InvalidValueException("value", value.toPlainString(), "must not be negative");
        }
        if (value.scale() <= 0) {
            return of(value.toBigIntegerExact(), BigInteger.ONE);
        }
        return of(value.unscaledValue(), BigInteger.TEN.pow(value.scale()));
    }

    /**
     * @param percent a non-negative percentage, e.g. {@code 12.5} for 12.5 %
     * @return the rate, e.g. 1/8
     */
    public static Fraction percent(BigDecimal percent) {
        return of(percent).divide(of(HUNDRED, BigInteger.ONE));
    }

    /**
     * @param percent a non-negative decimal percentage without the sign, e.g. {@code "40"} or {@code "33.5"}
     * @return the rate, e.g. 2/5 for {@code "40"}
     * @throws InvalidValueException when the text is not a non-negative decimal number
     */
    public static Fraction percent(String percent) {
        Objects.requireNonNull(percent, "percent");
        try {
            return percent(new BigDecimal(percent.strip()));
        } catch (NumberFormatException e) {
            throw new InvalidValueException("percentage", percent, "is not a decimal number");
        }
    }

    /**
     * Parses a rate or share.
     *
     * @param text {@code 33%}, {@code 12.5%}, {@code 33 1/3%}, {@code 1/3%} or {@code 1/3}
     * @return the fraction
     * @throws InvalidValueException when the text has none of those forms or divides by zero
     */
    public static Fraction parse(String text) {
        if (text == null) {
            throw new InvalidValueException("rate", null, "is required");
        }
        String t = text.strip();
        Matcher m = PERCENT.matcher(t);
        if (m.matches()) {
            return percent(new BigDecimal(m.group(1)));
        }
        m = MIXED_PERCENT.matcher(t);
        if (m.matches()) {
            Fraction part = ratio(text, m.group(2), m.group(3));
            if (part.compareTo(ONE) >= 0) {
                throw new InvalidValueException("rate", text, "must have a proper fraction after the whole percent");
            }
            BigInteger whole = m.group(1) == null ? BigInteger.ZERO : new BigInteger(m.group(1));
            return of(whole, BigInteger.ONE).plus(part).divide(of(HUNDRED, BigInteger.ONE));
        }
        m = RATIO.matcher(t);
        if (m.matches()) {
            return ratio(text, m.group(1), m.group(2));
        }
        throw new InvalidValueException("rate", text, "must be a percentage such as 33%, 12.5% or 33 1/3%, "
                + "or a fraction such as 1/3");
    }

    private static Fraction ratio(String text, String numerator, String denominator) {
        BigInteger d = new BigInteger(denominator);
        if (d.signum() == 0) {
            throw new InvalidValueException("rate", text, "must not divide by zero");
        }
        return of(new BigInteger(numerator), d);
    }

    /** @return the numerator in lowest terms, at least 0 */
    public BigInteger numerator() {
        return numerator;
    }

    /** @return the denominator in lowest terms, at least 1 */
    public BigInteger denominator() {
        return denominator;
    }

    /**
     * @param other another fraction
     * @return the exact sum
     */
    public Fraction plus(Fraction other) {
        return of(numerator.multiply(other.denominator).add(other.numerator.multiply(denominator)),
                denominator.multiply(other.denominator));
    }

    /**
     * @param other a fraction not above this one
     * @return the exact difference
     * @throws InvalidValueException when {@code other} is larger (the result would be negative)
     */
    public Fraction minus(Fraction other) {
        if (compareTo(other) < 0) {
            throw new InvalidValueException("subtrahend", other, "must not exceed " + this);
        }
        return of(numerator.multiply(other.denominator).subtract(other.numerator.multiply(denominator)),
                denominator.multiply(other.denominator));
    }

    /**
     * @param other another fraction
     * @return the exact product
     */
    public Fraction times(Fraction other) {
        return of(numerator.multiply(other.numerator), denominator.multiply(other.denominator));
    }

    /**
     * @param amount a non-negative decimal, e.g. the slice of a recovery a rate applies to
     * @return the exact product
     */
    public Fraction times(BigDecimal amount) {
        return times(of(amount));
    }

    /**
     * @param divisor a positive fraction
     * @return the exact quotient
     * @throws InvalidValueException when the divisor is zero
     */
    public Fraction divide(Fraction divisor) {
        if (divisor.isZero()) {
            throw new InvalidValueException("divisor", divisor, "must not be zero");
        }
        return of(numerator.multiply(divisor.denominator), denominator.multiply(divisor.numerator));
    }

    /**
     * @param other another fraction
     * @return the smaller of the two
     */
    public Fraction min(Fraction other) {
        return compareTo(other) <= 0 ? this : other;
    }

    /**
     * @param other another fraction
     * @return the larger of the two
     */
    public Fraction max(Fraction other) {
        return compareTo(other) >= 0 ? this : other;
    }

    /** @return true when zero */
    public boolean isZero() {
        return numerator.signum() == 0;
    }

    /**
     * Rounds to a decimal with the given number of places: the one place where an exact value becomes inexact.
     *
     * @param scale decimal places
     * @param rounding how to round the digits that do not fit
     * @return the correctly rounded decimal
     */
    public BigDecimal toBigDecimal(int scale, RoundingMode rounding) {
        return new BigDecimal(numerator).divide(new BigDecimal(denominator), scale, rounding);
    }

    /** @return true when at most one (100 %), as a share of something must be */
    public boolean isAtMostOne() {
        return compareTo(ONE) <= 0;
    }

    /**
     * Shortcut for {@link Money#rounded(Fraction, Currency, RoundingMode)}.
     *
     * @param currency the currency, whose minor unit sets the number of decimals
     * @param rounding how to round sub-minor-unit remainders
     * @return this value as money, rounded once
     */
    public Money toMoney(Currency currency, RoundingMode rounding) {
        return Money.rounded(this, currency, rounding);
    }

    /**
     * @return the value as a percentage that {@link #parse(String)} reads back exactly: {@code 33%}, {@code 12.5%},
     *     or with a fractional part when the percentage has no finite decimal form, {@code 33 1/3%}
     */
    public String toPercentString() {
        Fraction pct = times(of(HUNDRED, BigInteger.ONE));
        BigInteger d = pct.denominator;
        while (d.mod(BigInteger.TWO).signum() == 0) {
            d = d.divide(BigInteger.TWO);
        }
        while (d.mod(BigInteger.valueOf(5)).signum() == 0) {
            d = d.divide(BigInteger.valueOf(5));
        }
        if (d.equals(BigInteger.ONE)) {
            return new BigDecimal(pct.numerator).divide(new BigDecimal(pct.denominator)).stripTrailingZeros()
                    .toPlainString() + "%";
        }
        BigInteger[] qr = pct.numerator.divideAndRemainder(pct.denominator);
        return (qr[0].signum() == 0 ? "" : qr[0] + " ") + qr[1] + "/" + pct.denominator + "%";
    }

    @Override
    public int compareTo(Fraction other) {
        return numerator.multiply(other.denominator).compareTo(other.numerator.multiply(denominator));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Fraction f && numerator.equals(f.numerator) && denominator.equals(f.denominator);
    }

    @Override
    public int hashCode() {
        return Objects.hash(numerator, denominator);
    }

    /** @return {@code numerator/denominator}, e.g. {@code 1/3}; {@code 0/1} for zero */
    @Override
    public String toString() {
        return numerator + "/" + denominator;
    }
}

package dev.legalbilling.fee;

import dev.legalbilling.InvalidValueException;
import dev.legalbilling.money.Money;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * A share between 0 % and 100 %, held as an exact fraction so that a third is a third: {@code 33⅓ %} of
 * USD 95,000.00 is USD 31,666.67, not the USD 31,663.50 that {@code 33.33 %} would give.
 *
 * <p>Created from a decimal percentage ({@link #of(String)}, {@code "40"} is 40 %) or from a fraction of one
 * ({@link #fraction(long, long)}, {@code fraction(1, 3)} is 33⅓ %). Applying it to money rounds once
 * ({@link #applyTo(Money, RoundingMode)}). Immutable and thread-safe.
 *
 * @param numerator numerator of the fraction of one, in lowest terms; not negative
 * @param denominator denominator of the fraction of one, in lowest terms; positive and not below the numerator
 */
public record Percentage(BigInteger numerator, BigInteger denominator) implements Comparable<Percentage> {
    /** Nothing: 0 %. */
    public static final Percentage ZERO = new Percentage(BigInteger.ZERO, BigInteger.ONE);
    /** Everything: 100 %. */
    public static final Percentage ALL = new Percentage(BigInteger.ONE, BigInteger.ONE);

    private static final BigInteger HUNDRED = BigInteger.valueOf(100);

    /**
     * Validates the fraction and reduces it to lowest terms.
     *
     * @throws InvalidValueException when the share is negative, above 100 % or has a zero denominator
     */
    public Percentage {
        Objects.requireNonNull(numerator, "numerator");
        Objects.requireNonNull(denominator, "denominator");
        if (denominator.signum() <= 0) {
            throw new InvalidValueException("percentage", numerator + "/" + denominator,
                    "must have a positive denominator");
        }
        if (numerator.signum() < 0 || numerator.compareTo(denominator) > 0) {
            throw new InvalidValueException("percentage", numerator + "/" + denominator,
                    "must be between 0 % and 100 %");
        }
        BigInteger gcd = numerator.gcd(denominator);
        if (gcd.signum() > 0 && !gcd.equals(BigInteger.ONE)) {
            numerator = numerator.divide(gcd);
            denominator = denominator.divide(gcd);
        }
    }

    /**
     * @param percent a decimal percentage such as {@code "40"}, {@code "33.5"} or {@code "5"}
     * @return that percentage
     * @throws InvalidValueException when the text is not a number or outside 0–100
     */
    public static Percentage of(String percent) {
        Objects.requireNonNull(percent, "percent");
        try {
            return of(new BigDecimal(percent.strip()));
        } catch (NumberFormatException e) {
            throw new InvalidValueException("percentage", percent, "is not a decimal number");
        }
    }

    /**
     * @param percent a decimal percentage, {@code 40} for 40 %
     * @return that percentage
     * @throws InvalidValueException when outside 0–100
     */
    public static Percentage of(BigDecimal percent) {
        Objects.requireNonNull(percent, "percent");
        BigDecimal p = percent.stripTrailingZeros();
        if (p.scale() <= 0) {
            return new Percentage(p.toBigIntegerExact(), HUNDRED);
        }
        return new Percentage(p.unscaledValue(), HUNDRED.multiply(BigInteger.TEN.pow(p.scale())));
    }

    /**
     * @param numerator numerator of the share of one, e.g. 1
     * @param denominator denominator, e.g. 3 (for 33⅓ %)
     * @return the share {@code numerator / denominator}
     * @throws InvalidValueException when the share is not between 0 and 1
     */
    public static Percentage fraction(long numerator, long denominator) {
        return new Percentage(BigInteger.valueOf(numerator), BigInteger.valueOf(denominator));
    }

    /** @return true for 0 % */
    public boolean isZero() {
        return numerator.signum() == 0;
    }

    /**
     * @param amount an amount of money; not null
     * @param rounding how to round to the currency's minor unit; not {@code UNNECESSARY} unless the product is exact
     * @return this share of the amount, rounded once
     */
    public Money applyTo(Money amount, RoundingMode rounding) {
        return Fraction.of(amount.amount(), this).toMoney(amount.currency(), rounding);
    }

    /**
     * @throws NullPointerException when other is null
     */
    @Override
    public int compareTo(Percentage other) {
        return numerator.multiply(other.denominator).compareTo(other.numerator.multiply(denominator));
    }

    /** @return {@code "40%"} or {@code "33.5%"} when the percentage is a terminating decimal, else {@code "1/3"} */
    @Override
    public String toString() {
        try {
            BigDecimal percent = new BigDecimal(numerator.multiply(HUNDRED)).divide(new BigDecimal(denominator));
            return percent.stripTrailingZeros().toPlainString() + "%";
        } catch (ArithmeticException nonTerminating) {
            return numerator + "/" + denominator;
        }
    }
}

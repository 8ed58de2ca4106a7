package dev.legalbilling.fee;

import dev.legalbilling.money.Money;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Currency;

/**
 * An exact non-negative amount {@code numerator / denominator}: money times a {@link Percentage} before it is rounded.
 * Lets tiered and percentage fees round exactly once, however many thirds they add. Immutable.
 */
final class Fraction implements Comparable<Fraction> {
    static final Fraction ZERO = new Fraction(BigDecimal.ZERO, BigInteger.ONE);

    private final BigDecimal numerator;
    private final BigInteger denominator;

    private Fraction(BigDecimal numerator, BigInteger denominator) {
        this.numerator = numerator;
        this.denominator = denominator;
    }

    /** @return {@code amount × share}, exactly */
    static Fraction of(BigDecimal amount, Percentage share) {
        return new Fraction(amount.multiply(new BigDecimal(share.numerator())), share.denominator());
    }

    /** @return the exact sum */
    Fraction plus(Fraction other) {
        if (denominator.equals(other.denominator)) {
            return new Fraction(numerator.add(other.numerator), denominator);
        }
        return new Fraction(numerator.multiply(new BigDecimal(other.denominator))
                .add(other.numerator.multiply(new BigDecimal(denominator))), denominator.multiply(other.denominator));
    }

    /** @return the exact difference {@code this − amount} */
    Fraction minus(BigDecimal amount) {
        return new Fraction(numerator.subtract(amount.multiply(new BigDecimal(denominator))), denominator);
    }

    /** @return the value correctly rounded to {@code scale} decimals */
    BigDecimal round(int scale, RoundingMode rounding) {
        return numerator.divide(new BigDecimal(denominator), scale, rounding);
    }

    /** @return the value as money, rounded once to the currency's minor unit */
    Money toMoney(Currency currency, RoundingMode rounding) {
        return Money.of(round(scaleOf(currency), rounding), currency);
    }

    static int scaleOf(Currency currency) {
        return Money.zero(currency).amount().scale();
    }

    @Override
    public int compareTo(Fraction other) {
        return numerator.multiply(new BigDecimal(other.denominator))
                .compareTo(other.numerator.multiply(new BigDecimal(denominator)));
    }
}

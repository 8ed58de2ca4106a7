package dev.legalbilling.money;

import dev.legalbilling.InvalidValueException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

/**
 * A price per unit (per hour, per page, per mile), exact to four decimals as LEDES unit costs are.
 *
 * <p>Unlike {@link Money} it may be more precise than the currency's minor unit ({@code USD 0.075} per page); it
 * becomes money only when multiplied by a quantity, which rounds exactly once.
 * Negative prices are refused. Immutable and thread-safe.
 *
 * @param amount the price, at most {@value #MAX_SCALE} decimals, not negative; held with trailing zeros removed
 *     to at least the currency's scale
 * @param currency the currency
 */
public record UnitPrice(BigDecimal amount, Currency currency) implements Comparable<UnitPrice> {
    /** The most decimals a unit price may carry (LEDES 10.4). */
    public static final int MAX_SCALE = 4;

    /** Validates and normalises the amount. */
    public UnitPrice {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        if (amount.signum() < 0) {
            throw new InvalidValueException("unitPrice", amount.toPlainString(), "must not be negative");
        }
        BigDecimal stripped = amount.stripTrailingZeros();
        if (stripped.scale() > MAX_SCALE) {
            throw new InvalidValueException("unitPrice", amount.toPlainString(),
                    "has more than " + MAX_SCALE + " decimals");
        }
        int scale = Math.max(Money.scaleOf(currency), Math.max(stripped.scale(), 0));
        amount = amount.setScale(scale, RoundingMode.UNNECESSARY);
    }

    /**
     * @param amount decimal text, e.g. {@code "350"} or {@code "0.075"}
     * @param currencyCode ISO 4217 code
     * @return the price
     */
    public static UnitPrice of(String amount, String currencyCode) {
        return new UnitPrice(Money.parseDecimal("unitPrice", amount), Money.currency(currencyCode));
    }

    /**
     * @param amount the price
     * @param currency the currency
     * @return the price
     */
    public static UnitPrice of(BigDecimal amount, Currency currency) {
        return new UnitPrice(amount, currency);
    }

    /**
     * @param money an amount of money
     * @return the same amount as a price per unit
     */
    public static UnitPrice of(Money money) {
        return new UnitPrice(money.amount(), money.currency());
    }

    /**
     * Price × quantity, rounded once to the currency's minor unit.
     *
     * @param quantity hours or units
     * @param rounding how to round
     * @return the extended amount
     */
    public Money times(BigDecimal quantity, RoundingMode rounding) {
        return Money.rounded(amount.multiply(quantity), currency, rounding);
    }

    /**
     * @param factor a non-negative factor such as {@code 0.85} for a 15 % discount
     * @return the scaled price, rounded half-up to four decimals
     */
    public UnitPrice scaled(BigDecimal factor) {
        return new UnitPrice(amount.multiply(factor).setScale(MAX_SCALE, RoundingMode.HALF_UP), currency);
    }

    /**
     * @throws CurrencyMismatchException when the currencies differ
     */
    @Override
    public int compareTo(UnitPrice other) {
        if (!currency.equals(other.currency)) {
            throw new CurrencyMismatchException(currency, other.currency);
        }
        return amount.compareTo(other.amount);
    }

    /** @return {@code "USD 350.00"} */
    @Override
    public String toString() {
        return currency.getCurrencyCode() + " " + amount.toPlainString();
    }
}

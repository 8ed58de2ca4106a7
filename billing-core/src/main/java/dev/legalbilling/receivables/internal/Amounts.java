package dev.legalbilling.receivables.internal;

import dev.legalbilling.InvalidValueException;
import dev.legalbilling.money.CurrencyMismatchException;
import dev.legalbilling.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** Argument checks and formatting shared by the receivables packages. Not part of the API. */
public final class Amounts {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Amounts() {
    }

    /**
     * @param field field name for the error
     * @param value candidate amount
     * @return the value
     * @throws InvalidValueException when missing or not above zero
     */
    public static Money positive(String field, Money value) {
        if (value == null) {
            throw new InvalidValueException(field, null, "is required");
        }
        if (!value.isPositive()) {
            throw new InvalidValueException(field, value, "must be above zero");
        }
        return value;
    }

    /**
     * @param field field name for the error
     * @param value candidate amount
     * @return the value
     * @throws InvalidValueException when missing or negative
     */
    public static Money notNegative(String field, Money value) {
        if (value == null) {
            throw new InvalidValueException(field, null, "is required");
        }
        if (value.isNegative()) {
            throw new InvalidValueException(field, value, "must not be negative");
        }
        return value;
    }

    /**
     * @param field field name for the error
     * @param value candidate date
     * @return the value
     * @throws InvalidValueException when missing
     */
    public static LocalDate date(String field, LocalDate value) {
        if (value == null) {
            throw new InvalidValueException(field, null, "is required");
        }
        return value;
    }

    /**
     * @param first an amount
     * @param others amounts that must be in the same currency
     * @throws CurrencyMismatchException when one is not
     */
    public static void sameCurrency(Money first, Money... others) {
        Objects.requireNonNull(first, "amount");
        for (Money m : others) {
            if (!Objects.requireNonNull(m, "amount").currency().equals(first.currency())) {
                throw new CurrencyMismatchException(first.currency(), m.currency());
            }
        }
    }

    /**
     * A percentage with 2 decimals, rounded half up.
     *
     * @param numerator the part
     * @param denominator the whole
     * @return {@code numerator × 100 ÷ denominator}, or empty when the denominator is zero
     */
    public static Optional<BigDecimal> percent(Money numerator, Money denominator) {
        if (denominator.isZero()) {
            return Optional.empty();
        }
        sameCurrency(denominator, numerator);
        return Optional.of(numerator.amount().multiply(HUNDRED)
                .divide(denominator.amount(), 2, RoundingMode.HALF_UP));
    }

    /**
     * Formats an amount with thousands separators and the currency's decimals, e.g. {@code 12,345.60} or
     * {@code -70.00}; no currency code.
     *
     * @param money the amount
     * @return the text
     */
    public static String format(Money money) {
        return money.toGroupedString();
    }

    /**
     * @param money the amount
     * @return {@code "USD 12,345.60"}
     */
    public static String formatWithCurrency(Money money) {
        return money.currency().getCurrencyCode() + " " + format(money);
    }
}

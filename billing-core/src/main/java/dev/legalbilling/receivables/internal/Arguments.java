package dev.legalbilling.receivables.internal;

import dev.legalbilling.InvalidValueException;
import dev.legalbilling.money.CurrencyMismatchException;
import dev.legalbilling.money.Money;
import java.time.LocalDate;
import java.util.Objects;

/** Argument checks shared by the receivables packages. Not part of the API. */
public final class Arguments {
    private Arguments() {
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
}

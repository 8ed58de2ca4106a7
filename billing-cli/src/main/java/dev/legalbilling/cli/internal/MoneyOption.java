package dev.legalbilling.cli.internal;

import dev.legalbilling.InvalidValueException;
import dev.legalbilling.money.Money;
import java.util.Currency;

/** Reads an amount given on the command line. Stateless. */
public final class MoneyOption {
    private MoneyOption() {
    }

    /**
     * @param option the option's name, for the message (e.g. {@code --prior-fees})
     * @param text the amount as typed, e.g. {@code 12500.00}
     * @param currency the currency it is in
     * @return the amount
     * @throws InvalidValueException naming the option when the text is not a non-negative amount with at most the
     *     currency's decimals
     */
    public static Money nonNegative(String option, String text, Currency currency) {
        try {
            Money money = Money.of(text.strip(), currency.getCurrencyCode());
            if (money.isNegative()) {
                throw new InvalidValueException(option, text, "must not be negative");
            }
            return money;
        } catch (InvalidValueException e) {
            if (e.field().equals(option)) {
                throw e;
            }
            throw new InvalidValueException(option, text, "must be an amount in " + currency.getCurrencyCode()
                    + " with at most " + currency.getDefaultFractionDigits() + " decimals");
        }
    }
}

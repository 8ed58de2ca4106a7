package dev.legalbilling.cli.fee;

import dev.legalbilling.InvalidValueException;
import dev.legalbilling.cli.internal.MoneyOption;
import dev.legalbilling.money.Money;
import java.util.Currency;

/** Parsing and formatting of command-line values for the fee commands, with errors that name the option. */
final class OptionValues {
    private OptionValues() {
    }

    /**
     * @param option the option name, e.g. {@code --recovery}
     * @param text an amount such as {@code 2000000}, {@code 2,000,000.00}
     * @param currency the currency it is in
     * @return the amount
     * @throws InvalidValueException naming the option when the text is not a non-negative amount in the currency
     *     ({@link MoneyOption}: the one amount parser of the command line; {@code 1,5} is an error)
     */
    static Money parse(String option, String text, Currency currency) {
        return MoneyOption.nonNegative(option, text, currency);
    }
}

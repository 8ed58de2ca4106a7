package dev.legalbilling.cli.fee;

import dev.legalbilling.InvalidValueException;
import dev.legalbilling.cli.internal.MoneyOption;
import dev.legalbilling.money.Money;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Currency;
import java.util.Locale;

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


    /** @return the plain amount at the currency's scale, e.g. {@code 666666.67} */
    static String plain(Money money) {
        return money.amount().toPlainString();
    }

    /** @return the amount with thousands separators, e.g. {@code 666,666.67} */
    static String grouped(Money money) {
        int scale = money.amount().scale();
        DecimalFormat f = new DecimalFormat(scale > 0 ? "#,##0." + "0".repeat(scale) : "#,##0",
                DecimalFormatSymbols.getInstance(Locale.ROOT));
        return f.format(money.amount());
    }

    /** @return {@code USD 666,666.67} */
    static String withCurrency(Money money) {
        return money.currency().getCurrencyCode() + " " + grouped(money);
    }
}

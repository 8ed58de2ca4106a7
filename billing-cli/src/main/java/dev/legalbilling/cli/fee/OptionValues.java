package dev.legalbilling.cli.fee;

import dev.legalbilling.InvalidValueException;
import dev.legalbilling.money.Money;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
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
     */
    static Money parse(String option, String text, Currency currency) {
        String plain = text.strip().replace(",", "");
        BigDecimal value;
        try {
            value = new BigDecimal(plain);
        } catch (NumberFormatException e) {
            throw new InvalidValueException(option, text, "must be an amount such as 2000000 or 2000000.00");
        }
        if (value.signum() < 0) {
            throw new InvalidValueException(option, text, "must not be negative");
        }
        int scale = Math.max(currency.getDefaultFractionDigits(), 0);
        if (value.stripTrailingZeros().scale() > scale) {
            throw new InvalidValueException(option, text, "must have at most " + scale + " decimals for "
                    + currency.getCurrencyCode());
        }
        return Money.of(value, currency);
    }

    /**
     * @param option the option name
     * @param text an ISO date
     * @return the date
     * @throws InvalidValueException naming the option when the text is not a date
     */
    static LocalDate date(String option, String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidValueException(option, text, "must be a date YYYY-MM-DD");
        }
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

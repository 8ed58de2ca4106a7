package dev.legalbilling.cli.internal;

import dev.legalbilling.InvalidValueException;
import dev.legalbilling.money.Money;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.regex.Pattern;

/**
 * The one parser for amounts typed on the command line, used by every command that takes an amount option.
 *
 * <p>An amount is digits with an optional decimal point and decimals: {@code 2000000}, {@code 2000000.00}; commas
 * are accepted only as thousands separators in groups of three, {@code 2,000,000.00}. Anything else is an error
 * naming the option, so a mistyped value is never read as another number: {@code 1,5} (a decimal comma) is
 * refused, not read as 15; so are {@code 1.000,50}, {@code 1,00}, {@code 12 500}, a currency sign, an exponent
 * ({@code 1e3}) and more decimals than the currency has. Signs are not accepted: the options that need a
 * direction (a debit or a credit) say so in their name. Stateless.
 */
public final class MoneyOption {
    private static final Pattern AMOUNT = Pattern.compile("(?:[0-9]+|[0-9]{1,3}(?:,[0-9]{3})+)(?:\\.[0-9]+)?");

    private MoneyOption() {
    }

    /**
     * @param option the option's name, for the message (e.g. {@code --prior-fees})
     * @param text the amount as typed, e.g. {@code 12500.00} or {@code 12,500.00}
     * @param currency the currency it is in
     * @return the amount, zero or more
     * @throws InvalidValueException naming the option when the text is not such an amount or has more decimals than
     *     the currency
     */
    public static Money nonNegative(String option, String text, Currency currency) {
        String typed = text == null ? "" : text.strip();
        if (typed.startsWith("-") && AMOUNT.matcher(typed.substring(1)).matches()) {
            throw new InvalidValueException(option, text, "must not be negative");
        }
        if (!AMOUNT.matcher(typed).matches()) {
            throw new InvalidValueException(option, text, "must be an amount such as 2500 or 2,500.00 in "
                    + currency.getCurrencyCode() + " (digits, a decimal point, commas only between groups of "
                    + "three digits)");
        }
        BigDecimal value = new BigDecimal(typed.replace(",", ""));
        int scale = Math.max(currency.getDefaultFractionDigits(), 0);
        if (value.stripTrailingZeros().scale() > scale) {
            throw new InvalidValueException(option, text, "must have at most " + scale + " decimals for "
                    + currency.getCurrencyCode());
        }
        return Money.of(value, currency);
    }

    /**
     * @param option the option's name, for the message
     * @param text the amount as typed
     * @param currency the currency it is in
     * @return the amount, above zero
     * @throws InvalidValueException naming the option when the text is not an amount above zero
     */
    public static Money positive(String option, String text, Currency currency) {
        Money money = nonNegative(option, text, currency);
        if (!money.isPositive()) {
            throw new InvalidValueException(option, text, "must be above zero");
        }
        return money;
    }
}

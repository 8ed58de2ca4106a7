package dev.legalbilling.contingency.internal;

import dev.legalbilling.money.Money;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Formats amounts for human-readable notes: {@code USD 2,250,000.00}. Not part of the API. */
public final class Amounts {
    private Amounts() {
    }

    /**
     * @param money an amount
     * @return currency code, a space, and the amount with thousands separators at the currency's scale
     */
    public static String format(Money money) {
        int scale = money.amount().scale();
        DecimalFormat f = new DecimalFormat(scale > 0 ? "#,##0." + "0".repeat(scale) : "#,##0",
                DecimalFormatSymbols.getInstance(Locale.ROOT));
        return money.currency().getCurrencyCode() + " " + f.format(money.amount());
    }
}

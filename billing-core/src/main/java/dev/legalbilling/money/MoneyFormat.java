package dev.legalbilling.money;

import java.util.Objects;

/**
 * The ways this library writes a {@link Money} for people and files: the one place amounts are turned into text.
 *
 * <p>Every format writes the amount at the currency's scale ({@code 1234.50}, {@code 1,000} yen) and is the same in
 * every locale (a comma groups thousands, a dot separates decimals), so a report reads the same on every machine and
 * its amounts match the JSON output of the same run. Locale-specific formats ({@code 1.234,50 €}) are deliberately not
 * offered: the reports, letters and command-line output this library writes are in English. A negative amount keeps
 * its minus sign in front of the digits ({@code USD -70.00}, {@code -$70.00}).
 *
 * <pre>{@code
 * Money fee = Money.of("1234.5", "USD");
 * MoneyFormat.PLAIN.format(fee);        // 1234.50
 * MoneyFormat.GROUPED.format(fee);      // 1,234.50
 * MoneyFormat.CODE.format(fee);         // USD 1,234.50
 * MoneyFormat.DOLLAR_SIGN.format(fee);  // $1,234.50 (EUR 1,234.50 for euros)
 * }</pre>
 *
 * <p>{@link Money#toString()} is {@code USD 1234.50} (code and {@link #PLAIN}), the form {@link Money#parse(String)}
 * reads. Immutable and thread-safe.
 */
public enum MoneyFormat {
    /** The plain decimal with no grouping and no currency, as JSON and LEDES files write it: {@code -1234.50}. */
    PLAIN {
        @Override
        public String format(Money money) {
            return money.amount().toPlainString();
        }
    },
    /** Thousands grouped by commas, no currency: {@code -1,234.50}; for columns whose currency is said once. */
    GROUPED {
        @Override
        public String format(Money money) {
            return grouped(money);
        }
    },
    /** The ISO 4217 code, a space and the grouped amount: {@code USD 1,234.50}, {@code USD -70.00}. */
    CODE {
        @Override
        public String format(Money money) {
            return money.currency().getCurrencyCode() + " " + grouped(money);
        }
    },
    /**
     * US dollars with a dollar sign, {@code $1,234.50} and {@code -$70.00}; any other currency as {@link #CODE}
     * ({@code EUR 1,234.50}), since {@code $} alone would not tell US from Canadian or Australian dollars.
     */
    DOLLAR_SIGN {
        @Override
        public String format(Money money) {
            if (!money.currency().getCurrencyCode().equals("USD")) {
                return CODE.format(money);
            }
            return (money.isNegative() ? "-$" : "$") + grouped(money.abs());
        }
    };

    /**
     * @param money an amount; not null
     * @return the amount written in this format
     * @throws NullPointerException when the amount is null
     */
    public abstract String format(Money money);

    private static String grouped(Money money) {
        Objects.requireNonNull(money, "money");
        String plain = money.amount().abs().toPlainString();
        int dot = plain.indexOf('.');
        String whole = dot < 0 ? plain : plain.substring(0, dot);
        StringBuilder grouped = new StringBuilder(plain.length() + whole.length() / 3 + 1);
        if (money.isNegative()) {
            grouped.append('-');
        }
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                grouped.append(',');
            }
            grouped.append(whole.charAt(i));
        }
        return grouped.append(dot < 0 ? "" : plain.substring(dot)).toString();
    }
}

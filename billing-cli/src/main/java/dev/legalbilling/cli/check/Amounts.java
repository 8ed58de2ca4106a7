package dev.legalbilling.cli.check;

import dev.legalbilling.money.Money;
import java.util.Collection;
import java.util.Currency;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Formats amounts for the text report: {@code $1,234.50} for US dollars, {@code EUR 1,234.50} otherwise. */
final class Amounts {
    private static final Currency USD = Currency.getInstance("USD");

    private Amounts() {
    }

    /**
     * @param money an amount
     * @return the amount with its currency and thousands grouped
     */
    static String format(Money money) {
        return money.currency().equals(USD) ? (money.isNegative() ? "-$" + money.abs().toGroupedString()
                : "$" + money.toGroupedString()) : money.currency().getCurrencyCode() + " " + money.toGroupedString();
    }

    /**
     * @param amounts amounts in any currencies
     * @return the sum per currency, e.g. {@code $1,200.00 + EUR 80.00}; {@code $0.00} when there are none
     */
    static String sum(Collection<Money> amounts) {
        Map<String, Money> byCurrency = new TreeMap<>();
        for (Money m : amounts) {
            byCurrency.merge(m.currency().getCurrencyCode(), m, Money::plus);
        }
        if (byCurrency.isEmpty()) {
            return format(Money.zero(USD));
        }
        return byCurrency.values().stream().map(Amounts::format).collect(Collectors.joining(" + "));
    }
}

package dev.legalbilling.report.internal;

import dev.legalbilling.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Amounts for pages: each money value becomes a small model {@code {value, text, negative}} that the {@code money}
 * partial renders as {@code <data value="1234.50">USD 1,234.50</data>}: the machine-readable value is the exact
 * decimal the JSON output has, the text is grouped with commas, locale-independent. Stateless.
 */
public final class Amounts {
    private Amounts() {
    }

    /**
     * @param m an amount
     * @return {@code value} (plain decimal, as in the JSON output), {@code text} ({@code USD 1,234.50}) and
     *     {@code negative}
     */
    public static Map<String, Object> money(Money m) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("value", m.amount().toPlainString());
        model.put("text", text(m));
        model.put("negative", m.isNegative());
        return model;
    }

    /**
     * @param m an amount
     * @return e.g. {@code USD 3,933.00}: code and amount grouped with commas at the amount's scale
     */
    public static String text(Money m) {
        return m.currency().getCurrencyCode() + " " + grouped(m.amount());
    }

    /**
     * @param amount a decimal
     * @return grouped with commas at its own scale, e.g. {@code 1,234.50}
     */
    public static String grouped(BigDecimal amount) {
        int scale = Math.max(amount.scale(), 0);
        return String.format(Locale.ROOT, "%,." + scale + "f", amount);
    }

    /**
     * @param part a part
     * @param whole the whole
     * @return part ÷ whole in percent with one decimal, half up; zero when the whole is zero
     */
    public static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        if (whole.signum() == 0) {
            return BigDecimal.ZERO.setScale(1);
        }
        return part.multiply(BigDecimal.valueOf(100)).divide(whole, 1, RoundingMode.HALF_UP);
    }
}

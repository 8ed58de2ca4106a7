package dev.legalbilling.report.internal;

import dev.legalbilling.money.Money;
import dev.legalbilling.money.MoneyFormat;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Values for page models: each money value becomes a small model {@code {value, text, negative}} that the
 * {@code money} partial renders as {@code <data value="1234.50">USD 1,234.50</data>}: the machine-readable value is
 * the exact decimal the JSON output has ({@link MoneyFormat#PLAIN}), the text is {@link MoneyFormat#CODE}. Stateless.
 */
public final class PageValues {
    private PageValues() {
    }

    /**
     * @param m an amount
     * @return {@code value} (plain decimal, as in the JSON output), {@code text} ({@code USD 1,234.50}) and
     *     {@code negative}
     */
    public static Map<String, Object> money(Money m) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("value", MoneyFormat.PLAIN.format(m));
        model.put("text", MoneyFormat.CODE.format(m));
        model.put("negative", m.isNegative());
        return model;
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

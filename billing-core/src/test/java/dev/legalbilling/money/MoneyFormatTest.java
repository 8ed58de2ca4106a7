package dev.legalbilling.money;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class MoneyFormatTest {
    private static final Money FEE = Money.of("1234567.5", "USD");
    private static final Money WRITE_DOWN = Money.of("-70", "USD");

    @Test
    void writesThePlainDecimalAsJsonAndLedesDo() {
        assertThat(MoneyFormat.PLAIN.format(FEE)).isEqualTo("1234567.50");
        assertThat(MoneyFormat.PLAIN.format(WRITE_DOWN)).isEqualTo("-70.00");
    }

    @Test
    void groupsThousandsTheSameInEveryLocale() {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.GERMANY);
        try {
            assertThat(MoneyFormat.GROUPED.format(Money.of("-1234567.5", "USD"))).isEqualTo("-1,234,567.50");
            assertThat(MoneyFormat.GROUPED.format(Money.of("999.99", "USD"))).isEqualTo("999.99");
            assertThat(MoneyFormat.GROUPED.format(Money.of("1000", "JPY"))).isEqualTo("1,000");
            assertThat(MoneyFormat.GROUPED.format(Money.of("-0.05", "USD"))).isEqualTo("-0.05");
            assertThat(MoneyFormat.GROUPED.format(Money.of("1234.567", "BHD"))).isEqualTo("1,234.567");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void putsTheCurrencyCodeBeforeTheGroupedAmount() {
        assertThat(MoneyFormat.CODE.format(FEE)).isEqualTo("USD 1,234,567.50");
        assertThat(MoneyFormat.CODE.format(WRITE_DOWN)).isEqualTo("USD -70.00");
        assertThat(MoneyFormat.CODE.format(Money.of("2250000", "EUR"))).isEqualTo("EUR 2,250,000.00");
    }

    @Test
    void writesUsDollarsWithADollarSignAndOtherCurrenciesByCode() {
        assertThat(MoneyFormat.DOLLAR_SIGN.format(FEE)).isEqualTo("$1,234,567.50");
        assertThat(MoneyFormat.DOLLAR_SIGN.format(WRITE_DOWN)).isEqualTo("-$70.00");
        assertThat(MoneyFormat.DOLLAR_SIGN.format(Money.zero(Money.currency("USD")))).isEqualTo("$0.00");
        assertThat(MoneyFormat.DOLLAR_SIGN.format(Money.of("-80", "CAD"))).isEqualTo("CAD -80.00");
        assertThat(MoneyFormat.DOLLAR_SIGN.format(Money.of("1200", "GBP"))).isEqualTo("GBP 1,200.00");
    }

    @Provide
    Arbitrary<Money> amounts() {
        Arbitrary<String> codes = Arbitraries.of("USD", "EUR", "JPY", "BHD", "GBP");
        return codes.flatMap(code -> {
            int scale = Money.scaleOf(Money.currency(code));
            return Arbitraries.bigDecimals().between(new BigDecimal("-1000000000000"), new BigDecimal("1000000000000"))
                    .ofScale(scale).map(a -> Money.of(a, code));
        });
    }

    @Property
    void groupedIsThePlainDecimalWithCommasEveryThreeDigits(@ForAll("amounts") Money m) {
        String grouped = MoneyFormat.GROUPED.format(m);
        assertThat(grouped.replace(",", "")).isEqualTo(MoneyFormat.PLAIN.format(m));
        assertThat(grouped).isEqualTo(String.format(Locale.ROOT, "%,." + m.amount().scale() + "f", m.amount()));
        assertThat(Money.of(new BigDecimal(grouped.replace(",", "")), m.currency())).isEqualTo(m);
    }

    @Property
    void everyFormatButPlainIsBuiltOnGrouped(@ForAll("amounts") Money m) {
        String code = m.currency().getCurrencyCode();
        assertThat(MoneyFormat.CODE.format(m)).isEqualTo(code + " " + MoneyFormat.GROUPED.format(m));
        assertThat(MoneyFormat.DOLLAR_SIGN.format(m)).isEqualTo(code.equals("USD")
                ? MoneyFormat.GROUPED.format(m).replaceFirst("^(-?)", "$1\\$")
                : MoneyFormat.CODE.format(m));
    }
}

package dev.legalbilling.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.legalbilling.InvalidValueException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.junit.jupiter.api.Test;

class MoneyTest {
    @Test
    void holdsAmountAtCurrencyScale() {
        assertThat(Money.of("1.5", "USD")).isEqualTo(Money.of("1.50", "USD"));
        assertThat(Money.of("1.5", "USD").amount()).isEqualByComparingTo("1.50");
        assertThat(Money.of("1.5", "USD").toString()).isEqualTo("USD 1.50");
        assertThat(Money.of("1250", "JPY").toString()).isEqualTo("JPY 1250");
    }

    @Test
    void refusesMoreDecimalsThanTheCurrencyHas() {
        assertThatThrownBy(() -> Money.of("1.005", "USD"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("1.005").hasMessageContaining("USD");
        assertThatThrownBy(() -> Money.of("1.5", "JPY")).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void refusesUnknownCurrencyAndNonNumbers() {
        assertThatThrownBy(() -> Money.of("1", "XYZ1")).hasMessageContaining("ISO 4217");
        assertThatThrownBy(() -> Money.of("1,000.00", "USD")).hasMessageContaining("not a decimal number");
    }

    @Test
    void mixedCurrenciesFailNamingBoth() {
        Money usd = Money.of("1", "USD");
        Money eur = Money.of("1", "EUR");
        assertThatThrownBy(() -> usd.plus(eur)).isInstanceOf(CurrencyMismatchException.class)
                .hasMessageContaining("USD").hasMessageContaining("EUR");
        assertThatThrownBy(() -> usd.compareTo(eur)).isInstanceOf(CurrencyMismatchException.class);
    }

    @Test
    void multiplyRoundsOnceWithTheGivenMode() {
        Money rate = Money.of("350.00", "USD");
        assertThat(rate.multiply(new BigDecimal("0.333"), RoundingMode.HALF_UP)).isEqualTo(Money.of("116.55", "USD"));
        assertThat(rate.multiply(new BigDecimal("0.333"), RoundingMode.DOWN)).isEqualTo(Money.of("116.55", "USD"));
        assertThat(Money.of("10", "USD").divide(new BigDecimal("3"), RoundingMode.UP)).isEqualTo(Money.of("3.34", "USD"));
    }

    @Test
    void allocatesWithoutLosingACent() {
        List<Money> parts = Money.of("100.00", "USD").allocate(3);
        assertThat(parts).containsExactly(Money.of("33.34", "USD"), Money.of("33.33", "USD"), Money.of("33.33", "USD"));
        List<Money> weighted = Money.of("-0.05", "USD").allocate(List.of(new BigDecimal("1"), new BigDecimal("1")));
        assertThat(weighted).containsExactly(Money.of("-0.03", "USD"), Money.of("-0.02", "USD"));
    }

    @Test
    void unitPriceKeepsFourDecimalsAndRoundsOnlyWhenExtended() {
        UnitPrice perPage = UnitPrice.of("0.075", "USD");
        assertThat(perPage.times(new BigDecimal("333"), RoundingMode.HALF_UP)).isEqualTo(Money.of("24.98", "USD"));
        assertThat(UnitPrice.of("350", "USD")).isEqualTo(UnitPrice.of("350.00", "USD"));
        assertThatThrownBy(() -> UnitPrice.of("0.00001", "USD")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> UnitPrice.of("-1", "USD")).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void parsesItsOwnToString() {
        Money m = Money.of("-1684.45", "USD");
        assertThat(Money.parse(m.toString())).isEqualTo(m);
    }
}

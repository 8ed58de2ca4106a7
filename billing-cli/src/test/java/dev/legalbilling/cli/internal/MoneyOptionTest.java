package dev.legalbilling.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.legalbilling.InvalidValueException;
import dev.legalbilling.money.Money;
import dev.legalbilling.money.MoneyFormat;
import java.math.BigDecimal;
import java.util.Currency;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.Scale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MoneyOptionTest {
    private static final Currency USD = Currency.getInstance("USD");
    private static final Currency JPY = Currency.getInstance("JPY");

    @ParameterizedTest
    @CsvSource({"2500, 2500.00", "2500.5, 2500.50", "'2,500.00', 2500.00", "'1,000,000', 1000000.00", "0.07, 0.07",
        "' 12 ', 12.00", "999, 999.00"})
    void readsPlainAndGroupedAmounts(String typed, String expected) {
        assertThat(MoneyOption.nonNegative("--x", typed, USD)).isEqualTo(Money.of(expected, "USD"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1,5", "1,50", "1.000,50", "2,00,000", "1,0000", ",500", "500,", "1..5", "1.", ".5",
        "12 500", "$100", "USD 100", "1e3", "+5", "0x10", "", "five"})
    void refusesAnythingElseNamingTheOption(String typed) {
        assertThatThrownBy(() -> MoneyOption.nonNegative("--recovery", typed, USD))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("--recovery");
                    assertThat(e.getMessage()).startsWith("--recovery must be an amount");
                });
    }

    @ParameterizedTest
    @CsvSource({"-5, must not be negative", "10.001, must have at most 2 decimals for USD"})
    void namesNegativeAndTooPreciseAmounts(String typed, String problem) {
        assertThatThrownBy(() -> MoneyOption.nonNegative("--costs", typed, USD)).hasMessageContaining(problem);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "0.00"})
    void positiveRefusesZero(String typed) {
        assertThat(MoneyOption.nonNegative("--x", typed, USD).isZero()).isTrue();
        assertThatThrownBy(() -> MoneyOption.positive("--amount", typed, USD)).hasMessageContaining("above zero");
    }

    @ParameterizedTest
    @CsvSource({"1500, true", "1500.5, false", "'1,500', true"})
    void followsTheCurrencysDecimals(String typed, boolean valid) {
        if (valid) {
            assertThat(MoneyOption.nonNegative("--x", typed, JPY).amount()).isEqualByComparingTo("1500");
        } else {
            assertThatThrownBy(() -> MoneyOption.nonNegative("--x", typed, JPY)).hasMessageContaining("0 decimals");
        }
    }

    @Property
    void groupedAndPlainSpellingsOfAnyAmountReadTheSame(
            @ForAll @BigRange(min = "0", max = "1000000000000") @Scale(2) BigDecimal value) {
        Money money = Money.of(value, USD);
        assertThat(MoneyOption.nonNegative("--x", MoneyFormat.GROUPED.format(money), USD)).isEqualTo(money);
        assertThat(MoneyOption.nonNegative("--x", money.amount().toPlainString(), USD)).isEqualTo(money);
    }
}

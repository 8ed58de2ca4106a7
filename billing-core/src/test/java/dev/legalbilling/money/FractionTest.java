package dev.legalbilling.money;

import dev.legalbilling.InvalidValueException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;


class FractionTest {
    private static final Currency USD = Currency.getInstance("USD");
    private static final Fraction ONE_THIRD = Fraction.of(1, 3);

    @Test
    void keepsAThirdExactUntilItIsRoundedOnce() {
        Fraction exact = ONE_THIRD.times(new BigDecimal("2000000.00"));
        assertThat(exact).isEqualTo(Fraction.of(2_000_000, 3));
        assertThat(exact.toMoney(USD, RoundingMode.HALF_UP)).isEqualTo(Money.of("666666.67", "USD"));
        assertThat(ONE_THIRD.times(new BigDecimal("25000")).toMoney(USD, RoundingMode.HALF_UP))
                .isEqualTo(Money.of("8333.33", "USD"));
    }

    @Test
    void roundsHalfUpOnlyAtTheEnd() {
        // three thirds of a cent each would round to 0.00; their exact sum is one cent
        Fraction third = ONE_THIRD.times(new BigDecimal("0.01"));
        assertThat(third.plus(third).plus(third).toMoney(USD, RoundingMode.HALF_UP)).isEqualTo(Money.of("0.01", "USD"));
        assertThat(Fraction.of(1, 200).toMoney(USD, RoundingMode.HALF_UP)).isEqualTo(Money.of("0.01", "USD"));
        assertThat(Fraction.of(1, 201).toMoney(USD, RoundingMode.HALF_UP)).isEqualTo(Money.of("0.00", "USD"));
    }

    @Test
    void parsesPercentagesMixedPercentagesAndFractions() {
        assertThat(Fraction.parse("33%")).isEqualTo(Fraction.of(33, 100));
        assertThat(Fraction.parse("12.5%")).isEqualTo(Fraction.of(1, 8));
        assertThat(Fraction.parse("33 1/3%")).isEqualTo(ONE_THIRD);
        assertThat(Fraction.parse(" 2/6 ")).isEqualTo(ONE_THIRD);
        assertThat(Fraction.parse("0%")).isEqualTo(Fraction.ZERO);
    }

    @Test
    void writesPercentagesThatReadBack() {
        assertThat(ONE_THIRD.toPercentString()).isEqualTo("33 1/3%");
        assertThat(Fraction.of(2, 3).toPercentString()).isEqualTo("66 2/3%");
        assertThat(Fraction.of(1, 8).toPercentString()).isEqualTo("12.5%");
        assertThat(Fraction.of(33, 100).toPercentString()).isEqualTo("33%");
        assertThat(Fraction.of(1, 300).toPercentString()).isEqualTo("1/3%");
        assertThat(Fraction.parse(Fraction.of(1, 300).toPercentString())).isEqualTo(Fraction.of(1, 300));
    }

    @Test
    void rejectsMalformedAndNegativeValues() {
        assertThatThrownBy(() -> Fraction.parse("a third")).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("'a third'");
        assertThatThrownBy(() -> Fraction.parse("1/0")).hasMessageContaining("divide by zero");
        assertThatThrownBy(() -> Fraction.parse("33 4/3%")).hasMessageContaining("proper fraction");
        assertThatThrownBy(() -> Fraction.parse("-5%")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> Fraction.of(-1, 3)).hasMessageContaining("must not be negative");
        assertThatThrownBy(() -> Fraction.of(1, 0)).hasMessageContaining("must be positive");
        assertThatThrownBy(() -> ONE_THIRD.divide(Fraction.ZERO)).hasMessageContaining("must not be zero");
    }

    @Test
    void comparesByValue() {
        assertThat(Fraction.parse("33%")).isLessThan(ONE_THIRD);
        assertThat(ONE_THIRD.min(Fraction.of(1, 4))).isEqualTo(Fraction.of(1, 4));
        assertThat(Fraction.of(new BigDecimal("0.250"))).isEqualTo(Fraction.of(1, 4));
        assertThat(Fraction.of(new BigDecimal("2E+3"))).isEqualTo(Fraction.of(2000, 1));
    }

    @Test
    void appliesAShareToMoneyRoundingOnceOnMoney() {
        Money fees = Money.of("95000", "USD");
        assertThat(fees.times(ONE_THIRD, RoundingMode.HALF_UP)).isEqualTo(Money.of("31666.67", "USD"));
        assertThat(Money.of("2000000", "USD").times(ONE_THIRD, RoundingMode.DOWN)).isEqualTo(Money.of("666666.66", "USD"));
        assertThat(Money.of("1000", "USD").times(Fraction.percent("33.5"), RoundingMode.HALF_UP))
                .isEqualTo(Money.of("335.00", "USD"));
        assertThat(Money.of("-10.00", "USD").times(ONE_THIRD, RoundingMode.HALF_UP)).isEqualTo(Money.of("-3.33", "USD"));
        assertThat(Money.rounded(Fraction.of(1, 3), USD, RoundingMode.UP)).isEqualTo(Money.of("0.34", "USD"));
    }

    @Test
    void readsDecimalPercentagesWithoutTheSign() {
        Fraction forty = Fraction.percent("40");
        assertThat(forty.numerator()).isEqualTo(java.math.BigInteger.TWO);
        assertThat(forty.denominator()).isEqualTo(java.math.BigInteger.valueOf(5));
        assertThat(Fraction.percent("100")).isEqualTo(Fraction.ONE);
        assertThat(Fraction.percent("100.01").isAtMostOne()).isFalse();
        assertThatThrownBy(() -> Fraction.percent("forty"))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.value()).isEqualTo("forty"));
        assertThatThrownBy(() -> Fraction.percent("-1")).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void subtractsExactlyButNeverBelowZero() {
        assertThat(ONE_THIRD.minus(Fraction.of(1, 4))).isEqualTo(Fraction.of(1, 12));
        assertThatThrownBy(() -> Fraction.of(1, 4).minus(ONE_THIRD)).isInstanceOf(InvalidValueException.class);
    }
}

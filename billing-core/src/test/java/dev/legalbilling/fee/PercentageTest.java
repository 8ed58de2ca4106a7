package dev.legalbilling.fee;

import static dev.legalbilling.fee.BillingFixtures.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.legalbilling.InvalidValueException;
import java.math.BigInteger;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

class PercentageTest {
    private static final Percentage ONE_THIRD = Percentage.fraction(1, 3);

    @Test
    void aThirdIsExactlyAThird() {
        assertThat(ONE_THIRD.applyTo(usd("95000"), RoundingMode.HALF_UP)).isEqualTo(usd("31666.67"));
        assertThat(ONE_THIRD.applyTo(usd("2000000"), RoundingMode.HALF_UP)).isEqualTo(usd("666666.67"));
        assertThat(ONE_THIRD.applyTo(usd("2000000"), RoundingMode.DOWN)).isEqualTo(usd("666666.66"));
    }

    @Test
    void decimalPercentagesAreReducedFractions() {
        Percentage forty = Percentage.of("40");

        assertThat(forty.numerator()).isEqualTo(BigInteger.TWO);
        assertThat(forty.denominator()).isEqualTo(BigInteger.valueOf(5));
        assertThat(forty).isEqualTo(Percentage.fraction(2, 5));
        assertThat(Percentage.of("33.5").applyTo(usd("1000"), RoundingMode.HALF_UP)).isEqualTo(usd("335.00"));
    }

    @Test
    void printsTerminatingSharesAsPercentagesAndOthersAsFractions() {
        assertThat(Percentage.of("40")).hasToString("40%");
        assertThat(Percentage.of("2.5")).hasToString("2.5%");
        assertThat(ONE_THIRD).hasToString("1/3");
        assertThat(Percentage.ZERO).hasToString("0%");
    }

    @Test
    void ordersByValue() {
        assertThat(ONE_THIRD.compareTo(Percentage.of("33.33"))).isPositive();
        assertThat(ONE_THIRD.compareTo(Percentage.of("33.34"))).isNegative();
        assertThat(Percentage.of("100")).isEqualTo(Percentage.ALL);
    }

    @Test
    void rejectsSharesOutsideZeroToHundredPercent() {
        assertThatThrownBy(() -> Percentage.of("100.01")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> Percentage.of("-1")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> Percentage.fraction(1, 0)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> Percentage.of("forty"))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.value()).isEqualTo("forty"));
    }
}

package dev.legalbilling.fee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.legalbilling.InvalidValueException;
import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class BillingIncrementTest {
    private static final Duration SEVEN_MINUTES = Duration.ofMinutes(7);

    @Test
    void sevenMinutesIsTwoTenthsRoundedUp() {
        assertThat(BillingIncrement.TENTH_UP.apply(SEVEN_MINUTES)).isEqualByComparingTo("0.2");
    }

    @Test
    void sevenMinutesIsOneTenthRoundedDown() {
        assertThat(BillingIncrement.TENTH_DOWN.apply(SEVEN_MINUTES)).isEqualByComparingTo("0.1");
    }

    @Test
    void recordedHoursBetweenTenthsAreAdjustedInTheIncrementsDirection() {
        BigDecimal sevenMinutesRecorded = new BigDecimal("0.1167");

        assertThat(BillingIncrement.TENTH_UP.apply(sevenMinutesRecorded)).isEqualByComparingTo("0.2");
        assertThat(BillingIncrement.TENTH_DOWN.apply(sevenMinutesRecorded)).isEqualByComparingTo("0.1");
        assertThat(BillingIncrement.exact().apply(sevenMinutesRecorded)).isEqualByComparingTo("0.1167");
    }

    @Test
    void multiplesOfTheIncrementAreUnchanged() {
        BigDecimal oneAndAHalf = new BigDecimal("1.5");

        assertThat(BillingIncrement.TENTH_UP.apply(oneAndAHalf)).isEqualByComparingTo(oneAndAHalf);
        assertThat(BillingIncrement.TENTH_DOWN.apply(oneAndAHalf)).isEqualByComparingTo(oneAndAHalf);
        assertThat(BillingIncrement.TENTH_UP.isMultiple(oneAndAHalf)).isTrue();
        assertThat(BillingIncrement.TENTH_UP.isMultiple(new BigDecimal("1.55"))).isFalse();
    }

    @Test
    void quarterHourIncrementsRoundToQuarters() {
        assertThat(BillingIncrement.up("0.25").apply(new BigDecimal("0.3"))).isEqualByComparingTo("0.5");
        assertThat(BillingIncrement.down("0.25").apply(new BigDecimal("0.3"))).isEqualByComparingTo("0.25");
        assertThat(BillingIncrement.up("0.25").apply(Duration.ofMinutes(16))).isEqualByComparingTo("0.5");
    }

    @Test
    void exactTimeCutsDurationsToTheLedesPrecision() {
        assertThat(BillingIncrement.exact().apply(SEVEN_MINUTES)).isEqualByComparingTo("0.1166");
        assertThat(BillingIncrement.exact().hours()).isEqualByComparingTo("0.0001");
    }

    @Test
    void zeroTimeBillsZero() {
        assertThat(BillingIncrement.TENTH_UP.apply(BigDecimal.ZERO)).isZero();
        assertThat(BillingIncrement.TENTH_UP.apply(Duration.ZERO)).isZero();
    }

    @Test
    void rejectsIncrementsOutsideZeroToOneHour() {
        assertThatThrownBy(() -> BillingIncrement.up("0")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> BillingIncrement.up("1.5")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> BillingIncrement.up("0.00001"))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.getMessage()).contains("4 decimals"));
    }

    @Test
    void rejectsNegativeTime() {
        assertThatThrownBy(() -> BillingIncrement.TENTH_UP.apply(new BigDecimal("-0.1")))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> BillingIncrement.TENTH_UP.apply(Duration.ofMinutes(-1)))
                .isInstanceOf(InvalidValueException.class);
    }

    @Test
    void describesItself() {
        assertThat(BillingIncrement.TENTH_UP).hasToString("0.1 h increments, rounded up");
        assertThat(BillingIncrement.down("0.25")).hasToString("0.25 h increments, rounded down");
        assertThat(BillingIncrement.exact()).hasToString("exact time");
    }
}

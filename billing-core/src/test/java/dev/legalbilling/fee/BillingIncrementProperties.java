package dev.legalbilling.fee;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;

class BillingIncrementProperties {
    @Provide
    Arbitrary<BigDecimal> recordedHours() {
        return Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.valueOf(24)).ofScale(4);
    }

    @Provide
    Arbitrary<BigDecimal> increments() {
        return Arbitraries.of("0.1", "0.25", "0.5", "1", "0.05", "0.0833", "0.3", "0.0001").map(BigDecimal::new);
    }

    @Property
    void roundingUpNeverBillsLessThanRecordedNorAWholeIncrementMore(@ForAll("recordedHours") BigDecimal recorded,
            @ForAll("increments") BigDecimal step) {
        BillingIncrement up = new BillingIncrement(step, BillingIncrement.Direction.UP);

        BigDecimal billed = up.apply(recorded);

        assertThat(billed).isGreaterThanOrEqualTo(recorded);
        assertThat(billed.subtract(recorded)).isLessThan(step);
        assertThat(up.isMultiple(billed)).isTrue();
    }

    @Property
    void roundingDownNeverBillsMoreThanRecordedNorAWholeIncrementLess(@ForAll("recordedHours") BigDecimal recorded,
            @ForAll("increments") BigDecimal step) {
        BillingIncrement down = new BillingIncrement(step, BillingIncrement.Direction.DOWN);

        BigDecimal billed = down.apply(recorded);

        assertThat(billed).isLessThanOrEqualTo(recorded);
        assertThat(recorded.subtract(billed)).isLessThan(step);
        assertThat(down.isMultiple(billed)).isTrue();
    }

    @Property
    void durationsFollowTheSameBounds(@ForAll @LongRange(min = 0, max = 86_400) long seconds,
            @ForAll("increments") BigDecimal step) {
        Duration actual = Duration.ofSeconds(seconds);

        BigDecimal up = new BillingIncrement(step, BillingIncrement.Direction.UP).apply(actual);
        BigDecimal down = new BillingIncrement(step, BillingIncrement.Direction.DOWN).apply(actual);

        assertThat(up.multiply(BigDecimal.valueOf(3600))).isGreaterThanOrEqualTo(BigDecimal.valueOf(seconds));
        assertThat(down.multiply(BigDecimal.valueOf(3600))).isLessThanOrEqualTo(BigDecimal.valueOf(seconds));
        assertThat(up.subtract(down)).isLessThanOrEqualTo(step);
    }
}

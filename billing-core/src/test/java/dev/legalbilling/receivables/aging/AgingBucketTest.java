package dev.legalbilling.receivables.aging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AgingBucketTest {
    @ParameterizedTest(name = "{0} days past due is {1}")
    @CsvSource({
        "-365, CURRENT", "-1, CURRENT", "0, CURRENT",
        "1, DAYS_1_TO_30", "30, DAYS_1_TO_30",
        "31, DAYS_31_TO_60", "60, DAYS_31_TO_60",
        "61, DAYS_61_TO_90", "90, DAYS_61_TO_90",
        "91, OVER_90", "4000, OVER_90"})
    void placesEachBoundaryDayInItsBand(long days, AgingBucket expected) {
        assertThat(AgingBucket.of(days)).isEqualTo(expected);
    }
}

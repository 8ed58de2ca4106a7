package dev.legalbilling.fee;

import dev.legalbilling.InvalidValueException;
import dev.legalbilling.money.CurrencyMismatchException;
import dev.legalbilling.money.Fraction;
import dev.legalbilling.money.Money;
import dev.legalbilling.money.Tier;
import dev.legalbilling.money.TieredAmount;
import dev.legalbilling.money.TieredSchedule;
import java.math.RoundingMode;
import java.util.List;
import org.junit.jupiter.api.Test;
import static dev.legalbilling.fee.BillingFixtures.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;


/** Statutory scales from the fee-and-trust fact sheet, worked by hand in the comments. */
class TieredScheduleTest {
    /** NY personal injury, Schedule A: 50 % of the first 1,000, 40 % of the next 2,000, 35 % of the next 22,000, 25 %. */
    static final TieredSchedule NY_SCHEDULE_A = TieredSchedule.builder()
            .upTo(usd("1000"), Fraction.percent("50"))
            .upTo(usd("3000"), Fraction.percent("40"))
            .upTo(usd("25000"), Fraction.percent("35"))
            .above(Fraction.percent("25"));

    /** NY medical malpractice, Jud. Law 474-a. */
    static final TieredSchedule NY_MEDICAL_MALPRACTICE = TieredSchedule.builder()
            .upTo(usd("250000"), Fraction.percent("30"))
            .upTo(usd("500000"), Fraction.percent("25"))
            .upTo(usd("1000000"), Fraction.percent("20"))
            .upTo(usd("1250000"), Fraction.percent("15"))
            .above(Fraction.percent("10"));

    /** New Jersey R. 1:21-7: ends at 3,000,000 (above it a court sets the fee). */
    static final TieredSchedule NEW_JERSEY = TieredSchedule.builder()
            .upTo(usd("750000"), Fraction.of(1, 3))
            .upTo(usd("1500000"), Fraction.percent("30"))
            .upTo(usd("2250000"), Fraction.percent("25"))
            .upTo(usd("3000000"), Fraction.percent("20"))
            .build();

    /** California MICRA before 2023: 40 % of 50k, 33⅓ % of the next 50k, 25 % of the next 500k, 15 %. */
    static final TieredSchedule CALIFORNIA_OLD_MICRA = TieredSchedule.builder()
            .upTo(usd("50000"), Fraction.percent("40"))
            .upTo(usd("100000"), Fraction.of(1, 3))
            .upTo(usd("600000"), Fraction.percent("25"))
            .above(Fraction.percent("15"));

    @Test
    void newYorkScheduleAOnTwoMillionIs502750() {
        // 50% x 1,000 = 500; 40% x 2,000 = 800; 35% x 22,000 = 7,700; 25% x 1,975,000 = 493,750; sum 502,750
        TieredAmount fee = NY_SCHEDULE_A.apply(usd("2000000"), RoundingMode.HALF_UP);

        assertThat(fee.total()).isEqualTo(usd("502750"));
        assertThat(fee.parts()).extracting(TieredAmount.Part::amount)
                .containsExactly(usd("500"), usd("800"), usd("7700"), usd("493750"));
        assertThat(fee.parts()).extracting(TieredAmount.Part::portion)
                .containsExactly(usd("1000"), usd("2000"), usd("22000"), usd("1975000"));
        assertThat(fee.uncovered().isZero()).isTrue();
    }

    @Test
    void newYorkScheduleAOnSmallerRecoveries() {
        // 25,000: 500 + 800 + 7,700 = 9,000.  33,000: 9,000 + 25% x 8,000 = 11,000 (where A equals Schedule B's 1/3)
        assertThat(NY_SCHEDULE_A.apply(usd("25000"), RoundingMode.HALF_UP).total()).isEqualTo(usd("9000"));
        assertThat(NY_SCHEDULE_A.apply(usd("33000"), RoundingMode.HALF_UP).total()).isEqualTo(usd("11000"));
        assertThat(TieredSchedule.flat(Fraction.of(1, 3)).apply(usd("33000"), RoundingMode.HALF_UP).total())
                .isEqualTo(usd("11000"));
    }

    @Test
    void explainsEachBand() {
        List<String> lines = NY_SCHEDULE_A.apply(usd("2000000"), RoundingMode.HALF_UP).explanation();

        assertThat(lines).containsExactly(
                "50% of USD 1000.00 (band USD 0.00 to USD 1000.00) = USD 500.00",
                "40% of USD 2000.00 (band USD 1000.00 to USD 3000.00) = USD 800.00",
                "35% of USD 22000.00 (band USD 3000.00 to USD 25000.00) = USD 7700.00",
                "25% of USD 1975000.00 (band above USD 25000.00) = USD 493750.00",
                "total USD 502750.00");
    }

    @Test
    void newYorkMedicalMalpracticeOnTwoMillionIs350000() {
        // 75,000 + 62,500 + 100,000 + 37,500 + 10% x 750,000 = 75,000 -> 350,000
        assertThat(NY_MEDICAL_MALPRACTICE.apply(usd("2000000"), RoundingMode.HALF_UP).total())
                .isEqualTo(usd("350000"));
    }

    @Test
    void newJerseyScaleEndsAtThreeMillion() {
        // 2M: 250,000 + 225,000 + 125,000 = 600,000.  3M: + 187,500 - 125,000 + 150,000 = 812,500
        assertThat(NEW_JERSEY.apply(usd("2000000"), RoundingMode.HALF_UP).total()).isEqualTo(usd("600000"));
        assertThat(NEW_JERSEY.apply(usd("3000000"), RoundingMode.HALF_UP).total()).isEqualTo(usd("812500"));

        TieredAmount above = NEW_JERSEY.apply(usd("3500000"), RoundingMode.HALF_UP);

        assertThat(above.total()).isEqualTo(usd("812500"));
        assertThat(above.uncovered()).isEqualTo(usd("500000"));
        assertThat(NEW_JERSEY.isOpenEnded()).isFalse();
        assertThat(NEW_JERSEY.ceiling()).contains(usd("3000000"));
    }

    @Test
    void roundsTheTotalOnceAndGivesTheCentToTheLargestRemainder() {
        // 20,000 + 16,666.666... + 125,000 + 210,000 = 371,666.666... -> 371,666.67; the cent goes to the 1/3 band
        TieredAmount fee = CALIFORNIA_OLD_MICRA.apply(usd("2000000"), RoundingMode.HALF_UP);

        assertThat(fee.total()).isEqualTo(usd("371666.67"));
        assertThat(fee.parts()).extracting(TieredAmount.Part::amount)
                .containsExactly(usd("20000"), usd("16666.67"), usd("125000"), usd("210000"));
    }

    @Test
    void threeThirdsMakeAWholeEvenWhenEachRoundsDown() {
        // each band 1/3 x 1.00 = 0.333...; rounding each would give 0.99, rounding once gives 1.00
        TieredSchedule thirds = TieredSchedule.builder()
                .upTo(usd("1"), Fraction.of(1, 3))
                .upTo(usd("2"), Fraction.of(1, 3))
                .above(Fraction.of(1, 3));

        TieredAmount fee = thirds.apply(usd("3"), RoundingMode.HALF_UP);

        assertThat(fee.total()).isEqualTo(usd("1"));
        assertThat(fee.parts()).extracting(TieredAmount.Part::amount)
                .containsExactly(usd("0.34"), usd("0.33"), usd("0.33"));
    }

    @Test
    void slicesOfARunningTotalOnlyCountTheirOwnBands() {
        // 5% off fees above 100,000: prior 95,000 + this invoice 10,000 -> 5% of the 5,000 above 100,000 = 250
        TieredSchedule volume = TieredSchedule.builder()
                .upTo(usd("100000"), Fraction.ZERO)
                .above(Fraction.percent("5"));

        TieredAmount slice = volume.applyToSlice(usd("95000"), usd("10000"), RoundingMode.HALF_UP);

        assertThat(slice.total()).isEqualTo(usd("250"));
        assertThat(slice.base()).isEqualTo(usd("10000"));
        assertThat(slice.parts()).extracting(TieredAmount.Part::portion).containsExactly(usd("5000"), usd("5000"));
        assertThat(volume.applyToSlice(usd("120000"), usd("1000"), RoundingMode.HALF_UP).total())
                .isEqualTo(usd("50"));
    }

    @Test
    void zeroBaseChargesNothing() {
        TieredAmount fee = NY_SCHEDULE_A.apply(usd("0"), RoundingMode.HALF_UP);

        assertThat(fee.total().isZero()).isTrue();
        assertThat(fee.parts()).isEmpty();
    }

    @Test
    void topRateIsTheHighestOfAnyBand() {
        assertThat(NY_SCHEDULE_A.topRate()).isEqualTo(Fraction.percent("50"));
        assertThat(NY_SCHEDULE_A).hasToString(
                "50% up to USD 1000.00, 40% up to USD 3000.00, 35% up to USD 25000.00, 25% above");
    }

    @Test
    void rejectsBoundsThatDoNotIncrease() {
        assertThatThrownBy(() -> TieredSchedule.builder()
                .upTo(usd("1000"), Fraction.percent("50"))
                .upTo(usd("1000"), Fraction.percent("40"))
                .above(Fraction.percent("25")))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.field()).isEqualTo("tiers[1].upTo"));
    }

    @Test
    void rejectsAnOpenEndedTierBelowTheTop() {
        assertThatThrownBy(() -> new TieredSchedule(List.of(Tier.above(Fraction.percent("50")),
                Tier.upTo(usd("1000"), Fraction.percent("40")))))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new TieredSchedule(List.of())).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void rejectsNegativeAmountsOtherCurrenciesAndUnnecessaryRounding() {
        assertThatThrownBy(() -> NY_SCHEDULE_A.apply(usd("-1"), RoundingMode.HALF_UP))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> NY_SCHEDULE_A.apply(Money.of("1000", "EUR"), RoundingMode.HALF_UP))
                .isInstanceOf(CurrencyMismatchException.class);
        assertThatThrownBy(() -> NY_SCHEDULE_A.apply(usd("1000"), RoundingMode.UNNECESSARY))
                .isInstanceOf(InvalidValueException.class);
    }
}

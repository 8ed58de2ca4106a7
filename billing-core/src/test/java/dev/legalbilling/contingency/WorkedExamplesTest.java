package dev.legalbilling.contingency;

import dev.legalbilling.money.Fraction;
import dev.legalbilling.money.Money;
import dev.legalbilling.money.TieredAmount;
import java.time.LocalDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import static dev.legalbilling.contingency.ScheduleFixtures.ON_2025_01_15;
import static dev.legalbilling.contingency.ScheduleFixtures.fee;
import static dev.legalbilling.contingency.ScheduleFixtures.query;
import static dev.legalbilling.contingency.ScheduleFixtures.usd;
import static org.assertj.core.api.Assertions.assertThat;


/** The worked examples of the fact sheet (shared/reference/fee-and-trust-rules.md section 2), one per figure. */
class WorkedExamplesTest {

    @Nested
    class NewYorkPersonalInjury {
        @Test
        void scheduleAOnTwoMillionNetIsTheSumOfFourBands() {
            MaximumFee max = ContingencySchedules.byId("NY-PI-A").maximumFee(query("2000000"));
            assertThat(max.fee()).isEqualTo(usd("502750.00"));
            assertThat(max.bands()).extracting(TieredAmount.Part::amount)
                    .containsExactly(usd("500.00"), usd("800.00"), usd("7700.00"), usd("493750.00"));
        }

        @Test
        void twentyFiveThousandGivesNineThousandUnderAAndAThirdUnderB() {
            assertThat(fee("NY-PI-A", query("25000"))).isEqualTo(usd("9000.00"));
            assertThat(fee("NY-PI-B", query("25000"))).isEqualTo(usd("8333.33"));
        }

        @Test
        void schedulesAAndBMeetAtThirtyThreeThousand() {
            assertThat(fee("NY-PI-A", query("33000"))).isEqualTo(usd("11000.00"));
            assertThat(fee("NY-PI-B", query("33000"))).isEqualTo(usd("11000.00"));
        }

        @Test
        void scheduleBTakesAnExactThirdOfTwoMillion() {
            MaximumFee max = ContingencySchedules.byId("NY-PI-B").maximumFee(query("2000000"));
            assertThat(max.exactFee()).isEqualTo(Fraction.of(2_000_000, 3));
            assertThat(max.fee()).isEqualTo(usd("666666.67"));
        }

        @Test
        void netAndGrossBasesDifferByAThirdOfTheExpenses() {
            FeeQuery q = query("2150000").withCosts(usd("150000"));
            MaximumFee net = ContingencySchedules.byId("NY-PI-B").maximumFee(q);
            MaximumFee gross = ContingencySchedules.byId("NY-PI-B").maximumFee(q.withBasis(Basis.GROSS));
            assertThat(net.basis()).isEqualTo(Basis.NET);
            assertThat(net.base()).isEqualTo(usd("2000000.00"));
            assertThat(net.fee()).isEqualTo(usd("666666.67"));
            assertThat(gross.base()).isEqualTo(usd("2150000.00"));
            assertThat(gross.fee()).isEqualTo(usd("716666.67"));
        }

        @Test
        void medicalMalpracticeOnTwoMillionIsSeventeenAndAHalfPercent() {
            MaximumFee max = ContingencySchedules.byId("NY-MED-MAL").maximumFee(query("2000000"));
            assertThat(max.bands()).extracting(TieredAmount.Part::amount).containsExactly(usd("75000.00"), usd("62500.00"),
                    usd("100000.00"), usd("37500.00"), usd("75000.00"));
            assertThat(max.fee()).isEqualTo(usd("350000.00"));
        }
    }

    @Nested
    class NewJersey {
        private final ContingencySchedule nj = ContingencySchedules.byId("NJ-TORT");

        @Test
        void capsFeeAtNewJerseyScaleOnTwoMillion() {
            assertThat(nj.maximumFee(query("2000000")).fee()).isEqualTo(usd("600000.00"));
        }

        @Test
        void threeMillionUsesAllFourBands() {
            MaximumFee max = nj.maximumFee(query("3000000"));
            assertThat(max.fee()).isEqualTo(usd("812500.00"));
            assertThat(max.requiresCourtApproval()).isFalse();
        }

        @Test
        void aboveThreeMillionTheExcessIsLeftToTheCourtNotCapped() {
            MaximumFee max = nj.maximumFee(query("3500000"));
            assertThat(max.fee()).isEqualTo(usd("812500.00"));
            assertThat(max.requiresCourtApproval()).isTrue();
            assertThat(max.courtSetExcess()).isEqualTo(usd("500000.00"));
            assertThat(max.scale().courtZoneFrom()).contains(usd("3000000.00"));
            assertThat(max.bands().stream().map(TieredAmount.Part::portion).reduce(usd("0"), Money::plus))
                    .as("the bands cover the first 3,000,000 only").isEqualTo(usd("3000000.00"));
            assertThat(max.notes()).anyMatch(n -> n.startsWith("Court approval required")
                    && n.contains("USD 500,000.00") && n.contains("USD 3,000,000.00"));
        }

        @Test
        void minorSettlingBeforeTheJuryIsLimitedToAQuarter() {
            MaximumFee max = nj.maximumFee(query("2000000").withMinor(true).withStage(Stage.PRE_SUIT));
            assertThat(max.fee()).isEqualTo(usd("500000.00"));
            assertThat(max.minorsLimitApplied()).isTrue();
            assertThat(max.ambiguous()).isFalse();
        }

        @Test
        void minorAtTrialGetsTheOrdinaryScale() {
            MaximumFee max = nj.maximumFee(query("2000000").withMinor(true).withStage(Stage.TRIAL));
            assertThat(max.fee()).isEqualTo(usd("600000.00"));
            assertThat(max.minorsLimitApplied()).isFalse();
        }

        @Test
        void flagsTheMinorsAmbiguityAboveTwoAndAQuarterMillion() {
            MaximumFee max = nj.maximumFee(query("3000000").withMinor(true).withStage(Stage.ANSWERED));
            assertThat(max.ambiguous()).isTrue();
            // per tier: 25 % on the first three bands, 20 % on the fourth
            assertThat(max.fee()).isEqualTo(usd("712500.00"));
            // on the total: min(812,500, 25 % of 3,000,000)
            assertThat(max.alternativeFee()).isEqualTo(usd("750000.00"));
            assertThat(nj.versionOn(ON_2025_01_15).minors().ambiguousAbove()).isEqualTo(usd("2250000"));
        }
    }

    @Nested
    class Florida {
        private final ContingencySchedule fl = ContingencySchedules.byId("FL-PI");

        @Test
        void beforeAnswer() {
            assertThat(fl.maximumFee(query("2000000").withStage(Stage.PRE_SUIT)).fee()).isEqualTo(usd("633333.33"));
            assertThat(fl.maximumFee(query("2000000").withStage(Stage.POST_FILING)).fee())
                    .isEqualTo(usd("633333.33"));
        }

        @Test
        void afterAnswerThroughTrial() {
            assertThat(fl.maximumFee(query("2000000").withStage(Stage.ANSWERED)).fee()).isEqualTo(usd("700000.00"));
            assertThat(fl.maximumFee(query("2000000").withStage(Stage.TRIAL)).fee()).isEqualTo(usd("700000.00"));
        }

        @Test
        void liabilityAdmitted() {
            assertThat(fl.maximumFee(query("2000000").withStage(Stage.LIABILITY_ADMITTED)).fee())
                    .isEqualTo(usd("533333.33"));
        }

        @Test
        void medicalMalpracticeConstitutionalLimit() {
            assertThat(fee("FL-MED-MAL", query("2000000"))).isEqualTo(usd("250000.00"));
        }
    }

    @Nested
    class California {
        @Test
        void micraAfterAb35() {
            ContingencySchedule micra = ContingencySchedules.byId("CA-MICRA");
            assertThat(micra.maximumFee(query("2000000").withStage(Stage.PRE_SUIT)).fee())
                    .isEqualTo(usd("500000.00"));
            assertThat(micra.maximumFee(query("2000000").withStage(Stage.POST_FILING)).fee())
                    .isEqualTo(usd("660000.00"));
        }

        @Test
        void micraOldSlidingScale() {
            MaximumFee max = ContingencySchedules.byId("CA-MICRA")
                    .maximumFee(query("2000000").withDate(LocalDate.of(2022, 12, 31)).withStage(Stage.TRIAL));
            assertThat(max.fee()).isEqualTo(usd("371666.67"));
        }

        @Test
        void merchantCollection() {
            assertThat(fee("CA-COLLECTION", query("10000"))).isEqualTo(usd("1406.00"));
        }
    }

    @Nested
    class Federal {
        @Test
        void ftcaAdministrativeAndAfterSuit() {
            ContingencySchedule ftca = ContingencySchedules.byId("FTCA");
            assertThat(ftca.maximumFee(query("2000000").withStage(Stage.ADMINISTRATIVE)).fee())
                    .isEqualTo(usd("400000.00"));
            assertThat(ftca.maximumFee(query("2000000").withStage(Stage.POST_FILING)).fee())
                    .isEqualTo(usd("500000.00"));
        }

        @Test
        void socialSecurityQuarterBelowTheCap() {
            MaximumFee max = ContingencySchedules.byId("SSA-406A").maximumFee(query("30000"));
            assertThat(max.fee()).isEqualTo(usd("7500.00"));
            assertThat(max.capApplied()).isFalse();
        }

        @Test
        void socialSecurityCapBinds() {
            MaximumFee max = ContingencySchedules.byId("SSA-406A").maximumFee(query("60000"));
            assertThat(max.fee()).isEqualTo(usd("9200.00"));
            assertThat(max.capApplied()).isTrue();
            assertThat(max.exactTierTotal()).isEqualTo(Fraction.of(15_000, 1));
        }

        @Test
        void socialSecurityCapBindsFromThirtySixThousandEightHundred() {
            ContingencySchedule ssa = ContingencySchedules.byId("SSA-406A");
            MaximumFee atEdge = ssa.maximumFee(query("36800"));
            assertThat(atEdge.fee()).isEqualTo(usd("9200.00"));
            assertThat(atEdge.capApplied()).isFalse();
            MaximumFee oneCentAbove = ssa.maximumFee(query("36800.01"));
            assertThat(oneCentAbove.fee()).isEqualTo(usd("9200.00"));
            assertThat(oneCentAbove.capApplied()).isTrue();
            assertThat(ssa.maximumFee(query("36799.99")).fee()).isEqualTo(usd("9200.00"));
            assertThat(ssa.maximumFee(query("36799.96")).fee()).isEqualTo(usd("9199.99"));
        }

        @Test
        void veteransDirectPayment() {
            assertThat(fee("VA-DIRECT", query("50000"))).isEqualTo(usd("10000.00"));
        }
    }

    @Test
    void michiganThirdOfNet() {
        assertThat(fee("MI-PI", query("2000000"))).isEqualTo(usd("666666.67"));
        assertThat(fee("MI-PI", query("2150000").withCosts(usd("150000")))).isEqualTo(usd("666666.67"));
    }
}

package dev.legalbilling.contingency;

import dev.legalbilling.money.CurrencyMismatchException;
import dev.legalbilling.money.Money;
import dev.legalbilling.money.TieredAmount;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import static dev.legalbilling.contingency.ScheduleFixtures.fee;
import static dev.legalbilling.contingency.ScheduleFixtures.query;
import static dev.legalbilling.contingency.ScheduleFixtures.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;


/** Tier edges, effective-date switches, bases, minors and inapplicable queries. */
class ScheduleBoundariesTest {

    @ParameterizedTest(name = "NY-PI-A edge {0}: the cent above lands in the next band")
    @CsvSource({"1000.00, 0, 500.00", "3000.00, 1, 1300.00", "25000.00, 2, 9000.00"})
    void newYorkScheduleAEdgesBelongToTheLowerBand(String edge, int lowerBand, String feeAtEdge) {
        ContingencySchedule a = ContingencySchedules.byId("NY-PI-A");
        MaximumFee atEdge = a.maximumFee(query(edge));
        MaximumFee centAbove = a.maximumFee(query(usd(edge).plus(usd("0.01")).amount().toPlainString()));

        assertThat(atEdge.fee()).isEqualTo(usd(feeAtEdge));
        assertThat(atEdge.bands().get(lowerBand + 1).portion()).isEqualTo(usd("0.00"));
        assertThat(centAbove.bands().get(lowerBand + 1).portion()).isEqualTo(usd("0.01"));
        assertThat(centAbove.exactFee()).isGreaterThan(atEdge.exactFee());
        assertThat(centAbove.fee()).isEqualTo(usd(feeAtEdge));
    }

    @Test
    void floridaOneCentAboveAMillionRoundsTheFeeOnceAndTheBandsStillAddUpToIt() {
        MaximumFee max = ContingencySchedules.byId("FL-PI").maximumFee(query("1000000.01").withStage(Stage.PRE_SUIT));
        // exact: 1,000,000/3 + 30 % of 0.01 = 333,333.3363...; rounding each band on its own would show 333,333.33
        assertThat(max.fee()).isEqualTo(usd("333333.34"));
        assertThat(max.bands()).extracting(TieredAmount.Part::amount).containsExactly(usd("333333.34"), usd("0.00"),
                usd("0.00"));
        assertThat(max.displayedPartsTotal()).isEqualTo(max.fee());
    }

    @Test
    void newJerseyCourtZoneStartsOneCentAboveThreeMillion() {
        ContingencySchedule nj = ContingencySchedules.byId("NJ-TORT");
        assertThat(nj.maximumFee(query("3000000.00")).requiresCourtApproval()).isFalse();
        MaximumFee above = nj.maximumFee(query("3000000.01"));
        assertThat(above.requiresCourtApproval()).isTrue();
        assertThat(above.courtSetExcess()).isEqualTo(usd("0.01"));
        assertThat(above.fee()).isEqualTo(usd("812500.00"));
    }

    @Test
    void newJerseySwitchesToSevenHundredFiftyThousandBandsOnTheConfiguredDate() {
        ContingencySchedule nj = ContingencySchedules.byId("NJ-TORT");
        FeeQuery twoMillion = query("2000000");
        MaximumFee dayBefore = nj.maximumFee(twoMillion.withDate(LocalDate.of(2014, 7, 29)));
        MaximumFee dayOf = nj.maximumFee(twoMillion.withDate(LocalDate.of(2014, 7, 30)));

        // 1/3 of 500k + 30 % of 500k + 25 % of 500k + 20 % of 500k
        assertThat(dayBefore.fee()).isEqualTo(usd("541666.67"));
        assertThat(dayBefore.version().effectiveFrom()).isNull();
        assertThat(dayOf.fee()).isEqualTo(usd("600000.00"));
        assertThat(dayOf.version().dateStatus()).isEqualTo(SourceStatus.PARTLY_CONFIRMED);
    }

    @Test
    void newJerseyBeforeTwoThousandFourteenLeftEverythingAboveTwoMillionToTheCourt() {
        MaximumFee max = ContingencySchedules.byId("NJ-TORT")
                .maximumFee(query("2000000.01").withDate(LocalDate.of(2010, 1, 1)));
        assertThat(max.courtSetExcess()).isEqualTo(usd("0.01"));
        assertThat(max.fee()).isEqualTo(usd("541666.67"));
    }

    @Test
    void californiaMicraSwitchesOnNewYearTwoThousandTwentyThree() {
        ContingencySchedule micra = ContingencySchedules.byId("CA-MICRA");
        FeeQuery preSuit = query("2000000").withStage(Stage.PRE_SUIT);
        assertThat(micra.maximumFee(preSuit.withDate(LocalDate.of(2022, 12, 31))).fee())
                .isEqualTo(usd("371666.67"));
        assertThat(micra.maximumFee(preSuit.withDate(LocalDate.of(2023, 1, 1))).fee()).isEqualTo(usd("500000.00"));
    }

    @ParameterizedTest(name = "SSA cap on {0}: {1}")
    @CsvSource({"1991-07-01, 4000.00", "2002-01-31, 4000.00", "2002-02-01, 5300.00", "2009-06-21, 5300.00",
        "2009-06-22, 6000.00", "2022-11-29, 6000.00", "2022-11-30, 7200.00", "2024-11-29, 7200.00",
        "2024-11-30, 9200.00"})
    void socialSecurityCapFollowsTheDecisionDate(LocalDate decision, String cap) {
        ContingencySchedule ssa = ContingencySchedules.byId("SSA-406A");
        assertThat(ssa.governingDate()).isEqualTo(GoverningDate.DECISION);
        assertThat(ssa.maximumFee(query("100000").withDate(decision)).fee()).isEqualTo(usd(cap));
    }

    @Test
    void socialSecurityHasNoCapBeforeJulyNineteenNinetyOne() {
        assertThatThrownBy(() -> ContingencySchedules.byId("SSA-406A")
                .maximumFee(query("30000").withDate(LocalDate.of(1991, 6, 30))))
                .isInstanceOf(ScheduleNotApplicableException.class)
                .hasMessageContaining("SSA-406A").hasMessageContaining("1991-06-30")
                .hasMessageContaining("1991-07-01");
    }

    @Test
    void netBaseIsNeverNegative() {
        MaximumFee max = ContingencySchedules.byId("NY-PI-A").maximumFee(query("10000").withCosts(usd("12000")));
        assertThat(max.base()).isEqualTo(usd("0.00"));
        assertThat(max.fee()).isEqualTo(usd("0.00"));
        assertThat(max.notes()).contains("The costs exceed the recovery: the net base is zero.");
    }

    @Test
    void grossBasisIgnoresCosts() {
        assertThat(fee("FTCA", query("100000").withCosts(usd("40000")).withStage(Stage.TRIAL)))
                .isEqualTo(usd("25000.00"));
    }

    @Test
    void refusesABasisTheScheduleDoesNotAllow() {
        assertThatThrownBy(() -> ContingencySchedules.byId("NY-MED-MAL")
                .maximumFee(query("100000").withBasis(Basis.GROSS)))
                .isInstanceOf(ScheduleNotApplicableException.class)
                .hasMessage("schedule NY-MED-MAL: basis 'gross': is not allowed; allowed: net");
    }

    @Test
    void refusesAStageTheScheduleDoesNotCover() {
        assertThatThrownBy(() -> ContingencySchedules.byId("SSA-406A")
                .maximumFee(query("30000").withStage(Stage.TRIAL)))
                .isInstanceOf(ScheduleNotApplicableException.class)
                .hasMessage("schedule SSA-406A: stage 'trial': is not covered; the schedule applies at administrative")
                .extracting(e -> ((ScheduleNotApplicableException) e).code())
                .isEqualTo("CONTINGENCY_NOT_APPLICABLE");
    }

    @Test
    void asksForTheStageWhereTheCapDependsOnIt() {
        assertThatThrownBy(() -> ContingencySchedules.byId("FTCA").maximumFee(query("30000")))
                .isInstanceOf(ScheduleNotApplicableException.class)
                .hasMessageContaining("stage missing")
                .hasMessageContaining("administrative, pre-suit and post-filing");
    }

    @Test
    void asksForTheStageWhenOnlyTheMinorsLimitDependsOnIt() {
        ContingencySchedule nj = ContingencySchedules.byId("NJ-TORT");
        assertThat(nj.maximumFee(query("1000000")).fee()).isEqualTo(usd("325000.00"));
        assertThatThrownBy(() -> nj.maximumFee(query("1000000").withMinor(true)))
                .isInstanceOf(ScheduleNotApplicableException.class)
                .hasMessageContaining("is needed for a minor");
    }

    @Test
    void minorsAtTheAmbiguityThresholdAreNotFlagged() {
        MaximumFee atThreshold = ContingencySchedules.byId("NJ-TORT")
                .maximumFee(query("2250000").withMinor(true).withStage(Stage.PRE_SUIT));
        assertThat(atThreshold.ambiguous()).isFalse();
        assertThat(atThreshold.alternativeFee()).isNull();
        assertThat(atThreshold.fee()).isEqualTo(usd("562500.00"));
        MaximumFee centAbove = ContingencySchedules.byId("NJ-TORT")
                .maximumFee(query("2250000.01").withMinor(true).withStage(Stage.PRE_SUIT));
        assertThat(centAbove.ambiguous()).isTrue();
    }

    @Test
    void minorsOnAScheduleWithoutALimitPayTheOrdinaryScale() {
        FeeQuery q = query("2000000").withStage(Stage.POST_FILING);
        assertThat(fee("CA-MICRA", q.withMinor(true))).isEqualTo(fee("CA-MICRA", q));
    }

    @Test
    void theDataThresholdOfEveryMinorsLimitIsWhereItsReadingsStartToDiffer() {
        for (ContingencySchedule s : ContingencySchedules.all()) {
            for (ScheduleVersion v : s.versions()) {
                if (v.minors() == null) {
                    continue;
                }
                for (Scale scale : v.scales()) {
                    Money firstLowerBand = null;
                    for (int i = 0; i < scale.rates().tiers().size() && firstLowerBand == null; i++) {
                        if (scale.rates().tiers().get(i).rate().compareTo(v.minors().rate()) < 0) {
                            firstLowerBand = scale.bandFrom(i);
                        }
                    }
                    assertThat(v.minors().ambiguousAbove()).as(s.id() + " " + v.describeEffective())
                            .isEqualTo(firstLowerBand);
                }
            }
        }
    }

    @Test
    void refusesARecoveryInAnotherCurrency() {
        assertThatThrownBy(() -> ContingencySchedules.byId("MI-PI")
                .maximumFee(FeeQuery.of(Money.of("1000", "EUR"), LocalDate.of(2025, 1, 1))))
                .isInstanceOf(CurrencyMismatchException.class);
    }
}

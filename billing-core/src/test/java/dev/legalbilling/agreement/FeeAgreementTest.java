package dev.legalbilling.agreement;

import dev.legalbilling.InvalidValueException;
import dev.legalbilling.agreement.InterestTerms;
import dev.legalbilling.contingency.Basis;
import dev.legalbilling.contingency.ContingencySchedules;
import dev.legalbilling.contingency.FeeQuery;
import dev.legalbilling.contingency.MaximumFee;
import dev.legalbilling.contingency.Recovery;
import dev.legalbilling.contingency.Stage;
import dev.legalbilling.money.CurrencyMismatchException;
import dev.legalbilling.money.Fraction;
import dev.legalbilling.money.Money;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;


class FeeAgreementTest {
    private static final LocalDate SIGNED_2024_03_01 = LocalDate.of(2024, 3, 1);
    private static final LocalDate SETTLED_2025_06_30 = LocalDate.of(2025, 6, 30);
    private static final Fraction ONE_THIRD = Fraction.of(1, 3);
    private static final Fraction FORTY_PERCENT = Fraction.parse("40%");

    /** A complete contingent agreement: a third on settlement, 40 % at trial and on appeal, costs before the fee. */
    private static final ContingencyTerms THIRD_THEN_FORTY = new ContingencyTerms(Map.of(Stage.PRE_SUIT, ONE_THIRD,
            Stage.POST_FILING, ONE_THIRD, Stage.TRIAL, FORTY_PERCENT, Stage.APPEAL, FORTY_PERCENT),
            Basis.NET, OwedIfLost.NOTHING, null);

    private static Money usd(String amount) {
        return Money.of(amount, "USD");
    }

    private static Recovery settledFor(String recovery, String costs, Stage stage) {
        return new Recovery(SETTLED_2025_06_30, usd(recovery), stage, usd(costs));
    }

    @Test
    void representsAnOralUnsignedAgreementForTheRulesToReport() {
        FeeAgreement oral = FeeAgreement.builder().contingency(THIRD_THEN_FORTY).build();
        assertThat(oral.inWriting()).isFalse();
        assertThat(oral.isSignedByClient()).isFalse();
        assertThat(oral.isContingent()).isTrue();
        assertThat(oral.lateInterest()).isEqualTo(InterestTerms.none());
        assertThat(oral).hasToString("FeeAgreement[oral, unsigned, contingent]");
    }

    @Test
    void signingMakesTheAgreementWritten() {
        FeeAgreement signed = FeeAgreement.builder().signedByClientOn(SIGNED_2024_03_01)
                .basisCommunicatedOn(SIGNED_2024_03_01).build();
        assertThat(signed.inWriting()).isTrue();
        assertThat(signed.clientSignedOnIfSet()).contains(SIGNED_2024_03_01);
    }

    @Test
    void rejectsASignatureOnAnOralAgreement() {
        assertThatThrownBy(() -> new FeeAgreement(false, SIGNED_2024_03_01, null, null, null, InterestTerms.none(),
                null, null, false))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("clientSignedOn cannot be set for an agreement that is not in writing");
    }

    @Test
    void rejectsAnOutcomeForAFeeThatIsNotContingent() {
        assertThatThrownBy(() -> FeeAgreement.builder().outcome(settledFor("1000", "0", Stage.PRE_SUIT)).build())
                .hasMessageContaining("outcome is recorded only for a contingent-fee agreement");
    }

    @Test
    void rejectsAClosingStatementWithoutOutcomeOrDatedBeforeIt() {
        assertThatThrownBy(() -> FeeAgreement.builder().contingency(THIRD_THEN_FORTY)
                .closingStatementDeliveredOn(SETTLED_2025_06_30).build())
                .hasMessageContaining("closingStatement needs the outcome it reports");
        assertThatThrownBy(() -> FeeAgreement.builder().contingency(THIRD_THEN_FORTY)
                .outcome(settledFor("1000", "0", Stage.PRE_SUIT))
                .closingStatementDeliveredOn(SETTLED_2025_06_30.minusDays(1)).build())
                .hasMessageContaining("must not be dated before the outcome of 2025-06-30");
    }

    @Test
    void recordsTheClosingStatementForTheClosingStatementRule() {
        FeeAgreement open = FeeAgreement.builder().signedByClientOn(SIGNED_2024_03_01).contingency(THIRD_THEN_FORTY)
                .outcome(settledFor("90000", "3000", Stage.POST_FILING)).build();
        assertThat(open.outcomeIfSet()).isPresent();
        assertThat(open.closingStatementDelivered()).isFalse();
        FeeAgreement closed = open.toBuilder().closingStatementDeliveredOn(SETTLED_2025_06_30.plusDays(10)).build();
        assertThat(closed.closingStatementDelivered()).isTrue();
        assertThat(closed.closingStatement().deliveredOn()).isEqualTo(LocalDate.of(2025, 7, 10));
        assertThat(closed.toString()).contains("outcome 2025-06-30").contains("closing statement 2025-07-10");
    }

    @Test
    void rejectsZeroAndAboveHundredPercentages() {
        assertThatThrownBy(() -> new ContingencyTerms(Map.of(Stage.TRIAL, Fraction.ZERO), null, null, null))
                .hasMessageContaining("percentage at trial must be above 0% and at most 100%, was '0%'");
        assertThatThrownBy(() -> new ContingencyTerms(Map.of(Stage.TRIAL, Fraction.of(11, 10)), null, null, null))
                .hasMessageContaining("was '110%'");
        assertThatThrownBy(() -> new ContingencyTerms(Map.of(), null, null, " NY-PI-A"))
                .hasMessageContaining("electedScheduleId must not start or end with white space");
    }

    @Test
    void listsTheRule15cTermsAnAgreementLeavesOut() {
        assertThat(THIRD_THEN_FORTY.missingTerms()).isEmpty();
        ContingencyTerms sparse = new ContingencyTerms(Map.of(Stage.PRE_SUIT, ONE_THIRD), null, null, null);
        assertThat(sparse.missingTerms()).containsExactly(ContingencyTerms.Term.TRIAL_PERCENTAGE,
                ContingencyTerms.Term.APPEAL_PERCENTAGE, ContingencyTerms.Term.COSTS_DEDUCTION,
                ContingencyTerms.Term.OWED_IF_LOST);
        Map<Stage, Fraction> trialOnly = new EnumMap<>(Stage.class);
        trialOnly.put(Stage.TRIAL, FORTY_PERCENT);
        assertThat(new ContingencyTerms(trialOnly, Basis.GROSS, OwedIfLost.EXPENSES, null)
                .missingTerms()).containsExactly(ContingencyTerms.Term.SETTLEMENT_PERCENTAGE,
                ContingencyTerms.Term.APPEAL_PERCENTAGE);
    }

    @Test
    void computesTheAgreedFeeOnTheBasisTheAgreementChose() {
        Recovery trial = settledFor("2150000", "150000", Stage.TRIAL);
        assertThat(THIRD_THEN_FORTY.basisIfSet()).contains(Basis.NET);
        assertThat(THIRD_THEN_FORTY.agreedFee(trial)).contains(usd("800000.00"));
        ContingencyTerms gross = new ContingencyTerms(THIRD_THEN_FORTY.percentages(), Basis.GROSS,
                OwedIfLost.EXPENSES, null);
        assertThat(gross.agreedFee(trial)).contains(usd("860000.00"));
        assertThat(THIRD_THEN_FORTY.agreedFee(settledFor("25000", "0", Stage.PRE_SUIT))).contains(usd("8333.33"));
    }

    @Test
    void cannotComputeAnAgreedFeeTheAgreementDoesNotState() {
        assertThat(THIRD_THEN_FORTY.agreedFee(settledFor("1000", "0", Stage.ANSWERED))).isEmpty();
        ContingencyTerms silentOnCosts = new ContingencyTerms(Map.of(Stage.PRE_SUIT, ONE_THIRD), null, null, null);
        assertThat(silentOnCosts.agreedFee(settledFor("3000", "300", Stage.PRE_SUIT))).isEmpty();
        assertThat(silentOnCosts.agreedFee(settledFor("3000", "0", Stage.PRE_SUIT))).contains(usd("1000.00"));
    }

    @Test
    void agreedFeeAndScheduleMaximumArePlainValuesToCompare() {
        ContingencyTerms fortyEverywhere = ContingencyTerms.flat(FORTY_PERCENT, Basis.NET,
                OwedIfLost.NOTHING).electing("NY-PI-B");
        Recovery outcome = settledFor("2150000", "150000", Stage.POST_FILING);
        MaximumFee max = ContingencySchedules.byId(fortyEverywhere.electedScheduleId()).maximumFee(
                FeeQuery.of(outcome.amount(), SIGNED_2024_03_01).withCosts(outcome.costs())
                        .withStage(outcome.stage()).withBasis(fortyEverywhere.basisIfSet().orElseThrow()));
        assertThat(fortyEverywhere.agreedFee(outcome).orElseThrow()).isEqualTo(usd("800000.00"))
                .isGreaterThan(max.fee());
        assertThat(max.fee()).isEqualTo(usd("666666.67"));
    }

    @Test
    void outcomeRejectsNegativeAmountsAndMixedCurrencies() {
        assertThatThrownBy(() -> settledFor("-1", "0", Stage.TRIAL)).hasMessageContaining("recovery.amount must not be negative");
        assertThatThrownBy(() -> settledFor("1", "-1", Stage.TRIAL)).hasMessageContaining("costs must not be negative");
        assertThatThrownBy(() -> new Recovery(SETTLED_2025_06_30, usd("1"), Stage.TRIAL,
                Money.of("1", "EUR"))).isInstanceOf(CurrencyMismatchException.class);
        assertThat(settledFor("0", "500", Stage.TRIAL).isLoss()).isTrue();
    }

    @Test
    void feeDivisionSharesMustAddUpToExactlyAHundredPercent() {
        FeeDivision thirds = new FeeDivision(List.of(new DivisionShare("Firm A", Fraction.of(2, 3)),
                new DivisionShare("Firm B", ONE_THIRD)), true, false, SIGNED_2024_03_01, true, false);
        assertThat(thirds.consentedInWriting()).isTrue();
        assertThat(thirds.shareOf("Firm B")).contains(ONE_THIRD);
        assertThatThrownBy(() -> new FeeDivision(List.of(new DivisionShare("Firm A", Fraction.parse("60%")),
                new DivisionShare("Firm B", Fraction.parse("33 1/3%"))), true, false, null, false, false))
                .hasMessage("shares must add up to exactly 100%, was '93 1/3%'");
    }

    @Test
    void feeDivisionNeedsTwoDistinctFirmsWithPositiveShares() {
        assertThatThrownBy(() -> new FeeDivision(List.of(new DivisionShare("Firm A", Fraction.ONE)), true, true,
                null, false, false)).hasMessageContaining("must name at least two firms");
        assertThatThrownBy(() -> new FeeDivision(List.of(new DivisionShare("Firm A", Fraction.of(1, 2)),
                new DivisionShare("Firm A", Fraction.of(1, 2))), true, true, null, false, false))
                .hasMessageContaining("firm appears twice in the fee division, was 'Firm A'");
        assertThatThrownBy(() -> new DivisionShare("Firm A", Fraction.ZERO)).hasMessageContaining("share of Firm A");
        assertThatThrownBy(() -> new DivisionShare(" ", Fraction.ONE)).hasMessageContaining("firm must not be blank");
    }

    @Test
    void divisionWithoutWrittenConsentIsRepresentable() {
        FeeAgreement divided = FeeAgreement.builder().signedByClientOn(SIGNED_2024_03_01)
                .division(new FeeDivision(List.of(new DivisionShare("Firm A", Fraction.of(1, 2)),
                        new DivisionShare("Firm B", Fraction.of(1, 2))), false, true, null, false, false))
                .lateInterest(InterestTerms.agreed("9", 30)).build();
        assertThat(divided.isDivided()).isTrue();
        assertThat(divided.division().consentedInWriting()).isFalse();
        assertThat(divided.lateInterest().agreed()).isTrue();
        assertThat(divided.toString()).contains("divided").contains("interest agreed");
    }
}

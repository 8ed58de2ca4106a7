package dev.legalbilling.receivables.collection;

import static dev.legalbilling.receivables.SampleFirm.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.legalbilling.InvalidValueException;
import dev.legalbilling.money.Money;
import dev.legalbilling.party.ClientId;
import dev.legalbilling.party.Jurisdiction;
import dev.legalbilling.party.MatterType;
import dev.legalbilling.receivables.SampleFirm;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FeeArbitrationRulesTest {
    private static final FeeArbitrationRules RULES = FeeArbitrationRules.defaults();
    private static final LocalDate SUIT_DAY = LocalDate.of(2026, 6, 1);
    private static final Jurisdiction NY = Jurisdiction.of("US-NY");
    private static final Jurisdiction CA = Jurisdiction.of("US-CA");

    private static CollectionAction action(CollectionActionType type, Jurisdiction where, MatterType matterType,
            Money claimed, Money disputed, LocalDate notice) {
        return new CollectionAction(type, SUIT_DAY, ClientId.of("C1"), null, Set.of(), where, matterType, claimed,
                disputed, claimed.minus(disputed), notice, SourceOfFunds.CLIENT_PAYMENT);
    }

    private static CollectionAction suit(Jurisdiction where, String claimed, LocalDate notice) {
        return action(CollectionActionType.LAWSUIT, where, MatterType.GENERAL, usd(claimed), usd("0.00"), notice);
    }

    private static List<String> missing(CollectionAction a) {
        return RULES.missingNotices(a).stream().map(FeeArbitrationRule::id).toList();
    }

    @Test
    void newYorkLawsuitWithoutNoticeIsMissingIt() {
        assertThat(missing(suit(NY, "20000.00", null))).containsExactly("NY-137");
    }

    @Test
    void newYorkLawsuitNeedsNoticeThirtyDaysBefore() {
        assertThat(missing(suit(NY, "20000.00", SUIT_DAY.minusDays(30)))).isEmpty();
        assertThat(missing(suit(NY, "20000.00", SUIT_DAY.minusDays(29)))).containsExactly("NY-137");
        FeeArbitrationRule ny = RULES.rule("NY-137").orElseThrow();
        assertThat(ny.noticeDeadline(suit(NY, "20000.00", null))).isEqualTo(SUIT_DAY.minusDays(30));
    }

    @Test
    void newYorkCoversOneThousandToFiftyThousandInclusive() {
        assertThat(missing(suit(NY, "999.99", null))).isEmpty();
        assertThat(missing(suit(NY, "1000.00", null))).containsExactly("NY-137");
        assertThat(missing(suit(NY, "50000.00", null))).containsExactly("NY-137");
        assertThat(missing(suit(NY, "50000.01", null))).isEmpty();
    }

    @Test
    void newYorkMeasuresTheDisputedPartWhenTheClientDisputesPartOfTheClaim() {
        CollectionAction bigSuitSmallDispute = action(CollectionActionType.LAWSUIT, NY, MatterType.GENERAL,
                usd("60000.00"), usd("10000.00"), null);
        assertThat(bigSuitSmallDispute.feeInDispute()).isEqualTo(usd("10000.00"));
        assertThat(missing(bigSuitSmallDispute)).containsExactly("NY-137");
    }

    @Test
    void newYorkExcludesCriminalMatters() {
        CollectionAction criminal = action(CollectionActionType.LAWSUIT, NY, MatterType.CRIMINAL_DEFENSE,
                usd("20000.00"), usd("0.00"), null);
        assertThat(missing(criminal)).isEmpty();
    }

    @Test
    void newYorkRequiresNoticeBeforeAnyStepOnADisputedFee() {
        CollectionAction demand = action(CollectionActionType.DEMAND_LETTER, NY, MatterType.GENERAL,
                usd("8000.00"), usd("5000.00"), null);
        assertThat(missing(demand)).containsExactly("NY-137");
        CollectionAction noticedSameDay = action(CollectionActionType.DEMAND_LETTER, NY, MatterType.GENERAL,
                usd("8000.00"), usd("5000.00"), SUIT_DAY);
        assertThat(missing(noticedSameDay)).isEmpty();
        assertThat(RULES.applicableTo(noticedSameDay)).extracting(FeeArbitrationRule::id).containsExactly("NY-137");
    }

    @Test
    void undisputedReminderNeedsNoNotice() {
        CollectionAction reminder = action(CollectionActionType.REMINDER, NY, MatterType.GENERAL, usd("8000.00"),
                usd("0.00"), null);
        assertThat(RULES.applicableTo(reminder)).isEmpty();
    }

    @Test
    void californiaLawsuitOfAnyAmountNeedsNoticeByTheDayOfSuit() {
        assertThat(missing(suit(CA, "500.00", null))).containsExactly("CA-6201");
        assertThat(missing(suit(CA, "500.00", SUIT_DAY))).isEmpty();
        assertThat(missing(suit(CA, "500.00", SUIT_DAY.plusDays(1)))).containsExactly("CA-6201");
        assertThat(missing(suit(CA, "250000.00", null))).containsExactly("CA-6201");
        CollectionAction criminal = action(CollectionActionType.LAWSUIT, CA, MatterType.CRIMINAL_DEFENSE,
                usd("500.00"), usd("0.00"), null);
        assertThat(missing(criminal)).containsExactly("CA-6201");
    }

    @Test
    void californiaReminderOnADisputedFeeNeedsNoNotice() {
        CollectionAction reminder = action(CollectionActionType.REMINDER, CA, MatterType.GENERAL, usd("800.00"),
                usd("800.00"), null);
        assertThat(RULES.applicableTo(reminder)).isEmpty();
    }

    @Test
    void otherOrUnknownJurisdictionsMatchNoRule() {
        assertThat(RULES.applicableTo(suit(Jurisdiction.of("US-TX"), "20000.00", null))).isEmpty();
        assertThat(RULES.applicableTo(suit(null, "20000.00", null))).isEmpty();
    }

    @Test
    void amountsInAnotherCurrencyAreTakenToBeInRange() {
        CollectionAction euroSuit = new CollectionAction(CollectionActionType.LAWSUIT, SUIT_DAY, ClientId.of("C1"),
                null, Set.of(), NY, MatterType.GENERAL, Money.of("900000.00", "EUR"), Money.of("0.00", "EUR"),
                Money.of("900000.00", "EUR"), null, SourceOfFunds.CLIENT_PAYMENT);
        assertThat(missing(euroSuit)).containsExactly("NY-137");
    }

    @Test
    void rowsAreConfigurable() {
        FeeArbitrationRule ny = RULES.rule("NY-137").orElseThrow();
        FeeArbitrationRules raised = RULES.with(new FeeArbitrationRule(ny.id(), ny.jurisdiction(), ny.citation(),
                ny.minimumInDispute(), usd("75000.00"), ny.civilMattersOnly(), ny.noticeWhenFeeDisputed(),
                ny.actionsRequiringNotice(), ny.daysBetweenNoticeAndLawsuit()));
        assertThat(raised.rules()).hasSize(2);
        assertThat(raised.missingNotices(suit(NY, "60000.00", null))).extracting(FeeArbitrationRule::id)
                .containsExactly("NY-137");
        FeeArbitrationRules withTexas = RULES.with(new FeeArbitrationRule("TX-TEST", Jurisdiction.of("US-TX"),
                "firm policy", usd("0.01"), null, false, true, EnumSet.allOf(CollectionActionType.class), 0));
        assertThat(withTexas.rulesFor(Jurisdiction.of("US-TX"))).hasSize(1);
        assertThat(RULES.rules()).hasSize(2);
    }

    @Test
    void rejectsInconsistentRows() {
        FeeArbitrationRule ny = RULES.rule("NY-137").orElseThrow();
        assertThatThrownBy(() -> new FeeArbitrationRules(List.of(ny, ny))).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("NY-137");
        assertThatThrownBy(() -> new FeeArbitrationRule("X", NY, "c", usd("10.00"), usd("5.00"), true, true,
                Set.of(), 0)).isInstanceOf(InvalidValueException.class).hasMessageContaining("maximumInDispute");
        assertThatThrownBy(() -> new FeeArbitrationRule("X", NY, "c", usd("0.00"), null, true, true, Set.of(), 0))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("minimumInDispute");
    }

    @Test
    void sampleFirmSuitOnTheDisputedCorvusInvoiceHadTimelyNotice() {
        CollectionAction suit = CollectionAction.forInvoices(SampleFirm.ledger(), CollectionActionType.LAWSUIT,
                LocalDate.of(2026, 5, 1), List.of(SampleFirm.INV_0103), SourceOfFunds.CLIENT_PAYMENT);
        assertThat(RULES.applicableTo(suit)).extracting(FeeArbitrationRule::id).containsExactly("NY-137");
        assertThat(RULES.missingNotices(suit)).isEmpty();
        assertThat(RULES.missingNotices(suit.withArbitrationNoticeServed(null)))
                .extracting(FeeArbitrationRule::id).containsExactly("NY-137");
    }
}

package dev.legalbilling.rules.ethics;

import static dev.legalbilling.rules.ethics.EthicsFixtures.ONE_THIRD_COMPLETE;
import static dev.legalbilling.rules.ethics.EthicsFixtures.PARTNER;
import static dev.legalbilling.rules.ethics.EthicsFixtures.check;
import static dev.legalbilling.rules.ethics.EthicsFixtures.invoice;
import static dev.legalbilling.rules.ethics.EthicsFixtures.matter;
import static dev.legalbilling.rules.ethics.EthicsFixtures.settled;
import static dev.legalbilling.rules.ethics.EthicsFixtures.signedAgreement;
import static dev.legalbilling.rules.ethics.EthicsFixtures.simpleInvoice;
import static dev.legalbilling.rules.ethics.EthicsFixtures.usd;
import static dev.legalbilling.rules.ethics.RuleCoverage.assertFires;
import static dev.legalbilling.rules.ethics.RuleCoverage.assertQuiet;
import static org.assertj.core.api.Assertions.assertThat;

import dev.legalbilling.agreement.ContingencyTerms;
import dev.legalbilling.agreement.FeeAgreement;
import dev.legalbilling.agreement.OwedIfLost;
import dev.legalbilling.contingency.Basis;
import dev.legalbilling.contingency.Stage;
import dev.legalbilling.invoice.Invoice;
import dev.legalbilling.money.Fraction;
import dev.legalbilling.party.MatterType;
import dev.legalbilling.rules.Action;
import dev.legalbilling.rules.Adjustment;
import dev.legalbilling.rules.ComplianceReport;
import dev.legalbilling.rules.Finding;
import dev.legalbilling.rules.Severity;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * contingency-cap.drl: ETH-CONTINGENCY-CAP, ETH-CONTINGENCY-COURT-APPROVAL and ETH-NO-STATE-SCHEDULE; the
 * schedule comes from the matter's jurisdiction and type (figures: the project's fee-and-trust fact sheet).
 */
@EthicsRuleTest
class ContingencyCapTest {
    private static final String CAP = "ETH-CONTINGENCY-CAP";
    private static final String COURT = "ETH-CONTINGENCY-COURT-APPROVAL";
    private static final String NO_SCHEDULE = "ETH-NO-STATE-SCHEDULE";
    private static final LocalDate SETTLED = LocalDate.of(2026, 3, 1);

    private static ContingencyTerms flat(String percent) {
        return ContingencyTerms.flat(Fraction.parse(percent), Basis.NET, OwedIfLost.EXPENSES);
    }

    private static Invoice feeInvoice(String fee) {
        return invoice("INV-C1").contingentFee(SETTLED, fee).build();
    }

    @Test
    @Fires(CAP)
    void capsANewJerseyTortFeeAtTheNjTortScale() {
        // 40% of 2,000,000 = 800,000; NJ-TORT allows 250,000 + 225,000 + 125,000 = 600,000
        Invoice bill = feeInvoice("800000");
        ComplianceReport report = check(bill, matter("US-NJ", MatterType.OTHER_TORT,
                settled(flat("40%"), "2000000", "0", Stage.TRIAL)), null);
        Finding f = assertFires(report, CAP).get(0);
        assertThat(f.message()).isEqualTo("The contingent fee agreed on matter M-100 is USD 800000.00 on a recovery of"
                + " 2000000.00 (trial, net base 2000000.00), above the maximum of 600000.00 under NJ-TORT ("
                + "N.J. Ct. R. 1:21-7(c), (d) (casetext, as amended through Oct 2024)) by 200000.00.");
        assertThat(f.lineItemNumber()).isEqualTo("1");
        assertThat(f.severity()).isEqualTo(Severity.ERROR);
        assertThat(f.action()).isEqualTo(Action.ADJUST);
        assertThat(f.adjustment()).isEqualTo(new Adjustment.CapAmount(usd("600000.00")));
        assertThat(f.amountAtStake()).isEqualTo(usd("200000.00"));
        assertThat(report.applyTo(bill).total()).isEqualTo(usd("600000.00"));
        assertQuiet(report, COURT);
        assertQuiet(report, NO_SCHEDULE);
    }

    @Test
    @Fires(CAP)
    void capsANewYorkMedicalMalpracticeFeeAtJudiciaryLaw474a() {
        // one third of 2,000,000 net = 666,666.67; NY-MED-MAL allows 350,000
        ComplianceReport report = check(feeInvoice("666666.67"), matter("US-NY", MatterType.MEDICAL_MALPRACTICE,
                settled(ONE_THIRD_COMPLETE, "2000000", "0", Stage.TRIAL)), null);
        Finding f = assertFires(report, CAP).get(0);
        assertThat(f.message()).contains("above the maximum of 350000.00 under NY-MED-MAL (N.Y. Judiciary Law 474-a)"
                + " by 316666.67.");
        assertThat(f.adjustment()).isEqualTo(new Adjustment.CapAmount(usd("350000.00")));
    }

    @Test
    @Fires(CAP)
    void withoutAnElectionNamesTheMostGenerousScheduleWhenEveryOneIsExceeded() {
        // 40% of 2,000,000 net = 800,000: above Schedule A (502,750) and Schedule B (666,666.67)
        ComplianceReport report = check(feeInvoice("800000"), matter("US-NY", MatterType.PERSONAL_INJURY,
                settled(flat("40%"), "2150000", "150000", Stage.POST_FILING)), null);
        assertThat(assertFires(report, CAP)).singleElement().satisfies(f -> {
            assertThat(f.message()).contains("under NY-PI-B").contains("by 133333.33.");
            assertThat(f.adjustment()).isEqualTo(new Adjustment.CapAmount(usd("666666.67")));
        });
    }

    @Test
    @Fires(CAP)
    void namesTheOtherReadingWhereTheMinorsLimitIsAmbiguous() {
        // a minor's pre-trial settlement of 2,500,000 at 30% = 750,000; New Jersey's 25% minors' limit read per tier
        // gives 187,500 x 3 + 20% of 250,000 = 612,500, read on the total min(712,500, 625,000) = 625,000
        FeeAgreement minor = settled(flat("30%"), "2500000", "0", Stage.PRE_SUIT).toBuilder()
                .clientMinorOrIncapacitated(true).build();
        Finding f = assertFires(check(feeInvoice("750000"), matter("US-NJ", MatterType.PERSONAL_INJURY, minor), null),
                CAP).get(0);
        assertThat(f.adjustment()).isEqualTo(new Adjustment.CapAmount(usd("612500.00")));
        assertThat(f.message()).endsWith("by 137500.00. The schedule is ambiguous for this recovery: read the other"
                + " way, the maximum is 625000.00.");
    }

    @Test
    @Fires(CAP)
    void reportsOnTheInvoiceWhenNoFeeLineCanBeCapped() {
        ComplianceReport report = check(simpleInvoice("INV-C2"), matter("US-NJ", MatterType.PERSONAL_INJURY,
                settled(flat("40%"), "2000000", "0", Stage.TRIAL)), null);
        Finding f = assertFires(report, CAP).get(0);
        assertThat(f.lineItemNumber()).isNull();
        assertThat(f.adjustment()).isNull();
        assertThat(f.amountAtStake()).isEqualTo(usd("200000.00"));
    }

    @Test
    @DoesNotFire(CAP)
    void acceptsAFeeExactlyAtTheNewJerseyMaximum() {
        // 30% of 2,000,000 = 600,000 = the NJ-TORT maximum
        assertQuiet(check(feeInvoice("600000"), matter("US-NJ", MatterType.OTHER_TORT,
                settled(flat("30%"), "2000000", "0", Stage.TRIAL)), null), CAP);
    }

    @Test
    @DoesNotFire(CAP)
    void withoutAnElectionAcceptsAFeeThatOneApplicableScheduleAllows() {
        // one third of 2,000,000 net = 666,666.67: above Schedule A, exactly Schedule B
        ComplianceReport report = check(feeInvoice("666666.67"), matter("US-NY", MatterType.PERSONAL_INJURY,
                settled(ONE_THIRD_COMPLETE, "2150000", "150000", Stage.TRIAL)), null);
        assertQuiet(report, CAP);
        assertQuiet(report, NO_SCHEDULE);
    }

    @Test
    @Fires(CAP)
    void comparesOnlyWithTheElectedSchedule() {
        // electing Schedule A makes one third of 2,000,000 (666,666.67) exceed its 502,750
        ComplianceReport report = check(feeInvoice("666666.67"), matter("US-NY", MatterType.PERSONAL_INJURY,
                settled(ONE_THIRD_COMPLETE.electing("NY-PI-A"), "2150000", "150000", Stage.TRIAL)), null);
        assertThat(assertFires(report, CAP)).singleElement().extracting(Finding::adjustment)
                .isEqualTo(new Adjustment.CapAmount(usd("502750.00")));
    }

    @Test
    @Fires(COURT)
    void sendsTheNewJerseyFeeAboveThreeMillionToTheCourt() {
        // 25% of 4,000,000 = 1,000,000; NJ-TORT allows 812,500 on the first 3,000,000, the rest is court-set
        ComplianceReport report = check(feeInvoice("1000000"), matter("US-NJ", MatterType.PERSONAL_INJURY,
                settled(flat("25%"), "4000000", "0", Stage.TRIAL)), null);
        Finding f = assertFires(report, COURT).get(0);
        assertThat(f.message()).startsWith("Court approval required: the contingent fee agreed on matter M-100 is"
                + " USD 1000000.00, above the 812500.00 that NJ-TORT").endsWith("the fee on the 1000000.00 of the"
                + " recovery in the court-approval zone may only be set by the court on application.");
        assertThat(f.severity()).isEqualTo(Severity.WARNING);
        assertThat(f.action()).isEqualTo(Action.FLAG);
        assertThat(f.amountAtStake()).isEqualTo(usd("187500.00"));
        assertQuiet(report, CAP);
    }

    @Test
    @DoesNotFire({COURT, CAP})
    void aFeeWithinTheScaleAtThreeMillionNeedsNoCourt() {
        // 25% of 3,000,000 = 750,000 < 812,500, and nothing lies above the court-approval threshold
        ComplianceReport report = check(feeInvoice("750000"), matter("US-NJ", MatterType.PERSONAL_INJURY,
                settled(flat("25%"), "3000000", "0", Stage.TRIAL)), null);
        assertQuiet(report, COURT);
        assertQuiet(report, CAP);
    }

    @Test
    @Fires(NO_SCHEDULE)
    void fallsBackToTheAbaRulesWhereNoStateScheduleIsKnown() {
        ComplianceReport report = check(simpleInvoice("INV-C3"), matter("US-TX", MatterType.PERSONAL_INJURY,
                settled(flat("40%"), "2000000", "0", Stage.TRIAL)), null);
        Finding f = assertFires(report, NO_SCHEDULE).get(0);
        assertThat(f.message()).isEqualTo("No statutory contingency-fee schedule is known for personal injury matters"
                + " in US-TX; the contingent fee on matter M-100 is checked against the ABA Model Rules only.");
        assertThat(f.severity()).isEqualTo(Severity.INFO);
        assertQuiet(report, CAP);
    }

    @Test
    @Fires(NO_SCHEDULE)
    void saysSoWhenTheElectedScheduleIsNotInTheCatalogue() {
        ComplianceReport report = check(simpleInvoice("INV-C4"), matter("US-NY", MatterType.PERSONAL_INJURY,
                settled(ONE_THIRD_COMPLETE.electing("NY-PI-Z"), "2000000", "0", Stage.TRIAL)), null);
        assertThat(assertFires(report, NO_SCHEDULE).get(0).message()).isEqualTo("The contingent fee agreement of"
                + " matter M-100 elects schedule NY-PI-Z, which the schedule catalogue does not have; the fee is"
                + " checked against the ABA Model Rules only.");
    }

    @Test
    @DoesNotFire(NO_SCHEDULE)
    void aNewJerseyTortHasItsSchedule() {
        assertQuiet(check(simpleInvoice("INV-C5"), matter("US-NJ", MatterType.OTHER_TORT,
                signedAgreement().contingency(ONE_THIRD_COMPLETE).build()), null), NO_SCHEDULE);
    }

    @Test
    @DoesNotFire(NO_SCHEDULE)
    void hourlyMattersNeedNoSchedule() {
        assertQuiet(check(invoice("INV-C6").fee(PARTNER, SETTLED, "2").build(), matter("US-TX",
                MatterType.PERSONAL_INJURY, signedAgreement().build()), null), NO_SCHEDULE);
    }
}

package dev.legalbilling.rules.ethics;

import static dev.legalbilling.rules.ethics.EthicsFixtures.ASSOCIATE;
import static dev.legalbilling.rules.ethics.EthicsFixtures.MONDAY;
import static dev.legalbilling.rules.ethics.EthicsFixtures.NARRATIVE;
import static dev.legalbilling.rules.ethics.EthicsFixtures.PARTNER;
import static dev.legalbilling.rules.ethics.EthicsFixtures.TUESDAY;
import static dev.legalbilling.rules.ethics.EthicsFixtures.betaInvoice;
import static dev.legalbilling.rules.ethics.EthicsFixtures.check;
import static dev.legalbilling.rules.ethics.EthicsFixtures.invoice;
import static dev.legalbilling.rules.ethics.EthicsFixtures.usd;
import static dev.legalbilling.rules.ethics.RuleCoverage.assertFires;
import static dev.legalbilling.rules.ethics.RuleCoverage.assertQuiet;
import static org.assertj.core.api.Assertions.assertThat;

import dev.legalbilling.invoice.Invoice;
import dev.legalbilling.rules.Action;
import dev.legalbilling.rules.ComplianceReport;
import dev.legalbilling.rules.EthicsContext;
import dev.legalbilling.rules.Finding;
import dev.legalbilling.rules.GuidelineProfile;
import dev.legalbilling.rules.ParameterValue;
import dev.legalbilling.rules.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

/** double-billing.drl: ETH-DOUBLE-BILLING, across the invoices of the ethics context. */
@EthicsRuleTest
class DoubleBillingTest {
    private static final String RULE = "ETH-DOUBLE-BILLING";
    /** The partner's Monday on ACME's invoice: 6 + 8 hours. */
    private static final Invoice ACME_INVOICE = invoice("INV-A1").fee(PARTNER, MONDAY, "6", "Prepare witness outline")
            .fee(PARTNER, MONDAY, "8").fee(ASSOCIATE, MONDAY, "3").build();

    private static EthicsContext others(Invoice... invoices) {
        return EthicsContext.builder().otherInvoices(List.of(invoices)).build();
    }

    @Test
    @Fires(RULE)
    void flagsMoreHoursInADayThanADayHasAcrossClients() {
        Invoice beta = betaInvoice("INV-B7").fee(PARTNER, MONDAY, "11", "Negotiate supply agreement").build();
        ComplianceReport report = check(ACME_INVOICE, null, others(beta));
        Finding f = assertFires(report, RULE).get(0);
        assertThat(f.message()).isEqualTo("Timekeeper TK-P1 is billed 25 hours on 2026-03-02 across 2 invoices for 2"
                + " matters (14 on this one; also INV-B7), more than the 24 hours a day can hold.");
        assertThat(f.lineItemNumber()).as("the day's largest entry").isEqualTo("2");
        assertThat(f.severity()).isEqualTo(Severity.ERROR);
        assertThat(f.action()).isEqualTo(Action.FLAG);
        assertThat(f.amountAtStake()).as("one excess hour at 450").isEqualTo(usd("450.00"));
    }

    @Test
    @DoesNotFire(RULE)
    void acceptsExactlyTwentyFourHours() {
        Invoice beta = betaInvoice("INV-B7").fee(PARTNER, MONDAY, "10", "Negotiate supply agreement").build();
        assertQuiet(check(ACME_INVOICE, null, others(beta)), RULE);
    }

    @Test
    @DoesNotFire(RULE)
    void countsOnlyTheTimekeeperAndDay() {
        Invoice beta = betaInvoice("INV-B7").fee(PARTNER, TUESDAY, "20", "Negotiate supply agreement")
                .fee(ASSOCIATE, MONDAY, "20", "Review data room").build();
        assertQuiet(check(ACME_INVOICE, null, others(beta)), RULE);
    }

    @Test
    @Fires(RULE)
    void flagsTheSameHoursBilledToAnotherClient() {
        Invoice beta = betaInvoice("INV-B8").fee(PARTNER, MONDAY, "8", "  draft MOTION to compel   production from"
                + " Zebulon Quartz").build();
        ComplianceReport report = check(ACME_INVOICE, null, others(beta));
        Finding f = assertFires(report, RULE).get(0);
        assertThat(f.lineItemNumber()).isEqualTo("2");
        assertThat(f.message()).isEqualTo("Timekeeper TK-P1's hours of 2026-03-02 are billed twice: line 2 also on"
                + " invoice INV-B8 line 1 for matter M-200.");
        assertThat(f.message()).doesNotContain("Zebulon").doesNotContain(NARRATIVE);
        assertThat(f.amountAtStake()).isEqualTo(usd("3600.00"));
    }

    @Test
    @Fires(RULE)
    void flagsTheSameHoursBilledTwiceOnTheSameMatter() {
        Invoice earlier = invoice("INV-A0").fee(PARTNER, MONDAY, "6", "Prepare witness outline").build();
        assertThat(assertFires(check(ACME_INVOICE, null, others(earlier)), RULE).get(0).message())
                .endsWith("line 1 also on invoice INV-A0 line 1 for the same matter M-100.");
    }

    @Test
    @DoesNotFire(RULE)
    void needsTheSameHoursAndNarrative() {
        Invoice otherHours = betaInvoice("INV-B9").fee(PARTNER, MONDAY, "7.9", NARRATIVE).build();
        assertQuiet(check(ACME_INVOICE, null, others(otherHours)), RULE);
        Invoice otherWords = betaInvoice("INV-B9").fee(PARTNER, MONDAY, "6", "Prepare witness outline for deposition")
                .build();
        assertQuiet(check(ACME_INVOICE, null, others(otherWords)), RULE);
    }

    @Test
    @DoesNotFire(RULE)
    void neverMatchesBlankNarratives() {
        Invoice mine = invoice("INV-A2").fee(PARTNER, MONDAY, "0.2", "").build();
        Invoice beta = betaInvoice("INV-B9").fee(PARTNER, MONDAY, "0.2", " ").build();
        assertQuiet(check(mine, null, others(beta)), RULE);
    }

    @Test
    @DoesNotFire(RULE)
    void skipsTheCheckedInvoiceWhenTheBatchContainsIt() {
        assertQuiet(check(ACME_INVOICE, null, others(ACME_INVOICE)), RULE);
    }

    @Test
    @Fires(RULE)
    void aSingleInvoiceCanHoldMoreThanADayWhenAContextIsGiven() {
        Invoice impossible = invoice("INV-A3").fee(PARTNER, MONDAY, "13").fee(PARTNER, MONDAY, "12", "Trial").build();
        assertThat(assertFires(check(impossible, null, EthicsContext.empty()), RULE).get(0).message())
                .isEqualTo("Timekeeper TK-P1 is billed 25 hours on 2026-03-02 on this invoice, more than the 24 hours"
                        + " a day can hold.");
    }

    @Test
    @DoesNotFire(RULE)
    void needsAnEthicsContext() {
        Invoice impossible = invoice("INV-A3").fee(PARTNER, MONDAY, "13").fee(PARTNER, MONDAY, "12", "Trial").build();
        assertQuiet(check(impossible, null, null), RULE);
    }

    @Test
    @DoesNotFire(RULE)
    void readsTheDailyMaximumFromTheProfile() {
        Invoice beta = betaInvoice("INV-B7").fee(PARTNER, MONDAY, "11", "Negotiate supply agreement").build();
        GuidelineProfile longDays = GuidelineProfile.builder("long-days")
                .parameter(RULE, "maxHoursPerDay", ParameterValue.decimal("25")).build();
        assertQuiet(check(ACME_INVOICE, null, others(beta), longDays), RULE);
    }
}

package dev.legalbilling.rules.guideline;

import static dev.legalbilling.rules.guideline.Guideline.ASSOCIATE;
import static dev.legalbilling.rules.guideline.Guideline.MARCH_2;
import static dev.legalbilling.rules.guideline.Guideline.PARTNER;
import static dev.legalbilling.rules.guideline.Guideline.check;
import static dev.legalbilling.rules.guideline.Guideline.fee;
import static dev.legalbilling.rules.guideline.Guideline.findings;
import static dev.legalbilling.rules.guideline.Guideline.invoice;
import static dev.legalbilling.rules.guideline.Guideline.lines;
import static dev.legalbilling.rules.guideline.Guideline.matter;
import static dev.legalbilling.rules.guideline.Guideline.usd;
import static org.assertj.core.api.Assertions.assertThat;

import dev.legalbilling.invoice.Invoice;
import dev.legalbilling.matter.Matter;
import dev.legalbilling.money.Money;
import dev.legalbilling.rules.Action;
import dev.legalbilling.rules.Adjustment;
import dev.legalbilling.rules.CheckRequest;
import dev.legalbilling.rules.ComplianceReport;
import dev.legalbilling.rules.Finding;
import org.junit.jupiter.api.Test;

@RuleFile("budget.drl")
class BudgetRulesTest {
    private static final String RULE = "OCG-BUDGET";
    private static final Matter BUDGETED = matter(m -> m.budget(Money.of("50000.00", "USD")));

    /** 2.0 h at 450 + 7.0 h at 300 = 3,000.00 of fees. */
    private static Invoice threeThousand() {
        return invoice().add(fee(PARTNER, MARCH_2, "2.0")).add(fee(ASSOCIATE, MARCH_2, "7.0")).build();
    }

    @Test
    @Fires(RULE)
    void capsTheInvoiceAtWhatIsLeftOfTheBudget() {
        Invoice invoice = threeThousand();
        ComplianceReport report = check(new CheckRequest(invoice, BUDGETED, null, usd("48000.00")));
        assertThat(lines(report, RULE)).containsExactly("");
        Finding f = findings(report, RULE).get(0);
        assertThat(f.amountAtStake()).isEqualTo(usd("1000.00"));
        assertThat(f.adjustment()).isEqualTo(new Adjustment.CapAmount(usd("2000.00")));
        assertThat(f.message()).isEqualTo("Fees on matter M-100 reach 51,000.00 with this invoice (48,000.00 billed"
                + " before, 3,000.00 now), 1,000.00 above the budget of 50,000.00; 2,000.00 of the budget was left"
                + " for this invoice.");
        assertThat(report.applyTo(invoice)).as("an invoice-level cap is reported, not applied").isSameAs(invoice);
    }

    @Test
    @NearMiss(RULE)
    void reachingTheBudgetExactlyOrHavingNoneIsFine() {
        assertThat(findings(check(new CheckRequest(threeThousand(), BUDGETED, null, usd("47000.00"))), RULE))
                .isEmpty();
        Matter unbudgeted = matter(m -> m);
        assertThat(findings(check(new CheckRequest(threeThousand(), unbudgeted, null, usd("99000.00"))), RULE))
                .isEmpty();
    }

    @Test
    @Fires(RULE)
    void anAdjustingProfileStillLeavesTheLinesAloneForAnInvoiceLevelCap() {
        Invoice invoice = threeThousand();
        ComplianceReport report = check(new CheckRequest(invoice, BUDGETED,
                Guideline.profile().action(RULE, Action.ADJUST).build(), usd("52000.00")));
        Finding f = findings(report, RULE).get(0);
        assertThat(f.adjustment()).isEqualTo(new Adjustment.CapAmount(usd("0.00")));
        assertThat(f.amountAtStake()).isEqualTo(usd("5000.00"));
        assertThat(report.applyTo(invoice)).isSameAs(invoice);
    }
}

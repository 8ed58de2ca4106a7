package dev.legalbilling.rules.guideline;

import static dev.legalbilling.rules.guideline.Guideline.ASSOCIATE;
import static dev.legalbilling.rules.guideline.Guideline.MARCH_2;
import static dev.legalbilling.rules.guideline.Guideline.check;
import static dev.legalbilling.rules.guideline.Guideline.fee;
import static dev.legalbilling.rules.guideline.Guideline.findings;
import static dev.legalbilling.rules.guideline.Guideline.invoice;
import static dev.legalbilling.rules.guideline.Guideline.lines;
import static dev.legalbilling.rules.guideline.Guideline.usd;
import static org.assertj.core.api.Assertions.assertThat;

import dev.legalbilling.invoice.Invoice;
import dev.legalbilling.rules.Adjustment;
import dev.legalbilling.rules.ComplianceReport;
import dev.legalbilling.rules.Finding;
import dev.legalbilling.rules.ParameterValue;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

@RuleFile("block-billing.drl")
class BlockBillingRulesTest {
    private static final String RULE = "OCG-BLOCK-BILLING";
    private static final String THREE_TASKS = "Review deposition transcript; draft summary for client; telephone"
            + " conference with expert regarding report";
    private static final String TWO_TASKS = "Draft motion to compel; confer with opposing counsel regarding"
            + " deficiencies";

    @Test
    @Fires(RULE)
    void paysHalfOfAnEntryThatLumpsThreeTasks() {
        Invoice invoice = invoice().add(fee(ASSOCIATE, MARCH_2, "2.0").narrative(THREE_TASKS)).build();
        ComplianceReport report = check(invoice);
        assertThat(lines(report, RULE)).containsExactly("1");
        Finding f = findings(report, RULE).get(0);
        assertThat(f.amountAtStake()).isEqualTo(usd("300.00"));
        assertThat(f.adjustment()).isEqualTo(new Adjustment.BillAtPercent(new BigDecimal("50")));
        assertThat(f.message()).isEqualTo("Entry 1 (2.0 h on 2026-03-02 by TK-A1) lumps 3 tasks into one entry"
                + " (block billing); the guidelines pay block-billed time at 50%.");
    }

    @Test
    @Fires(RULE)
    void twoTasksAreEnoughByDefault() {
        Invoice invoice = invoice().add(fee(ASSOCIATE, MARCH_2, "1.5").narrative(TWO_TASKS)).build();
        assertThat(lines(check(invoice), RULE)).containsExactly("1");
    }

    @Test
    @NearMiss(RULE)
    void aSemicolonBeforeASingleWordOrNothingIsNotASecondTask() {
        Invoice invoice = invoice()
                .add(fee(ASSOCIATE, MARCH_2, "1.0").narrative("Review and revise motion to compel discovery"))
                .add(fee(ASSOCIATE, MARCH_2, "1.0").narrative("Draft motion to compel; revise"))
                .add(fee(ASSOCIATE, MARCH_2, "1.0").narrative("Draft letter to client regarding settlement;"))
                .build();
        assertThat(findings(check(invoice), RULE)).isEmpty();
    }

    @Test
    @NearMiss(RULE)
    void theProfileCanRequireMoreTasksAndSetTheShareItPays() {
        Invoice invoice = invoice()
                .add(fee(ASSOCIATE, MARCH_2, "1.5").narrative(TWO_TASKS))
                .add(fee(ASSOCIATE, MARCH_2, "2.0").narrative(THREE_TASKS))
                .build();
        ComplianceReport report = check(invoice, Guideline.profile()
                .parameter(RULE, "minTasks", ParameterValue.integer(3))
                .parameter(RULE, "reductionPercent", ParameterValue.decimal("0")).build());
        assertThat(lines(report, RULE)).containsExactly("2");
        assertThat(findings(report, RULE).get(0).amountAtStake()).isEqualTo(usd("600.00"));
    }
}

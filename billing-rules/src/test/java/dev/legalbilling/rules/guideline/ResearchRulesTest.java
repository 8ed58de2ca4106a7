package dev.legalbilling.rules.guideline;

import static dev.legalbilling.rules.guideline.Guideline.ASSOCIATE;
import static dev.legalbilling.rules.guideline.Guideline.MARCH_2;
import static dev.legalbilling.rules.guideline.Guideline.MARCH_3;
import static dev.legalbilling.rules.guideline.Guideline.MARCH_4;
import static dev.legalbilling.rules.guideline.Guideline.SECOND_ASSOCIATE;
import static dev.legalbilling.rules.guideline.Guideline.check;
import static dev.legalbilling.rules.guideline.Guideline.dec;
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
import org.junit.jupiter.api.Test;

@RuleFile("research.drl")
class ResearchRulesTest {
    private static final String RULE = "OCG-RESEARCH-LIMIT";

    private static Guideline.FeeLine research(String hours, java.time.LocalDate day) {
        return fee(ASSOCIATE, day, hours).activity("A102").narrative("Research case law on spoliation sanctions in"
                + " the Second Circuit");
    }

    @Test
    @Fires(RULE)
    void firesOnceOnTheEntryThatPassesTheLimit() {
        Invoice invoice = invoice()
                .add(research("4.0", MARCH_2))
                .add(fee(ASSOCIATE, MARCH_2, "2.0"))
                .add(research("4.0", MARCH_3))
                .add(fee(SECOND_ASSOCIATE, MARCH_3, "3.0").activity("A102").narrative("Research admissibility of"
                        + " prior similar incidents under Rule 403"))
                .add(research("2.0", MARCH_4))
                .build();
        ComplianceReport report = check(invoice);
        // research runs 4, 8, 11, 13 hours: the 3.0 h entry passes the 10 h limit; the excess is 3 h
        assertThat(lines(report, RULE)).containsExactly("4");
        Finding f = findings(report, RULE).get(0);
        assertThat(f.amountAtStake()).isEqualTo(usd("825.00"));
        assertThat(f.adjustment()).isEqualTo(new Adjustment.ReduceUnits(dec("0.0")));
        assertThat(f.message()).isEqualTo("Research (A102) on this matter reaches 13.0 h with this invoice, 3.0 h"
                + " above the 10.0 h allowed without the client's approval; entry 4 (3.0 h by TK-A2) passes the"
                + " limit.");
    }

    @Test
    @NearMiss(RULE)
    void exactlyTheLimitIsAllowed() {
        Invoice invoice = invoice().add(research("6.0", MARCH_2)).add(research("4.0", MARCH_3)).build();
        assertThat(findings(check(invoice), RULE)).isEmpty();
    }

    @Test
    @Fires(RULE)
    void countsResearchBilledBeforeThisInvoice() {
        Invoice invoice = invoice().add(research("2.0", MARCH_2)).add(research("2.0", MARCH_3)).build();
        ComplianceReport report = check(invoice, Guideline.profile()
                .parameter(RULE, "maxHours", ParameterValue.decimal("3"))
                .parameter(RULE, "priorResearchHours", ParameterValue.decimal("0.5")).build());
        assertThat(lines(report, RULE)).containsExactly("2");
        assertThat(findings(report, RULE).get(0).adjustment()).isEqualTo(new Adjustment.ReduceUnits(dec("0.5")));
        assertThat(findings(report, RULE).get(0).message()).startsWith("Research (A102) on this matter reaches 4.5 h"
                + " with this invoice (0.5 h billed before it), 1.5 h above the 3.0 h allowed");
    }

    @Test
    @Fires(RULE)
    void firesOnTheFirstResearchEntryWhenEarlierInvoicesUsedTheAllowance() {
        Invoice invoice = invoice().add(fee(ASSOCIATE, MARCH_2, "1.0")).add(research("1.0", MARCH_2))
                .add(research("2.0", MARCH_3)).build();
        ComplianceReport report = check(invoice, Guideline.profile()
                .parameter(RULE, "priorResearchHours", ParameterValue.decimal("12")).build());
        assertThat(lines(report, RULE)).containsExactly("2");
        assertThat(findings(report, RULE).get(0).amountAtStake()).isEqualTo(usd("1500.00"));
    }
}

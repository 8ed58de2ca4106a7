package dev.legalbilling.rules.guideline;

import static dev.legalbilling.rules.guideline.Guideline.ASSOCIATE;
import static dev.legalbilling.rules.guideline.Guideline.MARCH_2;
import static dev.legalbilling.rules.guideline.Guideline.check;
import static dev.legalbilling.rules.guideline.Guideline.expense;
import static dev.legalbilling.rules.guideline.Guideline.fee;
import static dev.legalbilling.rules.guideline.Guideline.findings;
import static dev.legalbilling.rules.guideline.Guideline.invoice;
import static dev.legalbilling.rules.guideline.Guideline.lines;
import static dev.legalbilling.rules.guideline.Guideline.matter;
import static dev.legalbilling.rules.guideline.Guideline.usd;
import static org.assertj.core.api.Assertions.assertThat;

import dev.legalbilling.invoice.Invoice;
import dev.legalbilling.party.PracticeArea;
import dev.legalbilling.rules.CheckRequest;
import dev.legalbilling.rules.ComplianceReport;
import dev.legalbilling.rules.Finding;
import dev.legalbilling.utbms.UtbmsCodeSet;
import java.util.List;
import org.junit.jupiter.api.Test;

@RuleFile("codes.drl")
class CodesRulesTest {
    private static final String RULE = "OCG-MISSING-CODE";

    @Test
    @Fires(RULE)
    void flagsBlankAndUnknownCodesOnFeesAndExpenses() {
        Invoice invoice = invoice()
                .add(fee(ASSOCIATE, MARCH_2, "1.0").task(null))
                .add(fee(ASSOCIATE, MARCH_2, "1.0").task("L999"))
                .add(fee(ASSOCIATE, MARCH_2, "1.0").task("L100"))
                .add(fee(ASSOCIATE, MARCH_2, "1.0").activity(null))
                .add(fee(ASSOCIATE, MARCH_2, "1.0").activity("A199"))
                .add(expense(MARCH_2, "", "1", "35.00"))
                .add(expense(MARCH_2, "E199", "1", "35.00"))
                .build();
        ComplianceReport report = check(invoice);
        assertThat(lines(report, RULE)).containsExactly("1", "2", "3", "4", "5", "6", "7");
        List<String> messages = findings(report, RULE).stream().map(Finding::message).toList();
        assertThat(messages.get(0)).isEqualTo("Entry 1 (1.0 h on 2026-03-02 by TK-A1) has no UTBMS task code; the"
                + " guidelines require UTBMS codes on every line.");
        assertThat(messages.get(2)).contains("has task code L100, which is not a billable task of the LITIGATION"
                + " code set");
        assertThat(messages.get(4)).contains("has activity code A199, which is not a UTBMS activity code");
        assertThat(messages.get(5)).contains("has no UTBMS expense code");
        assertThat(findings(report, RULE).get(0).amountAtStake()).isEqualTo(usd("0.00"));
        assertThat(findings(report, RULE).get(0).adjustment()).isNull();
    }

    @Test
    @NearMiss(RULE)
    void validCodesInAnyCasePass() {
        Invoice invoice = invoice()
                .add(fee(ASSOCIATE, MARCH_2, "1.0").codes("L310", "A103"))
                .add(fee(ASSOCIATE, MARCH_2, "1.0").codes("l330", "a109"))
                .add(expense(MARCH_2, "E107", "1", "35.00"))
                .build();
        assertThat(findings(check(invoice), RULE)).isEmpty();
    }

    @Test
    @Fires(RULE)
    void checksTaskCodesAgainstTheMattersCodeSet() {
        Invoice invoice = invoice()
                .add(fee(ASSOCIATE, MARCH_2, "1.0").codes("L310", "A103"))
                .add(fee(ASSOCIATE, MARCH_2, "1.0").codes("B110", "A103"))
                .build();
        assertThat(lines(check(invoice), RULE)).containsExactly("2");
        ComplianceReport bankruptcy = check(CheckRequest.of(invoice, matter(m -> m
                .practiceArea(PracticeArea.BANKRUPTCY).codeSet(UtbmsCodeSet.BANKRUPTCY)), null));
        assertThat(lines(bankruptcy, RULE)).containsExactly("1");
        assertThat(findings(bankruptcy, RULE).get(0).message()).contains("not a billable task of the BANKRUPTCY code"
                + " set");
    }
}

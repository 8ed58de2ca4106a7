package dev.legalbilling.rules.guideline;

import static dev.legalbilling.rules.guideline.Guideline.ASSOCIATE;
import static dev.legalbilling.rules.guideline.Guideline.MARCH_2;
import static dev.legalbilling.rules.guideline.Guideline.MARCH_3;
import static dev.legalbilling.rules.guideline.Guideline.PARTNER;
import static dev.legalbilling.rules.guideline.Guideline.check;
import static dev.legalbilling.rules.guideline.Guideline.expense;
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
import dev.legalbilling.rules.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

@RuleFile("duplicates.drl")
class DuplicatesRulesTest {
    private static final String RULE = "OCG-DUPLICATE-ENTRY";
    private static final String FILING_FEE = "Court filing fee for motion for summary judgment";

    @Test
    @Fires(RULE)
    void disallowsEveryLaterCopyOfAFeeEntryNamingTheFirst() {
        Invoice invoice = invoice()
                .add(fee(ASSOCIATE, MARCH_2, "1.5").narrative("Draft opposition to motion to compel."))
                .add(fee(PARTNER, MARCH_2, "1.5").narrative("Draft opposition to motion to compel."))
                .add(fee(ASSOCIATE, MARCH_2, "1.50").narrative("draft opposition to motion to compel"))
                .add(fee(ASSOCIATE, MARCH_2, "1.5").narrative("Draft  opposition to motion to compel"))
                .build();
        ComplianceReport report = check(invoice);
        assertThat(lines(report, RULE)).containsExactly("3", "4");
        List<Finding> found = findings(report, RULE);
        assertThat(found.get(0).message()).isEqualTo("Entry 3 (1.5 h on 2026-03-02 by TK-A1) repeats line 1: same"
                + " timekeeper, date, hours and description.");
        assertThat(found.get(1).message()).contains("repeats line 1");
        assertThat(found.get(0).severity()).isEqualTo(Severity.ERROR);
        assertThat(found.get(0).adjustment()).isEqualTo(new Adjustment.Disallow());
        assertThat(found.get(0).amountAtStake()).isEqualTo(usd("450.00"));
    }

    @Test
    @Fires(RULE)
    void disallowsARepeatedExpense() {
        Invoice invoice = invoice()
                .add(expense(MARCH_2, "E112", "1", "405.00").narrative(FILING_FEE))
                .add(expense(MARCH_2, "E112", "1", "405").narrative(FILING_FEE))
                .build();
        assertThat(lines(check(invoice), RULE)).containsExactly("2");
    }

    @Test
    @NearMiss(RULE)
    void differentTimekeeperHoursDayRateOrWordingIsNotADuplicate() {
        Invoice invoice = invoice()
                .add(fee(ASSOCIATE, MARCH_2, "1.5").narrative("Draft opposition to motion to compel"))
                .add(fee(PARTNER, MARCH_2, "1.5").narrative("Draft opposition to motion to compel"))
                .add(fee(ASSOCIATE, MARCH_2, "1.6").narrative("Draft opposition to motion to compel"))
                .add(fee(ASSOCIATE, MARCH_3, "1.5").narrative("Draft opposition to motion to compel"))
                .add(fee(ASSOCIATE, MARCH_2, "1.5").narrative("Revise opposition to motion to compel"))
                .add(expense(MARCH_2, "E112", "1", "405.00").narrative(FILING_FEE))
                .add(expense(MARCH_2, "E112", "1", "350.00").narrative(FILING_FEE))
                .add(expense(MARCH_2, "E113", "1", "405.00").narrative(FILING_FEE))
                .build();
        assertThat(findings(check(invoice), RULE)).isEmpty();
    }
}

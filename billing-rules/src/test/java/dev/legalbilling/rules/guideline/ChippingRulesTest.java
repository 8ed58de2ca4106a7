package dev.legalbilling.rules.guideline;

import static dev.legalbilling.rules.guideline.Guideline.ASSOCIATE;
import static dev.legalbilling.rules.guideline.Guideline.MARCH_2;
import static dev.legalbilling.rules.guideline.Guideline.MARCH_3;
import static dev.legalbilling.rules.guideline.Guideline.check;
import static dev.legalbilling.rules.guideline.Guideline.fee;
import static dev.legalbilling.rules.guideline.Guideline.findings;
import static dev.legalbilling.rules.guideline.Guideline.invoice;
import static dev.legalbilling.rules.guideline.Guideline.lines;
import static dev.legalbilling.rules.guideline.Guideline.usd;
import static org.assertj.core.api.Assertions.assertThat;

import dev.legalbilling.invoice.Invoice;
import dev.legalbilling.rules.ComplianceReport;
import dev.legalbilling.rules.Finding;
import dev.legalbilling.rules.ParameterValue;
import dev.legalbilling.rules.Severity;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

@RuleFile("chipping.drl")
class ChippingRulesTest {
    private static final String RULE = "OCG-CHIPPING";

    private static Guideline.FeeLine email(LocalDate day, String hours, String task) {
        return fee(ASSOCIATE, day, hours).codes(task, "A107").narrative("Email to co-defendant's counsel regarding"
                + " joint defense agreement");
    }

    @Test
    @Fires(RULE)
    void flagsFourSmallEntriesForOneTaskOnOneDayOnTheFirstOfThem() {
        Invoice invoice = invoice()
                .add(fee(ASSOCIATE, MARCH_2, "1.0").codes("L120", "A104").narrative("Analyze coverage position"
                        + " letter from carrier"))
                .add(email(MARCH_2, "0.1", "L120"))
                .add(email(MARCH_2, "0.2", "L120"))
                .add(fee(ASSOCIATE, MARCH_2, "0.8").codes("L120", "A104").narrative("Analyze reservation of rights"
                        + " letter"))
                .add(email(MARCH_2, "0.1", "L120"))
                .add(email(MARCH_2, "0.2", "L120"))
                .build();
        ComplianceReport report = check(invoice);
        assertThat(lines(report, RULE)).containsExactly("2");
        Finding f = findings(report, RULE).get(0);
        assertThat(f.severity()).isEqualTo(Severity.INFO);
        assertThat(f.amountAtStake()).isEqualTo(usd("0.00"));
        assertThat(f.adjustment()).isNull();
        assertThat(f.message()).isEqualTo("Timekeeper TK-A1 billed 4 entries of at most 0.2 h each for task L120 on"
                + " 2026-03-02 (chipping), starting with entry 2.");
    }

    @Test
    @NearMiss(RULE)
    void threeSmallEntriesOrSmallEntriesSpreadOverTasksAndDaysAreNotChipping() {
        Invoice invoice = invoice()
                .add(email(MARCH_2, "0.1", "L120"))
                .add(email(MARCH_2, "0.2", "L120"))
                .add(email(MARCH_2, "0.3", "L120"))
                .add(email(MARCH_2, "0.1", "L120"))
                .add(email(MARCH_2, "0.1", "L160"))
                .add(email(MARCH_3, "0.1", "L120"))
                .build();
        assertThat(findings(check(invoice), RULE)).isEmpty();
    }

    @Test
    @Fires(RULE)
    void readsTheCountAndSizeFromTheProfile() {
        Invoice invoice = invoice()
                .add(email(MARCH_2, "0.3", "L120"))
                .add(email(MARCH_2, "0.2", "L120"))
                .add(email(MARCH_2, "0.3", "L120"))
                .build();
        assertThat(findings(check(invoice), RULE)).isEmpty();
        ComplianceReport report = check(invoice, Guideline.profile()
                .parameter(RULE, "minEntries", ParameterValue.integer(3))
                .parameter(RULE, "smallEntryHours", ParameterValue.decimal("0.3")).build());
        assertThat(lines(report, RULE)).containsExactly("1");
    }
}

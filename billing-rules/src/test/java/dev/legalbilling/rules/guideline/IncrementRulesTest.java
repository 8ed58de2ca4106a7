package dev.legalbilling.rules.guideline;

import static dev.legalbilling.rules.guideline.Guideline.ASSOCIATE;
import static dev.legalbilling.rules.guideline.Guideline.MARCH_2;
import static dev.legalbilling.rules.guideline.Guideline.PARTNER;
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

@RuleFile("increments.drl")
class IncrementRulesTest {
    private static final String RULE = "OCG-INCREMENT";

    @Test
    @Fires(RULE)
    void roundsAQuarterHourDownToTheTenth() {
        Invoice invoice = invoice().add(fee(PARTNER, MARCH_2, "0.25")).build();
        ComplianceReport report = check(invoice);
        assertThat(lines(report, RULE)).containsExactly("1");
        Finding f = findings(report, RULE).get(0);
        assertThat(f.amountAtStake()).isEqualTo(usd("22.50"));
        assertThat(f.adjustment()).isEqualTo(new Adjustment.ReduceUnits(new BigDecimal("0.2")));
        assertThat(f.message()).isEqualTo("Entry 1 (0.25 h on 2026-03-02 by TK-P1) is not billed in 0.1-hour"
                + " increments; rounded down to 0.2 h it bills 0.05 h less.");
    }

    @Test
    @NearMiss(RULE)
    void tenthsInAnyScaleAreMultiplesOfTheIncrement() {
        Invoice invoice = invoice()
                .add(fee(PARTNER, MARCH_2, "0.3"))
                .add(fee(PARTNER, MARCH_2, "2.50"))
                .add(fee(ASSOCIATE, MARCH_2, "1"))
                .build();
        assertThat(findings(check(invoice), RULE)).isEmpty();
    }

    @Test
    @Fires(RULE)
    void readsTheIncrementFromTheProfile() {
        Invoice invoice = invoice().add(fee(ASSOCIATE, MARCH_2, "0.5")).add(fee(ASSOCIATE, MARCH_2, "0.3")).build();
        ComplianceReport report = check(invoice, Guideline.profile(RULE, "increment", ParameterValue.decimal("0.25")));
        assertThat(lines(report, RULE)).containsExactly("2");
        Finding f = findings(report, RULE).get(0);
        assertThat(f.adjustment()).isEqualTo(new Adjustment.ReduceUnits(new BigDecimal("0.25")));
        assertThat(f.amountAtStake()).isEqualTo(usd("15.00"));
    }
}

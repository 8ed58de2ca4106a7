package dev.legalbilling.rules.guideline;

import static dev.legalbilling.rules.guideline.Guideline.ASSOCIATE;
import static dev.legalbilling.rules.guideline.Guideline.MARCH_2;
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
import dev.legalbilling.rules.ParameterValue;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

@RuleFile("travel.drl")
class TravelRulesTest {
    private static final String TRAVEL = "OCG-TRAVEL";
    private static final String CLASS = "OCG-TRAVEL-CLASS";

    @Test
    @Fires(TRAVEL)
    void paysNonWorkingTravelAtHalfTheRate() {
        Invoice invoice = invoice()
                .add(fee(ASSOCIATE, MARCH_2, "3.0").travel().codes("L330", "A111").narrative("Non-working travel to"
                        + " Chicago for deposition of plant manager"))
                .add(fee(PARTNER, MARCH_2, "2.5").codes("B195", "A111").narrative("Travel from Chicago after"
                        + " creditors' meeting"))
                .build();
        ComplianceReport report = check(invoice);
        assertThat(lines(report, TRAVEL)).containsExactly("1", "2");
        Finding f = findings(report, TRAVEL).get(0);
        assertThat(f.amountAtStake()).isEqualTo(usd("450.00"));
        assertThat(f.adjustment()).isEqualTo(new Adjustment.BillAtPercent(new BigDecimal("50")));
        assertThat(f.message()).isEqualTo("Entry 1 (3.0 h on 2026-03-02 by TK-A1) is non-working travel billed at"
                + " 900.00; the guidelines pay travel time at 50% of the rate (450.00).");
    }

    @Test
    @NearMiss(TRAVEL)
    void travelWrittenDownToHalfAndWorkingTravelPass() {
        Invoice invoice = invoice()
                .add(fee(ASSOCIATE, MARCH_2, "3.0").travel().adjustment("-450.00").codes("L330", "A111")
                        .narrative("Non-working travel to Chicago for deposition of plant manager"))
                .add(fee(PARTNER, MARCH_2, "2.0").codes("L330", "A101").narrative("Prepare outline for deposition"
                        + " of plant manager during flight to Chicago"))
                .build();
        assertThat(findings(check(invoice), TRAVEL)).isEmpty();
        ComplianceReport fullRate = check(invoice().add(fee(ASSOCIATE, MARCH_2, "3.0").travel().codes("L330", "A111")
                .narrative("Non-working travel to Chicago")).build(),
                Guideline.profile(TRAVEL, "ratePercent", ParameterValue.decimal("100")));
        assertThat(findings(fullRate, TRAVEL)).isEmpty();
    }

    @Test
    @Fires(TRAVEL)
    void aReducedUnitCostIsStillComparedWithItself() {
        // the rule compares the total with the line's own rate: travel must show the full rate and a write-down
        Invoice invoice = invoice().add(fee(ASSOCIATE, MARCH_2, "3.0").travel().rate("150").codes("L330", "A111")
                .narrative("Non-working travel to Chicago")).build();
        assertThat(findings(check(invoice), TRAVEL)).extracting(Finding::amountAtStake).containsExactly(usd("225.00"));
    }

    @Test
    @Fires(CLASS)
    void flagsFirstAndBusinessClassTravel() {
        Invoice invoice = invoice()
                .add(expense(MARCH_2, "E110", "1", "1450.00").narrative("First class airfare to Chicago for"
                        + " deposition"))
                .add(expense(MARCH_2, "E110", "1", "980.00").narrative("Business class airfare LGA-ORD for mediation"))
                .build();
        ComplianceReport report = check(invoice);
        assertThat(lines(report, CLASS)).containsExactly("1", "2");
        Finding f = findings(report, CLASS).get(0);
        assertThat(f.message()).isEqualTo("Expense 1 (E110, 1 unit at 1,450.00 on 2026-03-02) is described as"
                + " 'first class' travel; the guidelines pay economy fares and standard rooms only.");
        assertThat(f.amountAtStake()).isEqualTo(usd("0.00"));
        assertThat(f.adjustment()).isNull();
    }

    @Test
    @NearMiss(CLASS)
    void coachFaresAndLuxuryWordsOnOtherExpensesPass() {
        Invoice invoice = invoice()
                .add(expense(MARCH_2, "E110", "1", "420.00").narrative("Coach airfare to Chicago for deposition"))
                .add(expense(MARCH_2, "E111", "1", "38.50").narrative("Working dinner at First Class Grill during"
                        + " trial"))
                .add(expense(MARCH_2, "E108", "1", "12.40").narrative("First-class postage for service of"
                        + " subpoena"))
                .build();
        assertThat(findings(check(invoice), CLASS)).isEmpty();
    }
}

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
import dev.legalbilling.ledes.LedesFileResult;
import dev.legalbilling.ledes.LedesInvoice;
import dev.legalbilling.ledes.LedesReader;
import dev.legalbilling.rules.Adjustment;
import dev.legalbilling.rules.ComplianceReport;
import dev.legalbilling.rules.Finding;
import dev.legalbilling.rules.ParameterValue;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

@RuleFile("travel.drl")
class TravelRulesTest {
    private static final String TRAVEL = "OCG-TRAVEL";
    private static final String CLASS = "OCG-TRAVEL-CLASS";
    /** LEDES 1998B has no travel flag: line 1 says travel only in its narrative, line 2 is ordinary work. */
    private static final String LEDES = """
            LEDES1998B[]
            INVOICE_DATE|INVOICE_NUMBER|CLIENT_ID|LAW_FIRM_MATTER_ID|INVOICE_TOTAL|BILLING_START_DATE|\
            BILLING_END_DATE|INVOICE_DESCRIPTION|LINE_ITEM_NUMBER|EXP/FEE/INV_ADJ_TYPE|LINE_ITEM_NUMBER_OF_UNITS|\
            LINE_ITEM_ADJUSTMENT_AMOUNT|LINE_ITEM_TOTAL|LINE_ITEM_DATE|LINE_ITEM_TASK_CODE|LINE_ITEM_EXPENSE_CODE|\
            LINE_ITEM_ACTIVITY_CODE|TIMEKEEPER_ID|LINE_ITEM_DESCRIPTION|LAW_FIRM_ID|LINE_ITEM_UNIT_COST|\
            TIMEKEEPER_NAME|TIMEKEEPER_CLASSIFICATION|CLIENT_MATTER_ID[]
            20260406|INV-2026-0301|ACME-INS|M-100|2300.00|20260301|20260331|Legal services|1|F|3.0|0|1200.00|\
            20260302|L330||A111|TK-A1|Travel to Newark for deposition of plant manager|13-4567890|400.00|\
            Lind, Bo|ASSOC|CLM-1[]
            20260406|INV-2026-0301|ACME-INS|M-100|2300.00|20260301|20260331|Legal services|2|F|2.0|0|1100.00|\
            20260302|L330||A101|TK-P1|Prepare outline for deposition of plant manager|13-4567890|550.00|\
            Marsh, Ada|PARTNR|CLM-1[]
            """;

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
    @Fires(TRAVEL)
    void recognisesTravelOnLedesInputFromTheNarrative() {
        Invoice invoice = ledes(LEDES);
        assertThat(invoice.lines()).noneMatch(l -> l.nonWorkingTravel());
        ComplianceReport report = check(invoice);
        assertThat(lines(report, TRAVEL)).as("the travel narrative fires, the ordinary line does not")
                .containsExactly("1");
        Finding f = findings(report, TRAVEL).get(0);
        assertThat(f.amountAtStake()).isEqualTo(usd("600.00"));
        assertThat(f.adjustment()).isEqualTo(new Adjustment.BillAtPercent(new BigDecimal("50")));
    }

    @Test
    @NearMiss(TRAVEL)
    void anEmptyPhraseListLeavesTheFlagAndB195Only() {
        ComplianceReport report = check(ledes(LEDES),
                Guideline.profile(TRAVEL, "travelPhrases", ParameterValue.strings(List.of())));
        assertThat(findings(report, TRAVEL)).isEmpty();
        Invoice flaggedAndCoded = invoice()
                .add(fee(ASSOCIATE, MARCH_2, "3.0").travel().codes("L330", "A111").narrative("Drive to Newark"))
                .add(fee(PARTNER, MARCH_2, "2.5").codes("B195", "A111").narrative("Return from Newark"))
                .add(fee(ASSOCIATE, MARCH_2, "2.0").codes("L330", "A111").narrative("Travel time to Newark"))
                .build();
        assertThat(lines(check(flaggedAndCoded, Guideline.profile(TRAVEL, "travelPhrases",
                ParameterValue.strings(List.of()))), TRAVEL)).containsExactly("1", "2");
        assertThat(lines(check(flaggedAndCoded), TRAVEL)).as("with the default phrases the narrative counts too")
                .containsExactly("1", "2", "3");
    }

    @Test
    @NearMiss(TRAVEL)
    void travelPhrasesMatchWholeWordsOnly() {
        Invoice invoice = invoice()
                .add(fee(ASSOCIATE, MARCH_2, "2.0").codes("L330", "A101").narrative("Prepare outline for deposition"
                        + " of plant manager during flight to Chicago"))
                .add(fee(ASSOCIATE, MARCH_2, "1.0").codes("L120", "A104").narrative("Review travel-to-work records"
                        + " of plaintiff for damages analysis"))
                .add(fee(ASSOCIATE, MARCH_2, "1.0").codes("L120", "A104").narrative("Review time-travel timeline"
                        + " exhibits prepared by plaintiff's expert"))
                .build();
        assertThat(findings(check(invoice), TRAVEL)).isEmpty();
    }

    private static Invoice ledes(String content) {
        LedesFileResult read = LedesReader.create().readAll(content, "travel.txt");
        assertThat(read.hasErrors()).as("%s", read.allIssues()).isFalse();
        List<LedesInvoice> invoices = read.builtInvoices();
        assertThat(invoices).hasSize(1);
        return invoices.get(0).invoice();
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

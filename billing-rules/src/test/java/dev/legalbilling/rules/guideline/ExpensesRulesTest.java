package dev.legalbilling.rules.guideline;

import static dev.legalbilling.rules.guideline.Guideline.MARCH_2;
import static dev.legalbilling.rules.guideline.Guideline.check;
import static dev.legalbilling.rules.guideline.Guideline.dec;
import static dev.legalbilling.rules.guideline.Guideline.expense;
import static dev.legalbilling.rules.guideline.Guideline.findings;
import static dev.legalbilling.rules.guideline.Guideline.invoice;
import static dev.legalbilling.rules.guideline.Guideline.lines;
import static dev.legalbilling.rules.guideline.Guideline.usd;
import static org.assertj.core.api.Assertions.assertThat;

import dev.legalbilling.invoice.Invoice;
import dev.legalbilling.money.Money;
import dev.legalbilling.rules.Adjustment;
import dev.legalbilling.rules.ComplianceReport;
import dev.legalbilling.rules.Finding;
import dev.legalbilling.rules.GuidelineProfile;
import dev.legalbilling.rules.ParameterValue;
import dev.legalbilling.work.Receipt;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@RuleFile("expenses.drl")
class ExpensesRulesTest {
    private static final String NOT_ALLOWED = "OCG-EXPENSE-NOT-ALLOWED";
    private static final String CAP = "OCG-EXPENSE-CAP";
    private static final String RECEIPT = "OCG-RECEIPT-REQUIRED";

    @Test
    @Fires(NOT_ALLOWED)
    void disallowsFaxAndTelephoneCharges() {
        Invoice invoice = invoice()
                .add(expense(MARCH_2, "E104", "12", "1.00").narrative("Facsimile transmission of notice to opposing"
                        + " counsel"))
                .add(expense(MARCH_2, "E105", "1", "8.75").narrative("Conference call service for expert call"))
                .build();
        ComplianceReport report = check(invoice);
        assertThat(lines(report, NOT_ALLOWED)).containsExactly("1", "2");
        Finding f = findings(report, NOT_ALLOWED).get(0);
        assertThat(f.message()).isEqualTo("Expense 1 (E104, 12 units at 1.00 on 2026-03-02) is an expense of a kind"
                + " (E104) the guidelines do not reimburse.");
        assertThat(f.amountAtStake()).isEqualTo(usd("12.00"));
        assertThat(f.adjustment()).isEqualTo(new Adjustment.Disallow());
    }

    @Test
    @NearMiss(NOT_ALLOWED)
    void reimbursableCodesPass() {
        Invoice invoice = invoice().add(expense(MARCH_2, "E101", "120", "0.10").narrative("Copies of exhibits"))
                .add(expense(MARCH_2, "E115", "1", "612.40").narrative("Deposition transcript of plant manager"))
                .build();
        assertThat(findings(check(invoice), NOT_ALLOWED)).isEmpty();
    }

    @Test
    @Fires(CAP)
    void capsCopiesPerPageAndMealsPerItem() {
        Invoice invoice = invoice()
                .add(expense(MARCH_2, "E101", "200", "0.25").narrative("Photocopies of document production"))
                .add(expense(MARCH_2, "E111", "1", "62.50").narrative("Working lunch during deposition"))
                .build();
        ComplianceReport report = check(invoice);
        assertThat(lines(report, CAP)).containsExactly("1", "2");
        List<Finding> found = findings(report, CAP);
        assertThat(found.get(0).amountAtStake()).isEqualTo(usd("30.00"));
        assertThat(found.get(0).adjustment()).isEqualTo(new Adjustment.CapAmount(Money.of("20.00", "USD")));
        assertThat(found.get(0).message()).isEqualTo("Expense 1 (E101, 200 units at 0.25 on 2026-03-02) is charged"
                + " at 0.25 a unit, above the cap of 0.10 for E101.");
        assertThat(found.get(1).amountAtStake()).isEqualTo(usd("12.50"));
        assertThat(found.get(1).adjustment()).isEqualTo(new Adjustment.CapAmount(Money.of("50.00", "USD")));
    }

    @Test
    @NearMiss(CAP)
    void chargesAtTheCapPass() {
        Invoice invoice = invoice()
                .add(expense(MARCH_2, "E101", "200", "0.10").narrative("Photocopies of document production"))
                .add(expense(MARCH_2, "E111", "1", "50.00").narrative("Working lunch during deposition"))
                .add(expense(MARCH_2, "E115", "1", "950.00").narrative("Expedited deposition transcript"))
                .build();
        assertThat(findings(check(invoice), CAP)).isEmpty();
    }

    @Test
    @Fires(CAP)
    void theProfileSetsTheCapsAndThePerUnitCapIsReportedFirst() {
        GuidelineProfile caps = Guideline.profile()
                .parameter(CAP, "unitCaps", ParameterValue.decimalMap(Map.of("E101", dec("0.15"), "E111",
                        dec("40"))))
                .parameter(CAP, "itemCaps", ParameterValue.decimalMap(Map.of("E111", dec("100"), "E115",
                        dec("750")))).build();
        Invoice invoice = invoice()
                .add(expense(MARCH_2, "E101", "200", "0.15").narrative("Photocopies of document production"))
                .add(expense(MARCH_2, "E111", "3", "45.00").narrative("Working lunch for three during deposition"))
                .add(expense(MARCH_2, "E115", "1", "950.00").narrative("Expedited deposition transcript"))
                .build();
        ComplianceReport report = check(invoice, caps);
        assertThat(lines(report, CAP)).containsExactly("2", "3");
        assertThat(findings(report, CAP).get(0).adjustment())
                .isEqualTo(new Adjustment.CapAmount(Money.of("120.00", "USD")));
        assertThat(findings(report, CAP).get(1).amountAtStake()).isEqualTo(usd("200.00"));
    }

    @Test
    @Fires(RECEIPT)
    void flagsAMissingReceiptAboveTheThreshold() {
        Invoice invoice = invoice().add(expense(MARCH_2, "E107", "1", "180.00").receipt(Receipt.MISSING)
                .narrative("Overnight courier of original exhibits")).build();
        ComplianceReport report = check(invoice);
        assertThat(lines(report, RECEIPT)).containsExactly("1");
        Finding f = findings(report, RECEIPT).get(0);
        assertThat(f.message()).isEqualTo("Expense 1 (E107, 1 unit at 180.00 on 2026-03-02) totals 180.00 and has"
                + " no receipt; the guidelines require one above 75.00.");
        assertThat(f.amountAtStake()).isEqualTo(usd("180.00"));
        assertThat(f.adjustment()).isNull();
    }

    @Test
    @NearMiss(RECEIPT)
    void atTheThresholdOrWithAReceiptOrWhenUnknownItPasses() {
        Invoice invoice = invoice()
                .add(expense(MARCH_2, "E107", "1", "75.00").receipt(Receipt.MISSING))
                .add(expense(MARCH_2, "E107", "1", "180.00").receipt(Receipt.ATTACHED))
                .add(expense(MARCH_2, "E107", "1", "180.00").receipt(Receipt.UNKNOWN))
                .build();
        assertThat(findings(check(invoice), RECEIPT)).isEmpty();
        assertThat(lines(check(invoice, Guideline.profile(RECEIPT, "threshold", ParameterValue.money(dec("25")))),
                RECEIPT)).containsExactly("1");
    }
}

package dev.legalbilling.rules.guideline;

import static dev.legalbilling.rules.guideline.Guideline.ASSOCIATE;
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
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

@RuleFile("dates.drl")
class DatesRulesTest {
    private static final String OUTSIDE = "OCG-OUTSIDE-PERIOD";
    private static final String LATE_ENTRY = "OCG-LATE-ENTRY";
    private static final String LATE_INVOICE = "OCG-LATE-SUBMISSION";

    @Test
    @Fires(OUTSIDE)
    void disallowsChargesDatedOutsideTheBillingPeriod() {
        Invoice invoice = invoice()
                .add(fee(ASSOCIATE, LocalDate.of(2026, 2, 28), "1.0"))
                .add(expense(LocalDate.of(2026, 4, 1), "E107", "1", "35.00"))
                .build();
        ComplianceReport report = check(invoice);
        assertThat(lines(report, OUTSIDE)).containsExactly("1", "2");
        Finding f = findings(report, OUTSIDE).get(0);
        assertThat(f.message()).isEqualTo("Entry 1 (1.0 h on 2026-02-28 by TK-A1) is dated outside the billing"
                + " period 2026-03-01 to 2026-03-31.");
        assertThat(f.adjustment()).isEqualTo(new Adjustment.Disallow());
        assertThat(f.amountAtStake()).isEqualTo(usd("300.00"));
    }

    @Test
    @NearMiss(OUTSIDE)
    void theFirstAndLastDayOfThePeriodAreInside() {
        Invoice invoice = invoice()
                .add(fee(ASSOCIATE, LocalDate.of(2026, 3, 1), "1.0"))
                .add(expense(LocalDate.of(2026, 3, 31), "E107", "1", "35.00"))
                .build();
        assertThat(findings(check(invoice), OUTSIDE)).isEmpty();
    }

    @Test
    @Fires(LATE_ENTRY)
    void disallowsChargesMoreThanNinetyDaysOld() {
        Invoice invoice = invoice().period(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31))
                .add(fee(ASSOCIATE, LocalDate.of(2026, 1, 5), "1.0"))
                .add(fee(ASSOCIATE, LocalDate.of(2026, 1, 6), "1.0"))
                .build();
        ComplianceReport report = check(invoice);
        assertThat(lines(report, LATE_ENTRY)).containsExactly("1");
        assertThat(findings(report, LATE_ENTRY).get(0).message()).isEqualTo("Entry 1 (1.0 h on 2026-01-05 by TK-A1)"
                + " is 91 days old at the invoice date 2026-04-06; the guidelines do not pay charges older than 90"
                + " days.");
        assertThat(findings(report, OUTSIDE)).isEmpty();
    }

    @Test
    @NearMiss(LATE_ENTRY)
    void exactlyNinetyDaysOldOrAWiderLimitIsFine() {
        Invoice invoice = invoice().period(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31))
                .add(fee(ASSOCIATE, LocalDate.of(2026, 1, 6), "1.0"))
                .build();
        assertThat(findings(check(invoice), LATE_ENTRY)).isEmpty();
        Invoice older = invoice().period(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31))
                .add(fee(ASSOCIATE, LocalDate.of(2026, 1, 2), "1.0")).build();
        assertThat(findings(check(older, Guideline.profile(LATE_ENTRY, "maxAgeDays", ParameterValue.integer(120))),
                LATE_ENTRY)).isEmpty();
    }

    @Test
    @Fires(LATE_INVOICE)
    void flagsAnInvoiceSentMoreThanSixtyDaysAfterThePeriod() {
        Invoice invoice = invoice().dated(LocalDate.of(2026, 5, 31)).add(fee(ASSOCIATE, LocalDate.of(2026, 3, 30),
                "1.0")).build();
        ComplianceReport report = check(invoice);
        assertThat(lines(report, LATE_INVOICE)).containsExactly("");
        Finding f = findings(report, LATE_INVOICE).get(0);
        assertThat(f.message()).isEqualTo("Invoice INV-2026-0301 is dated 2026-05-31, 61 days after its billing period"
                + " ended on 2026-03-31; the guidelines require invoices within 60 days.");
        assertThat(f.amountAtStake()).isEqualTo(usd("0.00"));
        assertThat(f.adjustment()).isNull();
    }

    @Test
    @NearMiss(LATE_INVOICE)
    void sixtyDaysAfterThePeriodIsOnTime() {
        Invoice invoice = invoice().dated(LocalDate.of(2026, 5, 30)).add(fee(ASSOCIATE, LocalDate.of(2026, 3, 30),
                "1.0")).build();
        assertThat(findings(check(invoice), LATE_INVOICE)).isEmpty();
        assertThat(lines(check(invoice, Guideline.profile(LATE_INVOICE, "maxDays", ParameterValue.integer(30))),
                LATE_INVOICE)).containsExactly("");
    }
}

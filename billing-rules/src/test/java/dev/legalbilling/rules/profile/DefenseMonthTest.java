package dev.legalbilling.rules.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.legalbilling.invoice.Invoice;
import dev.legalbilling.money.Money;
import dev.legalbilling.rules.Action;
import dev.legalbilling.rules.Adjustment;
import dev.legalbilling.rules.ComplianceReport;
import dev.legalbilling.rules.Finding;
import dev.legalbilling.rules.RuleEngine;
import dev.legalbilling.rules.Severity;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The pack with the insurance-defense example profile on a realistic month of litigation work: every finding is one
 * a carrier's bill reviewer would make, and the narratives that only look like violations pass.
 */
class DefenseMonthTest {
    private static RuleEngine engine;
    private static ScopedProfile profile;
    private static ComplianceReport report;

    @BeforeAll
    static void check() {
        engine = RuleEngine.builder().addBundled("guideline").build();
        profile = ProfileReader.forEngine(engine).read(ProfileReaderTest.PROFILES.resolve("insurance-defense.yaml"));
        report = engine.check(DefenseMonth.request(profile));
    }

    @AfterAll
    static void close() {
        engine.close();
    }

    @Test
    void findsWhatACarriersBillReviewerWouldFindAndNothingElse() {
        // lines 21 and 22 are by timekeepers off the approved roster: OCG-UNAPPROVED-TIMEKEEPER's alone, the class
        // rates apply to approved timekeepers only
        assertThat(report.findings()).extracting(f -> f.lineItemNumber() == null ? "" : f.lineItemNumber(),
                Finding::ruleId).containsExactly(
                tuple("", "OCG-BUDGET"),
                tuple("3", "OCG-INCREMENT"),
                tuple("6", "OCG-CLERICAL"),
                tuple("7", "OCG-RATE-ABOVE-APPROVED"),
                tuple("8", "OCG-INTERNAL-CONFERENCE"),
                tuple("9", "OCG-VAGUE-DESCRIPTION"),
                tuple("11", "OCG-RATE-ABOVE-APPROVED"),
                tuple("13", "OCG-RESEARCH-LIMIT"),
                tuple("15", "OCG-DAILY-HOURS"),
                tuple("16", "OCG-LONG-ENTRY"),
                tuple("17", "OCG-LONG-ENTRY"),
                tuple("17", "OCG-MULTIPLE-ATTENDEES"),
                tuple("19", "OCG-TRAVEL"),
                tuple("20", "OCG-STAFFING-LEVEL"),
                // the new associate is not on the team, and even if he were, associates are approved at 185
                tuple("21", "OCG-TRAINING"),
                tuple("21", "OCG-UNAPPROVED-TIMEKEEPER"),
                tuple("21", "OCG-VAGUE-DESCRIPTION"),
                tuple("22", "OCG-UNAPPROVED-TIMEKEEPER"),
                tuple("23", "OCG-CHIPPING"),
                tuple("28", "OCG-RATE-ABOVE-APPROVED"),
                tuple("30", "OCG-BLOCK-BILLING"),
                tuple("32", "OCG-DUPLICATE-ENTRY"),
                tuple("33", "OCG-OUTSIDE-PERIOD"),
                tuple("34", "OCG-MISSING-CODE"),
                tuple("41", "OCG-EXPENSE-CAP"),
                tuple("42", "OCG-EXPENSE-NOT-ALLOWED"),
                tuple("43", "OCG-RECEIPT-REQUIRED"),
                tuple("44", "OCG-TRAVEL-CLASS"),
                tuple("45", "OCG-EXPENSE-CAP"));
    }

    @Test
    void citesTheClientsClausesWithTheProfilesSeveritiesAndActions() {
        Finding daily = only("OCG-DAILY-HOURS");
        assertThat(daily.citation()).isEqualTo("Panel Counsel Litigation Guidelines (2026) § 4.6");
        assertThat(daily.severity()).isEqualTo(Severity.ERROR);
        assertThat(daily.action()).isEqualTo(Action.ADJUST);
        assertThat(daily.message()).isEqualTo("Timekeeper TK-A1 billed 8.5 h on 2026-03-10, 0.5 h above the daily cap"
                + " of 8.0 h; entry 15 (3.5 h) takes the day past the cap.");
        assertThat(daily.adjustment()).isEqualTo(new Adjustment.ReduceUnits(new BigDecimal("3.0")));
        Finding research = only("OCG-RESEARCH-LIMIT");
        assertThat(research.amountAtStake()).isEqualTo(Money.of("97.50", "USD"));
        assertThat(only("OCG-UNAPPROVED-TIMEKEEPER", "22").action()).isEqualTo(Action.REJECT);
        assertThat(only("OCG-CHIPPING").severity()).isEqualTo(Severity.INFO);
    }

    @Test
    void theDefaultsWouldAlsoFlagTheSchedulingOrderWhichTheClientsProfileDoesNot() {
        ComplianceReport defaults = engine.check(DefenseMonth.invoice(), DefenseMonth.MATTER, null);
        assertThat(defaults.findings()).filteredOn(f -> "26".equals(f.lineItemNumber())).extracting(Finding::ruleId)
                .containsExactly("OCG-CLERICAL");
        assertThat(report.findings()).extracting(Finding::lineItemNumber).doesNotContain("26", "27", "37");
    }

    @Test
    void applyingTheFindingsWritesTheInvoiceDownWithOneAdjustmentLinePerLine() {
        Invoice invoice = DefenseMonth.invoice();
        Invoice adjusted = report.applyTo(invoice);
        assertThat(adjusted.lines().subList(0, invoice.lines().size())).isEqualTo(invoice.lines());
        long adjustedLines = report.findings().stream().filter(f -> f.action() != Action.FLAG
                && f.lineItemNumber() != null).map(Finding::lineItemNumber).distinct().count();
        assertThat(adjusted.lines()).hasSize(invoice.lines().size() + (int) adjustedLines);
        // hand-worked write-downs: 0.25 h rounded down to 0.2 h at 195; clerical 0.5 h at 95 rejected; the day's
        // 0.5 h excess at 195; the second attendee's 6.5 h at 195 rejected (the long-entry flag changes nothing);
        // travel at half of 2.0 h x 195; copies capped at 340 x 0.10
        assertThat(writeDown(adjusted, "3")).isEqualTo(Money.of("-9.75", "USD"));
        assertThat(writeDown(adjusted, "6")).isEqualTo(Money.of("-47.50", "USD"));
        assertThat(writeDown(adjusted, "15")).isEqualTo(Money.of("-97.50", "USD"));
        assertThat(writeDown(adjusted, "17")).isEqualTo(Money.of("-1267.50", "USD"));
        assertThat(writeDown(adjusted, "19")).isEqualTo(Money.of("-195.00", "USD"));
        assertThat(writeDown(adjusted, "41")).isEqualTo(Money.of("-34.00", "USD"));
        assertThat(writeDown(adjusted, "16")).as("flagged only").isNull();
    }

    private static Money writeDown(Invoice adjusted, String line) {
        return adjusted.lines().stream().filter(l -> l.narrative().startsWith("Adjustment of line " + line + " ("))
                .map(l -> l.total()).findFirst().orElse(null);
    }

    private static Finding only(String rule) {
        List<Finding> found = report.findings().stream().filter(f -> f.ruleId().equals(rule)).toList();
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    private static Finding only(String rule, String line) {
        return report.findings().stream().filter(f -> f.ruleId().equals(rule) && line.equals(f.lineItemNumber()))
                .findFirst().orElseThrow();
    }
}

package dev.legalbilling.rules;

import static dev.legalbilling.rules.Fixtures.ASSOCIATE;
import static dev.legalbilling.rules.Fixtures.MONDAY;
import static dev.legalbilling.rules.Fixtures.PARTNER;
import static dev.legalbilling.rules.Fixtures.TUESDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.legalbilling.invoice.Invoice;
import dev.legalbilling.money.Money;
import java.math.BigDecimal;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DemoPackTest {
    private static RuleEngine engine;

    @BeforeAll
    static void load() {
        engine = RuleEngine.builder().addBundled("demo").build();
    }

    @AfterAll
    static void close() {
        engine.close();
    }

    @Test
    void loadsTheBundledPackFromItsBuildTimeModel() {
        RuleSetInfo demo = engine.ruleSets().get(0);
        assertThat(demo.id()).isEqualTo("demo");
        assertThat(demo.version()).isEqualTo("1.0.0");
        assertThat(demo.sha256()).hasSize(64);
        assertThat(demo.precompiled()).as("loaded from the build-time executable model").isTrue();
        assertThat(demo.rules()).extracting(RuleDefinition::id)
                .containsExactly("DEMO-BLANK-TASK-CODE", "DEMO-DAILY-HOURS", "DEMO-SINGLE-ENTRY");
    }

    @Test
    void flagsDailyHoursAboveTheDefaultCapOnTheLargestEntry() {
        Invoice invoice = Fixtures.invoice("INV-1")
                .fee(PARTNER, MONDAY, "6.5", "L110")
                .fee(PARTNER, MONDAY, "4.5", "L120")
                .fee(ASSOCIATE, MONDAY, "9", "L110")
                .build();
        ComplianceReport report = engine.check(invoice, null, null);
        assertThat(report.findings()).extracting(Finding::ruleId, Finding::lineItemNumber)
                .containsExactly(tuple("DEMO-DAILY-HOURS", "1"), tuple("DEMO-SINGLE-ENTRY", "3"));
        Finding daily = report.findings().get(0);
        assertThat(daily.message()).isEqualTo("Timekeeper TK-P1 billed 11.0 hours on 2026-03-02 across 2 entries,"
                + " above the daily cap of 10 hours by 1.0 hours.");
        assertThat(daily.severity()).isEqualTo(Severity.WARNING);
        assertThat(daily.action()).isEqualTo(Action.ADJUST);
        assertThat(daily.adjustment()).isEqualTo(new Adjustment.ReduceUnits(new BigDecimal("5.5")));
        assertThat(daily.amountAtStake()).isEqualTo(Money.of("450.00", "USD"));
        assertThat(daily.sourceLine()).isEqualTo(3);
    }

    @Test
    void readsThresholdsFromTheProfile() {
        Invoice invoice = Fixtures.invoice("INV-2")
                .fee(PARTNER, MONDAY, "7", "L110")
                .fee(PARTNER, TUESDAY, "3", "L110")
                .build();
        GuidelineProfile strict = GuidelineProfile.builder("strict")
                .parameter("DEMO-DAILY-HOURS", "maxHoursPerDay", ParameterValue.decimal("6"))
                .parameter("DEMO-SINGLE-ENTRY", "maxHoursPerEntry", ParameterValue.decimal("6.5"))
                .citation("DEMO-DAILY-HOURS", "Acme OCG §4.2")
                .severity("DEMO-DAILY-HOURS", Severity.ERROR)
                .build();
        ComplianceReport report = engine.check(invoice, null, strict);
        assertThat(report.findings()).extracting(Finding::ruleId, Finding::lineItemNumber, Finding::severity,
                Finding::citation).containsExactly(
                tuple("DEMO-DAILY-HOURS", "1", Severity.ERROR, "Acme OCG §4.2"),
                tuple("DEMO-SINGLE-ENTRY", "1", Severity.WARNING, "ABA Model Rule 1.5(a)"));
        assertThat(engine.check(invoice, null, null).findings()).isEmpty();
    }

    @Test
    void disabledRulesDoNotFire() {
        Invoice invoice = Fixtures.invoice("INV-3").fee(PARTNER, MONDAY, "2", null).build();
        assertThat(engine.check(invoice, null, null).findings()).extracting(Finding::ruleId)
                .containsExactly("DEMO-BLANK-TASK-CODE");
        GuidelineProfile lenient = GuidelineProfile.builder("lenient").disable("DEMO-BLANK-TASK-CODE").build();
        assertThat(engine.check(invoice, null, lenient).findings()).isEmpty();
    }

    @Test
    void appliesAdjustmentsAsNewLinesWithExactTotals() {
        Invoice invoice = Fixtures.invoice("INV-4")
                .fee(PARTNER, MONDAY, "6.5", "L110")
                .fee(PARTNER, MONDAY, "4.5", "L120")
                .fee(ASSOCIATE, TUESDAY, "1.2", null)
                .expense(TUESDAY, "100", "0.15")
                .build();
        ComplianceReport report = engine.check(invoice, null, null);
        Invoice adjusted = report.applyTo(invoice);
        assertThat(adjusted.lines().subList(0, 4)).isEqualTo(invoice.lines());
        assertThat(adjusted.lines()).hasSize(6);
        // daily cap: line 1 reduced from 6.5 to 5.5 hours at 450 = -450.00; blank task code rejects line 3: -360.00
        assertThat(adjusted.lines().get(4).total()).isEqualTo(Money.of("-450.00", "USD"));
        assertThat(adjusted.lines().get(5).total()).isEqualTo(Money.of("-360.00", "USD"));
        assertThat(adjusted.total()).isEqualTo(invoice.total().minus(Money.of("810.00", "USD")));
    }

    @Test
    void adjustsAFinalInvoiceWithCorrectionLinesAndKeepsItFinal() {
        Invoice invoice = Fixtures.invoice("INV-5").fee(PARTNER, MONDAY, "9", "L110").build().finalise();
        ComplianceReport report = engine.check(invoice, null, GuidelineProfile.builder("adjust-all")
                .action("DEMO-SINGLE-ENTRY", Action.ADJUST).build());
        Invoice adjusted = report.applyTo(invoice);
        assertThat(adjusted.status()).isEqualTo(dev.legalbilling.invoice.InvoiceStatus.FINAL);
        assertThat(adjusted.lines()).hasSize(2);
        assertThat(adjusted.lines().get(1).type()).isEqualTo(dev.legalbilling.invoice.LineType.FEE_ADJUSTMENT);
        assertThat(adjusted.lines().get(1).lineNumber()).isEqualTo("2");
        assertThat(adjusted.lines().get(1).total()).isEqualTo(Money.of("-450.00", "USD"));
        assertThat(adjusted.total()).isEqualTo(Money.of("3600.00", "USD"));
    }

    @Test
    void flaggedFindingsLeaveTheInvoiceAlone() {
        Invoice invoice = Fixtures.invoice("INV-6").fee(PARTNER, MONDAY, "9", "L110").build();
        ComplianceReport report = engine.check(invoice, null, null);
        assertThat(report.findings()).extracting(Finding::action).containsExactly(Action.FLAG);
        assertThat(report.applyTo(invoice)).isSameAs(invoice);
    }
}

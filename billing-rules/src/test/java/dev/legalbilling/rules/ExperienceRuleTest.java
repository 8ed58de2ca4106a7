package dev.legalbilling.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.legalbilling.invoice.Invoice;
import dev.legalbilling.invoice.InvoiceLine;
import dev.legalbilling.invoice.InvoiceNumber;
import dev.legalbilling.invoice.LineType;
import dev.legalbilling.money.UnitPrice;
import dev.legalbilling.party.ClientId;
import dev.legalbilling.party.MatterId;
import dev.legalbilling.party.Timekeeper;
import dev.legalbilling.party.TimekeeperClassification;
import dev.legalbilling.rules.fact.TimekeeperFact;
import dev.legalbilling.rules.internal.FactAssembler;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "Research by lawyers with under 2 years' experience" written on {@link TimekeeperFact#yearsOfExperience()}: it
 * fires for a junior lawyer's research, not for a senior's, not at exactly 2 years, and not for a lawyer whose bar
 * admission year is unknown.
 */
class ExperienceRuleTest {
    private static final String RULE = """
            package com.firm.rules;
            import dev.legalbilling.rules.fact.*;
            rule "FIRM-JUNIOR-RESEARCH"
            when
                TimekeeperFact($tk : timekeeperId, lawyer == true, yearsOfExperience >= 0, yearsOfExperience < 2)
                $l : LineFact(timekeeperId == $tk, activityCode == "A102")
            then
                insert(Violation.onLine($l, "Line " + $l.lineNumber() + ": research by a lawyer with under 2 "
                        + "years' experience."));
            end
            """;

    /** Invoice dated 2026-03-31: admitted 2025 is 1 year, 2024 exactly 2, 2019 seven. */
    private static final LocalDate INVOICE_DATE = LocalDate.of(2026, 3, 31);
    private static final Timekeeper JUNIOR = associate("TK-J", 2025);
    private static final Timekeeper TWO_YEARS = associate("TK-T", 2024);
    private static final Timekeeper SENIOR = associate("TK-S", 2019);
    private static final Timekeeper UNKNOWN = associate("TK-U", null);
    private static final Timekeeper JUNIOR_PARALEGAL = Timekeeper.of("TK-PL", "Roe", "Cy",
            TimekeeperClassification.PARALG, UnitPrice.of("120", "USD")).withBarAdmissionYear(2025);

    @Test
    void yearsOfExperienceAreCountedAtTheInvoiceDateAndMinusOneWhenUnknown() {
        List<TimekeeperFact> facts = FactAssembler.assemble(CheckRequest.of(invoice(), null, null)).facts().stream()
                .filter(TimekeeperFact.class::isInstance).map(TimekeeperFact.class::cast).toList();
        assertThat(facts).extracting(TimekeeperFact::timekeeperId, TimekeeperFact::barAdmissionYear,
                TimekeeperFact::yearsOfExperience).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("TK-J", 2025, 1),
                        org.assertj.core.groups.Tuple.tuple("TK-T", 2024, 2),
                        org.assertj.core.groups.Tuple.tuple("TK-S", 2019, 7),
                        org.assertj.core.groups.Tuple.tuple("TK-U", null, TimekeeperFact.UNKNOWN_EXPERIENCE),
                        org.assertj.core.groups.Tuple.tuple("TK-PL", 2025, 1));
        // admitted after the invoice year (a date typo, or an invoice dated back) counts as no experience, not negative
        assertThat(TimekeeperFact.yearsOfExperience(2027, INVOICE_DATE)).isZero();
        assertThat(TimekeeperFact.yearsOfExperience(2026, INVOICE_DATE)).isZero();
    }

    @Test
    void firesForTheJuniorLawyersResearchOnlyInProcessAndInAWorker(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("junior-research.drl"), RULE);
        for (Isolation isolation : List.of(Isolation.inProcess(),
                Isolation.workerJvm().withHeapMegabytes(128).withWorkers(1))) {
            try (RuleEngine engine = RuleEngine.builder().isolation(isolation).addDirectory(dir).build()) {
                ComplianceReport report = engine.check(invoice(), null, null);
                assertThat(report.findings()).as(isolation.toString()).singleElement().satisfies(f -> {
                    assertThat(f.ruleId()).isEqualTo("FIRM-JUNIOR-RESEARCH");
                    assertThat(f.lineItemNumber()).isEqualTo("1");
                });
            }
        }
    }

    @Test
    void doesNotFireWithoutAJuniorLawyerDoingResearch(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("junior-research.drl"), RULE);
        List<InvoiceLine> lines = new ArrayList<>();
        lines.add(line(1, JUNIOR, "A104"));
        lines.add(line(2, SENIOR, "A102"));
        lines.add(line(3, UNKNOWN, "A102"));
        try (RuleEngine engine = RuleEngine.builder().addDirectory(dir).build()) {
            assertThat(engine.check(invoice(lines), null, null).findings()).isEmpty();
        }
    }

    /** Research (A102) by each timekeeper, and the junior's review (A104). */
    private static Invoice invoice() {
        List<InvoiceLine> lines = new ArrayList<>();
        for (Timekeeper tk : List.of(JUNIOR, TWO_YEARS, SENIOR, UNKNOWN, JUNIOR_PARALEGAL)) {
            lines.add(line(lines.size() + 1, tk, "A102"));
        }
        lines.add(line(lines.size() + 1, JUNIOR, "A104"));
        return invoice(lines);
    }

    private static Invoice invoice(List<InvoiceLine> lines) {
        return Invoice.builder(InvoiceNumber.of("EXP-1"), ClientId.of("ACME"), MatterId.of("M-100"))
                .invoiceDate(INVOICE_DATE).period(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31))
                .lines(lines).build();
    }

    private static InvoiceLine line(int number, Timekeeper tk, String activity) {
        return InvoiceLine.builder(String.valueOf(number), LineType.FEE, LocalDate.of(2026, 3, 2 + number))
                .timekeeper(tk).units("1.5").unitCost(tk.standardRate()).codes("L120", activity)
                .narrative("Research case law on summary judgment standard").sourceLine(number + 2)
                .price(RoundingMode.HALF_UP);
    }

    private static Timekeeper associate(String id, Integer admitted) {
        return Timekeeper.of(id, "Lind", "Bo", TimekeeperClassification.ASSOC, UnitPrice.of("300", "USD"))
                .withBarAdmissionYear(admitted);
    }
}

package dev.legalbilling.rules.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.legalbilling.invoice.Invoice;
import dev.legalbilling.invoice.InvoiceLine;
import dev.legalbilling.invoice.InvoiceNumber;
import dev.legalbilling.invoice.LineType;
import dev.legalbilling.json.JsonInputException;
import dev.legalbilling.money.UnitPrice;
import dev.legalbilling.party.ClientId;
import dev.legalbilling.party.MatterId;
import dev.legalbilling.party.Timekeeper;
import dev.legalbilling.party.TimekeeperClassification;
import dev.legalbilling.rules.Finding;
import dev.legalbilling.rules.GuidelineProfile;
import dev.legalbilling.rules.Isolation;
import dev.legalbilling.rules.RuleEngine;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A profile's timekeeper roster carries bar admission years, which rules read on {@code TimekeeperFact} for
 * timekeepers whose invoice does not say them (as a LEDES invoice never does).
 */
class RosterExperienceTest {
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
    private static final String PROFILE = """
            id: acme-roster
            timekeepers:
              - {id: TK-J, classification: ASSOC, barAdmissionYear: 2025}
              - {id: TK-S, classification: ASSOC, barAdmissionYear: 2019}
            """;

    @Test
    void theRostersYearMakesTheRuleFireForTheJuniorOnlyInProcessAndInAWorker(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("junior-research.drl"), RULE);
        for (Isolation isolation : List.of(Isolation.inProcess(),
                Isolation.workerJvm().withHeapMegabytes(256).withWorkers(1))) {
            try (RuleEngine engine = engine(dir, isolation)) {
                GuidelineProfile profile = ProfileReader.forEngine(engine).read("acme.yaml", PROFILE).profile();
                assertThat(profile.barAdmissionYears()).containsEntry("TK-J", 2025).containsEntry("TK-S", 2019);
                assertThat(juniorResearch(engine, invoice(associate("TK-J", null), associate("TK-S", null)),
                        profile)).as(isolation.toString()).extracting(Finding::lineItemNumber).containsExactly("1");
            }
        }
    }

    @Test
    void withoutTheRostersYearsOrAgainstTheInvoicesOwnYearItDoesNotFire(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("junior-research.drl"), RULE);
        try (RuleEngine engine = engine(dir, Isolation.inProcess())) {
            ProfileReader reader = ProfileReader.forEngine(engine);
            GuidelineProfile noYears = reader.read("plain.yaml", """
                    id: acme-plain
                    timekeepers: [{id: TK-J, classification: ASSOC}, {id: TK-S, classification: ASSOC}]
                    """).profile();
            assertThat(juniorResearch(engine, invoice(associate("TK-J", null), associate("TK-S", null)), noYears))
                    .isEmpty();
            GuidelineProfile roster = reader.read("acme.yaml", PROFILE).profile();
            // the invoice says TK-J was admitted in 2019: the invoice's word wins over the roster's
            assertThat(juniorResearch(engine, invoice(associate("TK-J", 2019), associate("TK-S", null)), roster))
                    .isEmpty();
        }
    }

    @Test
    void aRosterReplacesTheInheritedOneYearsIncluded(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("junior-research.drl"), RULE);
        Files.writeString(dir.resolve("base.yaml"), PROFILE);
        Files.writeString(dir.resolve("child.yaml"), "id: child\nextends: base.yaml\n");
        Files.writeString(dir.resolve("own.yaml"), "id: own\nextends: base.yaml\n"
                + "timekeepers: [{id: TK-S, classification: ASSOC}]\n");
        try (RuleEngine engine = engine(dir, Isolation.inProcess())) {
            ProfileReader reader = ProfileReader.forEngine(engine);
            assertThat(reader.read(dir.resolve("child.yaml")).profile().barAdmissionYears())
                    .containsOnlyKeys("TK-J", "TK-S");
            assertThat(reader.read(dir.resolve("own.yaml")).profile().barAdmissionYears()).isEmpty();
        }
    }

    @Test
    void aYearOutOfRangeIsRefusedAtItsLine(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("junior-research.drl"), RULE);
        try (RuleEngine engine = engine(dir, Isolation.inProcess())) {
            assertThatThrownBy(() -> ProfileReader.forEngine(engine).read("acme.yaml", """
                    id: acme
                    timekeepers:
                      - {id: TK-J, classification: ASSOC, barAdmissionYear: 1850}
                    """)).isInstanceOfSatisfying(JsonInputException.class, e -> {
                        assertThat(e.path()).isEqualTo("timekeepers[0].barAdmissionYear");
                        assertThat(e.line()).isEqualTo(3);
                        assertThat(e.problem()).isEqualTo("1850 must be a year between 1900 and 2999");
                    });
            assertThatThrownBy(() -> ProfileReader.forEngine(engine).read("acme.yaml", """
                    id: acme
                    timekeepers:
                      - {id: TK-J, classification: ASSOC, barAdmissionYear: 2025.5}
                    """)).isInstanceOfSatisfying(JsonInputException.class, e -> {
                        assertThat(e.path()).isEqualTo("timekeepers[0].barAdmissionYear");
                        assertThat(e.problem()).isEqualTo("2025.5 must be a whole year");
                    });
        }
    }

    private static RuleEngine engine(Path dir, Isolation isolation) {
        return RuleEngine.builder().isolation(isolation).addBundled("guideline").addDirectory(dir).build();
    }

    private static List<Finding> juniorResearch(RuleEngine engine, Invoice invoice, GuidelineProfile profile) {
        return engine.check(invoice, null, profile).findings().stream()
                .filter(f -> f.ruleId().equals("FIRM-JUNIOR-RESEARCH")).toList();
    }

    /** Research (A102) by each timekeeper, dated 2026-03-31: admitted 2025 is 1 year, 2019 seven. */
    private static Invoice invoice(Timekeeper first, Timekeeper second) {
        return Invoice.builder(InvoiceNumber.of("EXP-2"), ClientId.of("ACME"), MatterId.of("M-100"))
                .invoiceDate(LocalDate.of(2026, 3, 31)).period(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31))
                .line(line(1, first)).line(line(2, second)).build();
    }

    private static InvoiceLine line(int number, Timekeeper tk) {
        return InvoiceLine.builder(String.valueOf(number), LineType.FEE, LocalDate.of(2026, 3, 2 + number))
                .timekeeper(tk).units("1.5").unitCost(tk.standardRate()).codes("L120", "A102")
                .narrative("Research case law on summary judgment standard").price(RoundingMode.HALF_UP);
    }

    private static Timekeeper associate(String id, Integer admitted) {
        return Timekeeper.of(id, "Lind", "Bo", TimekeeperClassification.ASSOC, UnitPrice.of("300", "USD"))
                .withBarAdmissionYear(admitted);
    }
}

package dev.legalbilling.cli.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.legalbilling.cli.Cli;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code billing check --matter} and {@code --prior-fees}: the matter's budget reaches the guideline pack. */
class MatterOptionTest {
    @TempDir
    Path temp;

    /** March 2026 of Acme v. Globex: USD 78,670.50 of fees. */
    private static final Path ACME = Cli.repositoryFile("samples/invoices/acme-v-globex-2026-03.ledes");
    /** Its matter: 2025-0419, budget USD 250,000.00. */
    private static final Path ACME_MATTER = Cli.repositoryFile("samples/data/matters/acme-v-globex.yaml");

    private static boolean hasBudgetFinding(Cli.Result r) {
        return r.outLines().stream().anyMatch(l -> l.contains("OCG-BUDGET"));
    }

    @Test
    void priorFeesAndTheMattersBudgetPutTheInvoiceOverBudget() {
        Cli.Result r = Cli.run("check", "--pack=guideline", "--no-default-packs", "--matter", ACME_MATTER,
                "--prior-fees", "200000.00", ACME);

        assertThat(r.err()).isEmpty();
        assertThat(r.outLines()).anySatisfy(l -> assertThat(l).contains("OCG-BUDGET invoice:")
                .contains("278,670.50").contains("200,000.00 billed before").contains("28,670.50 above the budget"
                        + " of 250,000.00"));
    }

    @Test
    void withinTheBudgetOrWithoutTheMatterThereIsNoBudgetFinding() {
        Cli.Result within = Cli.run("check", "--pack=guideline", "--no-default-packs", "--matter", ACME_MATTER,
                "--prior-fees", "171329.50", ACME);
        Cli.Result withoutMatter = Cli.run("check", "--pack=guideline", "--no-default-packs", ACME);

        // 171,329.50 + 78,670.50 = 250,000.00: exactly the budget is not over it.
        assertThat(within.err()).isEmpty();
        assertThat(hasBudgetFinding(within)).isFalse();
        assertThat(hasBudgetFinding(withoutMatter)).isFalse();
    }

    @Test
    void aMatterFileOfAnotherMatterLeavesTheInvoiceUnmatched() throws IOException {
        Path other = Files.writeString(temp.resolve("other.yaml"), Files.readString(ACME_MATTER)
                .replace("id: \"2025-0419\"", "id: \"2025-9999\"").replace("budget: \"250000.00\"",
                        "budget: \"1000.00\""));

        Cli.Result r = Cli.run("check", "--pack=guideline", "--no-default-packs", "--matter", other, ACME);

        assertThat(r.err()).isEmpty();
        assertThat(hasBudgetFinding(r)).isFalse();
    }

    /** Research (A102) by a lawyer admitted under 2 years before the invoice date. */
    private static final String JUNIOR_RESEARCH = """
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

    @Test
    void theMatterFilesBarAdmissionYearsReachTheLedesInvoicesTimekeepers() throws IOException {
        // the sample's research: line 6 by TK-104, lines 28 and 88 by TK-105; LEDES says neither's admission year
        Path rules = Files.createDirectory(temp.resolve("rules"));
        Files.writeString(rules.resolve("junior-research.drl"), JUNIOR_RESEARCH);
        Path matter = Files.writeString(temp.resolve("acme.yaml"), Files.readString(ACME_MATTER)
                .replace("classification: ASSOC, standardRate: \"425.00\"",
                        "classification: ASSOC, standardRate: \"425.00\", barAdmissionYear: 2025")
                .replace("classification: ASSOC, standardRate: \"395.00\"",
                        "classification: ASSOC, standardRate: \"395.00\", barAdmissionYear: 2019"));
        assertThat(Files.readString(matter)).contains("barAdmissionYear: 2025").contains("barAdmissionYear: 2019");

        Cli.Result withMatter = Cli.run("check", "--no-default-packs", "--rules", rules, "--matter", matter, ACME);
        Cli.Result withoutMatter = Cli.run("check", "--no-default-packs", "--rules", rules, ACME);

        assertThat(withMatter.err()).isEmpty();
        assertThat(withMatter.outLines().stream().filter(l -> l.contains("FIRM-JUNIOR-RESEARCH")))
                .singleElement().asString().contains("Line 6: research by a lawyer with under 2 years' experience.");
        assertThat(withoutMatter.err()).isEmpty();
        assertThat(withoutMatter.out()).doesNotContain("FIRM-JUNIOR-RESEARCH");
    }

    @Test
    void twoFilesOfOneMatterAreRefused() {
        Cli.Result r = Cli.run("check", "--matter", ACME_MATTER, "--matter", ACME_MATTER, ACME);

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.errLines()).singleElement().asString().startsWith("billing: " + ACME_MATTER)
                .contains("describes matter 2025-0419");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void priorFeesNeedOneMatterAndAValidAmount() {
        Cli.Result noMatter = Cli.run("check", "--prior-fees", "100.00", ACME);
        Cli.Result tooPrecise = Cli.run("check", "--matter", ACME_MATTER, "--prior-fees", "12.345", ACME);

        assertThat(noMatter.code()).isEqualTo(2);
        assertThat(noMatter.errLines().get(0)).isEqualTo("billing: --prior-fees needs exactly one --matter, the matter"
                + " whose earlier fees it gives (0 given)");
        assertThat(tooPrecise.code()).isEqualTo(2);
        assertThat(tooPrecise.errLines()).containsExactly("billing: --prior-fees must have at most 2 decimals for USD,"
                + " was '12.345'");
    }

    @Test
    void aMissingMatterFileIsExitTwo() {
        Cli.Result r = Cli.run("check", "--matter", temp.resolve("none.yaml"), ACME);

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.errLines()).singleElement().asString().startsWith("billing: " + temp.resolve("none.yaml"));
    }
}

package dev.legalbilling.cli.rules;

import static dev.legalbilling.cli.rules.RuleFixtures.BROKEN_TABLE;
import static dev.legalbilling.cli.rules.RuleFixtures.TABLES;
import static org.assertj.core.api.Assertions.assertThat;

import dev.legalbilling.cli.Cli;
import org.junit.jupiter.api.Test;

/** Decision tables through {@code billing rules compile} and {@code billing rules test}. */
class TablesCommandTest {
    @Test
    void showDrlPrintsTheGeneratedRulesThenCompilesThem() {
        Cli.Result r = Cli.run("rules", "compile", "--show-drl", TABLES.resolve("caps.drl.csv"));

        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("// DRL generated from " + TABLES.resolve("caps.drl.csv"), "package firm.caps;",
                "rule \"FIRM-CAP-E102\"", "$l : LineFact(type == \"E\", expenseCode == \"E102\")");
        assertThat(r.outLines()).last().asString().startsWith("ok " + TABLES.resolve("caps.drl.csv")
                + ": rule set caps 0, 2 rules");
    }

    @Test
    void withoutShowDrlNoDrlIsPrinted() {
        Cli.Result r = Cli.run("rules", "compile", TABLES.resolve("caps.drl.csv"));

        assertThat(r.code()).isZero();
        assertThat(r.out()).doesNotContain("package firm.caps;");
    }

    @Test
    void aProblemInATableNamesItsRowAndColumn() {
        Cli.Result r = Cli.run("rules", "compile", BROKEN_TABLE);

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.outLines()).first().asString().startsWith(BROKEN_TABLE + ":10:1: rule \"FIRM-CAP-E102\"")
                .contains("BigDecimal");
    }

    @Test
    void theHarnessRunsTestCasesAgainstATable() {
        Cli.Result r = Cli.run("rules", "test", TABLES);

        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("1 passed, 0 failed");
    }

    @Test
    void checkLoadsARuleDirectoryNamedDot() {
        Cli.Result r = Cli.run("check", "--no-default-packs", "--rules", TABLES.resolve("."),
                Cli.repositoryFile("samples/invoices/acme-v-globex-2026-03.ledes"));

        assertThat(r.err()).as(r.err()).doesNotContain("billing: ");
        assertThat(r.out()).contains(" with tables 0; dialect ");
    }

    @Test
    void aRuleDirectoryNamedDotCompilesAndTests() {
        Cli.Result compiled = Cli.run("rules", "compile", TABLES.resolve("."));
        assertThat(compiled.code()).as(compiled.out() + compiled.err()).isZero();
        assertThat(compiled.out()).contains(": rule set tables 0, 2 rules");

        Cli.Result tested = Cli.run("rules", "test", TABLES.resolve("."));
        assertThat(tested.code()).as(tested.out() + tested.err()).isZero();
        assertThat(tested.out()).contains("1 passed, 0 failed");
    }
}

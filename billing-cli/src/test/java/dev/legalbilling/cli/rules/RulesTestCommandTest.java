package dev.legalbilling.cli.rules;

import static dev.legalbilling.cli.rules.RuleFixtures.BROKEN;
import static dev.legalbilling.cli.rules.RuleFixtures.DEMO_CASES;
import static dev.legalbilling.cli.rules.RuleFixtures.FAILING;
import static dev.legalbilling.cli.rules.RuleFixtures.FIRM;
import static dev.legalbilling.cli.rules.RuleFixtures.FIRM_RULE;
import static dev.legalbilling.cli.rules.RuleFixtures.FIRM_TESTS;
import static dev.legalbilling.cli.rules.RuleFixtures.STANDALONE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.legalbilling.cli.Cli;
import org.junit.jupiter.api.Test;

/** {@code billing rules test} through {@code BillingCli.run}. */
class RulesTestCommandTest {

    @Test
    void aRuleDirectoryRunsTheTestCasesUnderIt() {
        Cli.Result r = Cli.run("rules", "test", FIRM);

        assertThat(r.code()).isZero();
        assertThat(r.outLines()).containsExactly("3 passed, 0 failed");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void aFailingCasePrintsItsDiffAndExitsOne() {
        Cli.Result r = Cli.run("rules", "test", "--rules", FIRM, FAILING);

        assertThat(r.code()).isEqualTo(1);
        assertThat(r.outLines()).containsExactly(
                "FAIL expects the long entry on the wrong line (" + FAILING.resolve("wrong-line.test.yaml") + ")",
                "  - expected FIRM-LONG-ENTRY on line 2",
                "  + unexpected FIRM-LONG-ENTRY on line 1",
                "0 passed, 1 failed");
    }

    @Test
    void passingAndFailingCasesAreCountedTogether() {
        Cli.Result r = Cli.run("rules", "test", FIRM, FAILING);

        assertThat(r.code()).isEqualTo(1);
        assertThat(r.outLines()).last().isEqualTo("3 passed, 1 failed");
    }

    @Test
    void aRuleFileAndATestCaseCanBeNamedDirectly() {
        Cli.Result r = Cli.run("rules", "test", STANDALONE.resolve("no-activity-code.drl"),
                STANDALONE.resolve("no-activity-code.test.yaml"));

        assertThat(r.code()).isZero();
        assertThat(r.outLines()).containsExactly("1 passed, 0 failed");
    }

    @Test
    void aRuleFileWithoutItsManifestHasNoParameters() {
        // FIRM-LONG-ENTRY reads maxHours, which only the manifest of its directory defines: loaded alone, it stays
        // silent, and the test case that expects it fails.
        Cli.Result r = Cli.run("rules", "test", FIRM_RULE, FIRM_TESTS.resolve("long-entry.test.yaml"));

        assertThat(r.code()).isEqualTo(1);
        assertThat(r.outLines()).contains("  - expected FIRM-LONG-ENTRY on line 1", "0 passed, 1 failed");
        assertThat(r.errLines()).containsExactly("billing: note: " + FIRM_RULE + " is loaded on its own, without the"
                + " defaults and parameters of the ruleset.yaml next to it; name the directory to load them");
    }

    @Test
    void bundledPacksAreTestedWithLedesInvoices() {
        Cli.Result r = Cli.run("rules", "test", "--pack", "demo", DEMO_CASES);

        assertThat(r.code()).isZero();
        assertThat(r.outLines()).containsExactly("1 passed, 0 failed");
    }

    @Test
    void testCasesWithoutRulesAreAUsageError() {
        Cli.Result r = Cli.run("rules", "test", FAILING);

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.errLines()).containsExactly("billing: " + FAILING + ": holds no rule file (.drl) to test; name"
                + " the rules with --rules FILE_OR_DIR or --pack NAME");
    }

    @Test
    void rulesWithoutTestCasesAreAUsageError() {
        Cli.Result r = Cli.run("rules", "test", FIRM_RULE);

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.errLines()).singleElement().asString().startsWith("billing: " + FIRM_RULE + ": is a rule file;");
    }

    @Test
    void aDirectoryWithoutTestCasesIsAUsageError() {
        Cli.Result r = Cli.run("rules", "test", "--pack", "demo", FIRM.resolve("tests/invoices"));

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.errLines()).containsExactly("billing: " + FIRM.resolve("tests/invoices")
                + ": holds no test case (*.test.yaml, *.test.yml, *.test.json)");
    }

    @Test
    void brokenRuleFilesAreReportedAsPathLineColumn() {
        Cli.Result r = Cli.run("rules", "test", "--rules", BROKEN, FIRM_TESTS);

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.errLines()).containsExactly("billing: " + BROKEN + ":8:41: this line is not finished when 'then' follows: a bracket or quote opened here or above is"
                + " not closed (rule \"FIRM-LONG-DAY\")");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void helpNamesTheArgumentsAndExitCodes() {
        Cli.Result r = Cli.run("rules", "test", "--help");

        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("Usage: billing rules test", "FILE_OR_DIR", "--rules=FILE_OR_DIR", "--pack=NAME",
                "Exit codes:");
        assertThat(r.out().replaceAll("\\s+", " ")).contains("1 findings at ERROR severity or rejected lines; failed"
                + " rule tests");
    }
}

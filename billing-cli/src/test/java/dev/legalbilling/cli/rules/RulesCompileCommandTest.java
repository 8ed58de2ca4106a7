package dev.legalbilling.cli.rules;

import static dev.legalbilling.cli.rules.RuleFixtures.BROKEN;
import static dev.legalbilling.cli.rules.RuleFixtures.FIRM;
import static dev.legalbilling.cli.rules.RuleFixtures.INSECURE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.legalbilling.cli.Cli;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code billing rules compile} through {@code BillingCli.run}. */
class RulesCompileCommandTest {
    @TempDir
    Path temp;

    @Test
    void aValidRuleSetCompilesWithItsIdentity() {
        Cli.Result r = Cli.run("rules", "compile", FIRM);

        assertThat(r.code()).isZero();
        assertThat(r.outLines()).singleElement().asString()
                .matches("ok \\Q" + FIRM + "\\E: rule set firm 1\\.0\\.0, 1 rule, sha256 [0-9a-f]{64}");
    }

    @Test
    void aSyntaxErrorIsPrintedAsPathLineColumnAndExitsTwo() {
        Cli.Result r = Cli.run("rules", "compile", BROKEN);

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.outLines()).containsExactly(
                BROKEN + ":8:41: this line is not finished when 'then' follows: a bracket or quote opened here or above is"
                + " not closed (rule \"FIRM-LONG-DAY\")",
                "1 problem in 1 of 1 rule set");
    }

    @Test
    void everySecurityProblemIsPrintedWithItsColumn() {
        Cli.Result r = Cli.run("rules", "compile", INSECURE);

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.outLines()).containsExactly(
                INSECURE + ":10:5: type java.lang.System is not allowed by the security policy",
                INSECURE + ":10:12: 'exit' is not allowed: it reaches the process, its environment or its threads",
                "2 problems in 1 of 1 rule set");
    }

    @Test
    void goodAndBadRuleSetsAreReportedTogether() {
        Cli.Result r = Cli.run("rules", "compile", FIRM, BROKEN, INSECURE);

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.outLines()).hasSize(5);
        assertThat(r.outLines().get(0)).startsWith("ok " + FIRM + ": rule set firm 1.0.0");
        assertThat(r.outLines()).last().isEqualTo("3 problems in 2 of 3 rule sets");
    }

    @Test
    void aMissingFileIsOneLine() {
        Path missing = temp.resolve("missing.drl");

        Cli.Result r = Cli.run("rules", "compile", missing);

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.errLines()).containsExactly("billing: " + missing + ": no such file or directory");
    }

    @Test
    void helpAndMissingArguments() {
        assertThat(Cli.run("rules", "compile", "--help").out()).contains("Usage: billing rules compile",
                "path:line:column: message");
        Cli.Result none = Cli.run("rules", "compile");
        assertThat(none.code()).isEqualTo(2);
        assertThat(none.errLines()).first().asString().startsWith("billing: Missing required parameter");
    }
}

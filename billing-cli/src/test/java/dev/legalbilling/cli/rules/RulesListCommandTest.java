package dev.legalbilling.cli.rules;

import static dev.legalbilling.cli.rules.RuleFixtures.FIRM;
import static org.assertj.core.api.Assertions.assertThat;

import dev.legalbilling.cli.Cli;
import dev.legalbilling.rules.RuleEngine;
import org.junit.jupiter.api.Test;

/** {@code billing rules list} through {@code BillingCli.run}. */
class RulesListCommandTest {

    @Test
    void listsAPacksRulesWithSeveritiesCitationsAndParameterDefaults() {
        Cli.Result r = Cli.run("rules", "list", "--pack", "demo");

        String sha256;
        try (RuleEngine demo = RuleEngine.builder().addBundled("demo").build()) {
            sha256 = demo.ruleSets().get(0).sha256();
        }
        assertThat(r.code()).isZero();
        assertThat(r.outLines()).containsExactly(
                "demo 1.0.0 (3 rules, sha256 " + sha256 + ", classpath:dev/legalbilling/rules/packs/demo)",
                "  DEMO-BLANK-TASK-CODE  ERROR    REJECT  A fee line has no UTBMS task code.",
                "                        citation: Client billing guidelines: UTBMS coding required",
                "  DEMO-DAILY-HOURS      WARNING  ADJUST  A timekeeper's fee time on one day exceeds the daily cap.",
                "                        citation: Client billing guidelines: daily hour cap",
                "                        parameter maxHoursPerDay = 10 (DECIMAL): most hours one timekeeper may bill"
                        + " per day",
                "  DEMO-SINGLE-ENTRY     WARNING  FLAG    One fee entry bills more hours than the per-entry cap.",
                "                        citation: ABA Model Rule 1.5(a)",
                "                        parameter maxHoursPerEntry = 8 (DECIMAL): most hours in a single time entry");
    }

    @Test
    void showsMapAndBooleanDefaultsAsAProfileWritesThem() {
        Cli.Result r = Cli.run("rules", "list", "--pack", "guideline");

        assertThat(r.code()).isZero();
        assertThat(r.outLines()).map(String::strip)
                .contains("parameter unitCaps = {E101: 0.10} (DECIMAL_MAP): most paid per unit, by UTBMS expense code")
                .anySatisfy(l -> assertThat(l).startsWith("parameter allowed = false (BOOLEAN): "))
                .noneMatch(l -> l.contains("ParameterValue["));
    }

    @Test
    void withoutOptionsListsEveryBundledPack() {
        Cli.Result r = Cli.run("rules", "list");

        assertThat(r.code()).isZero();
        for (String pack : BundledPacks.KNOWN) {
            if (BundledPacks.isBundled(pack)) {
                assertThat(r.outLines()).anySatisfy(l -> assertThat(l).startsWith(pack + " "));
            }
        }
        assertThat(r.outLines()).anySatisfy(l -> assertThat(l).startsWith("demo 1.0.0 ("));
    }

    @Test
    void listsAFirmsRuleFiles() {
        Cli.Result r = Cli.run("rules", "list", "--rules", FIRM);

        assertThat(r.code()).isZero();
        assertThat(r.outLines()).contains(
                "  FIRM-LONG-ENTRY  WARNING  ADJUST  One fee entry bills more hours than the firm's per-entry limit.",
                "                   citation: Firm billing policy 2.3",
                "                   parameter maxHours = 6 (DECIMAL): most hours in one fee entry");
    }

    @Test
    void anUnknownPackIsOneLineAndExitTwo() {
        Cli.Result r = Cli.run("rules", "list", "--pack", "nope");

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.errLines()).singleElement().asString()
                .startsWith("billing: --pack must name a rule pack bundled with this build (").endsWith("'nope'");
    }

    @Test
    void rulesWithoutASubcommandIsAUsageError() {
        Cli.Result r = Cli.run("rules");

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.errLines()).first().asString().isEqualTo("billing: Missing required subcommand: compile or test"
                + " or list");
        assertThat(Cli.run("rules", "--help").out()).contains("compile", "test", "list");
    }
}

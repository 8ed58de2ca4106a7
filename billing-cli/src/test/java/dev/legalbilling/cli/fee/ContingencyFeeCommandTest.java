package dev.legalbilling.cli.fee;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.legalbilling.cli.Cli;
import dev.legalbilling.cli.ExitCodes;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContingencyFeeCommandTest {

    private static Cli.Result billing(String... args) {
        return Cli.run(args);
    }

    @Test
    void printsTheNewYorkScheduleABreakdownAsText() {
        Cli.Result run = billing("fee", "contingency", "--schedule", "NY-PI-A", "--recovery", "2000000",
                "--date", "2025-01-15");
        assertThat(run.code()).isEqualTo(ExitCodes.CLEAN);
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).contains("NY-PI-A  New York personal injury and wrongful death, Schedule A")
                .contains("0 to 1,000.00").contains("50% [V]").contains("493,750.00")
                .contains("Maximum fee: USD 502,750.00");
    }

    @Test
    void writesJsonWithScheduleBaseFeeAndTiers() throws Exception {
        Cli.Result run = billing("fee", "contingency", "--schedule", "NY-PI-B", "--recovery", "2,150,000", "--costs",
                "150000", "--format", "json", "--date", "2025-01-15");
        assertThat(run.code()).isZero();
        JsonNode json = run.json();
        assertThat(json.get("schedule").asText()).isEqualTo("NY-PI-B");
        assertThat(json.get("basis").asText()).isEqualTo("net");
        assertThat(json.get("base").asText()).isEqualTo("2000000.00");
        assertThat(json.get("fee").asText()).isEqualTo("666666.67");
        assertThat(json.get("exactFee").asText()).isEqualTo("2000000/3");
        assertThat(json.get("tiers")).hasSize(1);
        assertThat(json.get("tiers").get(0).get("rate").asText()).isEqualTo("33 1/3%");
        assertThat(json.get("tiers").get(0).get("slice").asText()).isEqualTo("2000000.00");
    }

    @Test
    void grossBasisOnRequest() throws Exception {
        Cli.Result run = billing("fee", "contingency", "--schedule", "NY-PI-B", "--recovery", "2150000", "--costs",
                "150000", "--basis", "gross", "--format", "json", "--date", "2025-01-15");
        assertThat(run.json().get("fee").asText()).isEqualTo("716666.67");
    }

    @Test
    void marksTheNewJerseyCourtZoneInsteadOfCapping() throws Exception {
        Cli.Result run = billing("fee", "contingency", "--schedule", "NJ-TORT", "--recovery", "3500000", "--format",
                "json", "--date", "2025-01-15");
        JsonNode json = run.json();
        assertThat(json.get("fee").asText()).isEqualTo("812500.00");
        assertThat(json.get("courtApprovalRequired").asBoolean()).isTrue();
        assertThat(json.get("courtSetExcess").asText()).isEqualTo("500000.00");
        JsonNode last = json.get("tiers").get(4);
        assertThat(last.get("courtSet").asBoolean()).isTrue();
        assertThat(last.has("rate")).isFalse();
        assertThat(last.has("to")).isFalse();

        Cli.Result text = billing("fee", "contingency", "--schedule", "NJ-TORT", "--recovery", "3500000", "--date",
                "2025-01-15");
        assertThat(text.out()).contains("Maximum fee: USD 812,500.00 plus a court-set fee on USD 500,000.00"
                + " (court approval required)").contains("set by court");
    }

    @Test
    void appliesTheMinorsLimitAndFlagsTheAmbiguity() throws Exception {
        JsonNode two = billing("fee", "contingency", "--schedule", "NJ-TORT", "--recovery", "2000000", "--minor",
                "--stage", "pre-suit", "--format", "json", "--date", "2025-01-15").json();
        assertThat(two.get("fee").asText()).isEqualTo("500000.00");
        assertThat(two.get("minorsLimitApplied").asBoolean()).isTrue();
        assertThat(two.get("ambiguous").asBoolean()).isFalse();

        JsonNode three = billing("fee", "contingency", "--schedule", "NJ-TORT", "--recovery", "3000000", "--minor",
                "--stage", "answered", "--format", "json", "--date", "2025-01-15").json();
        assertThat(three.get("ambiguous").asBoolean()).isTrue();
        assertThat(three.get("fee").asText()).isEqualTo("712500.00");
        assertThat(three.get("alternativeFee").asText()).isEqualTo("750000.00");
    }

    @Test
    void stageAndDateSelectTheScale() throws Exception {
        assertThat(billing("fee", "contingency", "--schedule", "FL-PI", "--recovery", "2000000", "--stage",
                "liability-admitted", "--format", "json", "--date", "2025-01-15").json().get("fee").asText())
                .isEqualTo("533333.33");
        assertThat(billing("fee", "contingency", "--schedule", "CA-MICRA", "--recovery", "2000000", "--stage",
                "pre-suit", "--date", "2022-12-31", "--format", "json").json().get("fee").asText())
                .isEqualTo("371666.67");
        JsonNode ssa = billing("fee", "contingency", "--schedule", "SSA-406A", "--recovery", "60000", "--date",
                "2024-11-30", "--format", "json").json();
        assertThat(ssa.get("fee").asText()).isEqualTo("9200.00");
        assertThat(ssa.get("cap").asText()).isEqualTo("9200.00");
        assertThat(ssa.get("capApplied").asBoolean()).isTrue();
        assertThat(ssa.get("versionEffectiveFrom").asText()).isEqualTo("2024-11-30");
    }

    @Test
    void bandFeesAddUpToTheFeeRoundedOnce() {
        Cli.Result run = billing("fee", "contingency", "--schedule", "FL-PI", "--recovery", "1000000.01", "--stage",
                "pre-suit", "--date", "2025-01-15");
        // exactly 333,333.3363...: the first band shows 333,333.34 (not 333,333.33), so the bands add up to the fee
        assertThat(run.out()).contains("Maximum fee: USD 333,333.34").doesNotContain("333,333.33")
                .doesNotContain("rounded for display");
        assertThat(billing("fee", "contingency", "--schedule", "NY-PI-A", "--recovery", "2000000").out())
                .doesNotContain("rounded for display");
    }

    @Test
    void unknownScheduleIsOneLineAndExitTwo() {
        Cli.Result run = billing("fee", "contingency", "--schedule", "NY-PI-Z", "--recovery", "1000");
        assertThat(run.code()).isEqualTo(ExitCodes.USAGE_OR_INPUT);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines()).containsExactly(
                "billing: no contingency schedule has the id 'NY-PI-Z'; known: NY-PI-A, NY-PI-B, NY-MED-MAL, NJ-TORT,"
                        + " FL-PI, FL-MED-MAL, CA-MICRA, CA-COLLECTION, FTCA, SSA-406A, VA-DIRECT, MI-PI");
    }

    @Test
    void badAmountsAreOneLineAndExitTwo() {
        Cli.Result letters = billing("fee", "contingency", "--schedule", "MI-PI", "--recovery", "lots");
        assertThat(letters.code()).isEqualTo(2);
        assertThat(letters.err().lines()).containsExactly(
                "billing: --recovery must be an amount such as 2500 or 2,500.00 in USD (digits, a decimal point, "
                        + "commas only between groups of three digits), was 'lots'");
        for (String mistyped : new String[] {"1,5", "1.000,50", "2,00,000", "1e6", "USD 100"}) {
            Cli.Result run = billing("fee", "contingency", "--schedule", "MI-PI", "--recovery", mistyped);
            assertThat(run.code()).as(mistyped).isEqualTo(2);
            assertThat(run.err().lines()).singleElement().asString().startsWith("billing: --recovery must be an "
                    + "amount").endsWith("was '" + mistyped + "'");
            assertThat(run.out()).isEmpty();
        }
        assertThat(billing("fee", "contingency", "--schedule", "MI-PI", "--recovery", "10.001").err().lines())
                .containsExactly("billing: --recovery must have at most 2 decimals for USD, was '10.001'");
        assertThat(billing("fee", "contingency", "--schedule", "MI-PI", "--recovery", "100", "--costs", "-5")
                .err().lines()).containsExactly("billing: --costs must not be negative, was '-5'");
        assertThat(billing("fee", "contingency", "--schedule", "MI-PI", "--recovery", "100", "--date", "2025-02-30")
                .err().lines()).containsExactly(
                        "billing: --date must be a date YYYY-MM-DD such as 2026-03-31, was '2025-02-30'");
    }

    @Test
    void stageNotApplicableIsOneLineAndExitTwo() {
        Cli.Result run = billing("fee", "contingency", "--schedule", "SSA-406A", "--recovery", "30000", "--stage", "trial");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err().lines()).containsExactly(
                "billing: schedule SSA-406A: stage 'trial': is not covered; the schedule applies at administrative");
        Cli.Result unknown = billing("fee", "contingency", "--schedule", "FTCA", "--recovery", "30000", "--stage", "lunch");
        assertThat(unknown.err().lines()).singleElement().asString()
                .startsWith("billing: stage must be one of administrative, pre-suit");
        Cli.Result missing = billing("fee", "contingency", "--schedule", "FTCA", "--recovery", "30000");
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err().lines()).singleElement().asString().contains("stage missing: is needed");
    }

    @Test
    void missingRequiredOptionIsAUsageError() {
        Cli.Result run = billing("fee", "contingency", "--recovery", "1000");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("Missing required option: '--schedule=ID'");
        assertThat(billing("fee").code()).isEqualTo(2);
    }

    @Test
    void usesOverridesFromAScheduleFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("firm.txt");
        Files.writeString(file, String.join("\n", "schedule: MI-PI", "title: Michigan, firm reading",
                "citation: MCR 8.121", "jurisdiction: US-MI", "matter-types: PERSONAL_INJURY",
                "governing-date: agreement [U]", "basis: net [V]", "version: undated", "scale: any",
                "tier: 0 and above at 30% [U]"));
        Cli.Result run = billing("fee", "contingency", "--schedule", "MI-PI", "--recovery", "1000", "--schedules",
                file.toString(), "--format", "json");
        assertThat(run.json().get("fee").asText()).isEqualTo("300.00");

        Files.writeString(file, "schedule: BAD\ncolour: red\n");
        Cli.Result bad = billing("fee", "contingency", "--schedule", "BAD", "--recovery", "1000", "--schedules",
                file.toString());
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err().lines()).first().asString().isEqualTo("billing: " + file + ":2: unknown key 'colour'");
    }

    @Test
    void listsTheSchedulesWithTheirParameters() throws Exception {
        Cli.Result text = billing("fee", "schedules", "--parameters");
        assertThat(text.code()).isZero();
        assertThat(text.out()).contains("NJ-TORT").contains("version 2014-07-30: effective date [P]")
                .contains("SSA-406A");
        JsonNode json = billing("fee", "schedules", "--format", "json").json();
        assertThat(json).hasSize(12);
        assertThat(json.get(9).get("id").asText()).isEqualTo("SSA-406A");
        assertThat(json.get(9).get("versions")).hasSize(5);
    }
}

package dev.legalbilling.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.legalbilling.InvalidValueException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LoadingTest {
    private static final String GOOD = """
            package com.firm.rules;
            import dev.legalbilling.rules.fact.*;
            rule "FIRM-LONG-ENTRY"
            when
                Parameter(ruleId == "FIRM-LONG-ENTRY", name == "max", $max : decimal)
                $l : LineFact(type == "F", hours > $max)
            then
                insert(Violation.onLine($l, "Line " + $l.lineNumber() + " is long."));
            end
            """;

    private static final String MANIFEST = """
            id: firm
            version: 2.1.0
            rules:
              FIRM-LONG-ENTRY:
                severity: ERROR
                action: REJECT
                citation: "Firm policy 7"
                parameters:
                  max: {type: DECIMAL, default: "5", description: "hours"}
            """;

    @Test
    void reportsEverySyntaxErrorWithPathLineAndColumn() {
        String broken = """
                package com.firm.rules;
                import dev.legalbilling.rules.fact.*;
                rule "A"
                when
                    $l : LineFact(
                then
                    insert(Violation.onLine($l, "x"));
                end
                """;
        RuleSetLoadException e = catchThrowableOfType(RuleSetLoadException.class,
                () -> RuleEngine.builder().addString("broken", "1", broken).build());
        assertThat(e.problems()).isNotEmpty().allSatisfy(p -> {
            assertThat(p.path()).isEqualTo("broken.drl");
            assertThat(p.kind()).isEqualTo("SYNTAX");
            assertThat(p.line()).isBetween(5, 8);
        });
        assertThat(e.getMessage()).doesNotContain("Parser returned a null Package").matches("(?s)broken\\.drl:\\d+:\\d+: .*");
    }

    @Test
    void listsProblemsOfEveryRuleSetAtOnce(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("unknown-field.drl"), GOOD.replace("hours > $max", "howers > $max"));
        String drl2 = GOOD.replace("FIRM-LONG-ENTRY", "FIRM-OTHER").replace("$l.lineNumber()", "System.nanoTime()");
        RuleSetLoadException e = catchThrowableOfType(RuleSetLoadException.class, () -> RuleEngine.builder()
                .addDirectory(dir).addString("other", "1", drl2).build());
        assertThat(e.problems()).extracting(RuleSetLoadException.Problem::ruleSetId).contains(dir.getFileName()
                .toString(), "other");
        assertThat(e.problems()).anySatisfy(p -> {
            assertThat(p.path()).isEqualTo("unknown-field.drl");
            assertThat(p.kind()).isEqualTo("COMPILE");
            assertThat(p.line()).isEqualTo(6);
            assertThat(p.message()).contains("howers");
        });
        assertThat(e.problems()).anySatisfy(p -> assertThat(p.toString())
                .isEqualTo("other.drl:8:43: type java.lang.System is not allowed by the security policy"));
    }

    @Test
    void surfacesErrorsDroolsOnlyRaisesWhenARuleRuns() {
        String drl = GOOD.replace("$l.lineNumber()", "Integer.parseInt($l.narrative())")
                .replace("    Parameter(ruleId == \"FIRM-LONG-ENTRY\", name == \"max\", $max : decimal)\n", "")
                .replace("hours > $max", "hours > 0");
        RuleSetLoadException e = catchThrowableOfType(RuleSetLoadException.class,
                () -> RuleEngine.builder().addString("smoke", "1", drl).build());
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo("SMOKE");
            assertThat(p.path()).isEqualTo("smoke.drl");
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.message()).contains("FIRM-LONG-ENTRY", "sample invoice");
        });
    }

    @Test
    void loadsADirectoryWithAManifestAndAppliesItsDefaults(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("long.drl"), GOOD);
        Files.writeString(dir.resolve("ruleset.yaml"), MANIFEST);
        try (RuleEngine engine = RuleEngine.builder().addDirectory(dir).build()) {
            RuleSetInfo info = engine.ruleSets().get(0);
            assertThat(info.id()).isEqualTo("firm");
            assertThat(info.version()).isEqualTo("2.1.0");
            assertThat(info.precompiled()).isFalse();
            assertThat(info.rule("FIRM-LONG-ENTRY").orElseThrow().parameters()).singleElement()
                    .satisfies(p -> assertThat(p.defaultValue()).isEqualTo(ParameterValue.decimal("5")));
            ComplianceReport report = engine.check(SecurityCorpusTest.fiveLines("D-1"), null, null);
            assertThat(report.findings()).isEmpty();
            GuidelineProfile low = GuidelineProfile.builder("low")
                    .parameter("FIRM-LONG-ENTRY", "max", ParameterValue.integer(3)).build();
            assertThat(engine.check(SecurityCorpusTest.fiveLines("D-2"), null, low).findings())
                    .singleElement().satisfies(f -> {
                        assertThat(f.severity()).isEqualTo(Severity.ERROR);
                        assertThat(f.action()).isEqualTo(Action.REJECT);
                        assertThat(f.citation()).isEqualTo("Firm policy 7");
                        assertThat(f.lineItemNumber()).isEqualTo("4");
                    });
        }
    }

    @Test
    void theHashChangesWithTheContent(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("long.drl");
        Files.writeString(file, GOOD);
        String first;
        try (RuleEngine engine = RuleEngine.builder().addFile(file).build()) {
            first = engine.ruleSets().get(0).sha256();
        }
        Files.writeString(file, GOOD.replace("is long", "is too long"));
        try (RuleEngine engine = RuleEngine.builder().addFile(file).build()) {
            assertThat(engine.ruleSets().get(0).sha256()).isNotEqualTo(first).hasSize(64);
        }
    }

    @Test
    void refusesAManifestThatDocumentsMissingRulesOrUnknownFields(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("long.drl"), GOOD);
        Files.writeString(dir.resolve("ruleset.yaml"), MANIFEST + "  FIRM-GHOST: {severity: INFO}\n");
        assertThatThrownBy(() -> RuleEngine.builder().addDirectory(dir).build())
                .isInstanceOf(RuleSetLoadException.class)
                .hasMessage("ruleset.yaml:10:3: documents rule 'FIRM-GHOST', which no file of rule set firm defines");
        Files.writeString(dir.resolve("ruleset.yaml"), MANIFEST.replace("severity: ERROR", "severty: ERROR"));
        assertThatThrownBy(() -> RuleEngine.builder().addDirectory(dir).build())
                .isInstanceOf(RuleSetLoadException.class)
                .hasMessageEndingWith("ruleset.yaml:5:5: severty: unknown key in rules.FIRM-LONG-ENTRY; did you mean"
                        + " severity?");
        Files.writeString(dir.resolve("ruleset.yaml"), MANIFEST.replace("max: {type: DECIMAL", "max: {type: DECIMAL]"));
        assertThatThrownBy(() -> RuleEngine.builder().addDirectory(dir).build())
                .isInstanceOf(RuleSetLoadException.class)
                .hasMessageContaining("ruleset.yaml:9:").hasMessageContaining("is not valid YAML");
    }

    @Test
    void refusesTheSameRuleSetIdTwice() {
        assertThatThrownBy(() -> RuleEngine.builder().addString("x", "1", GOOD).addString("x", "2", GOOD).build())
                .isInstanceOf(RuleSetLoadException.class).hasMessageContaining("rule set id x is loaded twice");
    }

    @Test
    void refusesAProfileValueOfTheWrongType() {
        try (RuleEngine engine = RuleEngine.builder().addString("firm", "1", GOOD, MANIFEST.replace("2.1.0", "1"))
                .build()) {
            GuidelineProfile wrong = GuidelineProfile.builder("wrong")
                    .parameter("FIRM-LONG-ENTRY", "max", ParameterValue.strings(java.util.List.of("a"))).build();
            assertThatThrownBy(() -> engine.check(SecurityCorpusTest.fiveLines("W-1"), null, wrong))
                    .isInstanceOf(InvalidValueException.class)
                    .hasMessageContaining("profile wrong parameter FIRM-LONG-ENTRY.max");
        }
    }

    @Test
    void aClosedEngineRefusesChecks() {
        RuleEngine engine = RuleEngine.builder().addString("firm", "1", GOOD).build();
        engine.close();
        assertThatThrownBy(() -> engine.check(SecurityCorpusTest.fiveLines("X-1"), null, null))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void fallsBackToTheDrlWhenTheBuildTimeModelIsStale(@TempDir Path root) throws Exception {
        Path pack = root.resolve("com/firm/packs/demo");
        Files.createDirectories(pack);
        ClassLoader here = getClass().getClassLoader();
        for (String name : new String[] {"ruleset.yaml", "daily-hours.drl", "single-entry.drl", "blank-task-code.drl",
                "precompiled.properties"}) {
            try (var in = here.getResourceAsStream("dev/legalbilling/rules/packs/demo/" + name)) {
                Files.write(pack.resolve(name), in.readAllBytes());
            }
        }
        Path edited = pack.resolve("single-entry.drl");
        Files.writeString(edited, Files.readString(edited).replace("in a single entry", "in one entry"));
        try (var loader = new java.net.URLClassLoader(new java.net.URL[] {root.toUri().toURL()}, here);
                RuleEngine engine = RuleEngine.builder()
                        .add(RuleSetSource.classpath("com/firm/packs/demo", loader)).build()) {
            RuleSetInfo info = engine.ruleSets().get(0);
            assertThat(info.precompiled()).isFalse();
            assertThat(info.origin()).isEqualTo("classpath:com/firm/packs/demo");
            assertThat(engine.check(SecurityCorpusTest.fiveLines("S-1"), null, GuidelineProfile.builder("p")
                    .parameter("DEMO-SINGLE-ENTRY", "maxHoursPerEntry", ParameterValue.decimal("3.5")).build())
                    .findings()).extracting(Finding::message).anySatisfy(m -> assertThat(m).contains("in one entry"));
        }
    }
}

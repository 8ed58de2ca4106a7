package dev.legalbilling.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;

/** A Parameter pattern or parameter() call naming what the manifest does not document is refused at load. */
class ParameterNamesTest {
    private static final String MANIFEST = """
            id: firm
            version: 1.0.0
            rules:
              FIRM-LONG-ENTRY:
                parameters:
                  maxHours: {type: DECIMAL, default: "5"}
            """;

    private static String rule(String condition) {
        return """
                package com.firm.rules;
                import dev.legalbilling.rules.fact.*;
                rule "FIRM-LONG-ENTRY"
                when
                %s
                then
                    insert(Violation.onLine($l, "Line " + $l.lineNumber() + " is long."));
                end
                """.formatted(condition);
    }

    private static RuleSetLoadException load(String drl) {
        return catchThrowableOfType(RuleSetLoadException.class,
                () -> RuleEngine.builder().addString("firm", "1.0.0", drl, MANIFEST).build());
    }

    @Test
    void aMisspeltParameterNameInAPatternIsRefusedWithTheClosestName() {
        RuleSetLoadException e = load(rule("""
                    Parameter(ruleId == "FIRM-LONG-ENTRY", name == "maxHour", $max : decimal)
                    $l : LineFact(type == "F", hours > $max)"""));

        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo("PARAMETER");
            assertThat(p.line()).isEqualTo(5);
            assertThat(p.column()).isGreaterThan(1);
            assertThat(p.message()).endsWith("names parameter maxHour, which the manifest does not document for rule"
                    + " FIRM-LONG-ENTRY, so it would never match; did you mean maxHours?");
        });
    }

    @Test
    void aMisspeltRuleIdInAPatternIsRefused() {
        RuleSetLoadException e = load(rule("""
                    Parameter(ruleId == "FIRM-LONG-ENTRI", name == "maxHours", $max : decimal)
                    $l : LineFact(type == "F", hours > $max)"""));

        assertThat(e.problems()).singleElement().satisfies(p -> assertThat(p.message())
                .contains("names rule FIRM-LONG-ENTRI, which the manifest of rule set firm does not document")
                .endsWith("did you mean FIRM-LONG-ENTRY?"));
    }

    @Test
    void aMisspeltNameInAParameterCallIsRefusedAtItsLineAndColumn() {
        RuleSetLoadException e = load(rule("""
                    LineContext(line.type == "F",
                                line.hours > parameter("FIRM-LONG-ENTRY", "maxHrs").decimal, $l : line)"""));

        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(6);
            assertThat(p.column()).isEqualTo(26);
            assertThat(p.message()).startsWith("parameter(\"FIRM-LONG-ENTRY\", \"maxHrs\") names parameter maxHrs")
                    .endsWith("did you mean maxHours?");
        });
    }

    @Test
    void documentedNamesLoad() {
        try (RuleEngine engine = RuleEngine.builder().addString("firm", "1.0.0", rule("""
                    Parameter(ruleId == "FIRM-LONG-ENTRY", name == "maxHours", $max : decimal)
                    LineContext(line.type == "F", line.hours > parameter("FIRM-LONG-ENTRY", "maxHours").decimal,
                                $l : line, line.hours > $max)
                    // parameter("FIRM-LONG-ENTRY", "inAComment") is not code"""), MANIFEST).build()) {
            assertThat(engine.ruleSets()).hasSize(1);
        }
    }

    @Test
    void aRuleSetWithoutManifestTakesItsParametersFromTheProfileAndIsNotChecked() {
        try (RuleEngine engine = RuleEngine.builder().addString("firm", "1.0.0", rule("""
                    Parameter(ruleId == "FIRM-LONG-ENTRY", name == "anything", $max : decimal)
                    $l : LineFact(type == "F", hours > $max)""")).build()) {
            assertThat(engine.ruleSets()).hasSize(1);
        }
    }

    @Test
    void aFarOffNameListsTheDocumentedOnes() {
        RuleSetLoadException e = load(rule("""
                    Parameter(ruleId == "FIRM-LONG-ENTRY", name == "threshold", $max : decimal)
                    $l : LineFact(type == "F", hours > $max)"""));

        assertThat(e.getMessage()).endsWith("; documented parameters: maxHours");
    }
}

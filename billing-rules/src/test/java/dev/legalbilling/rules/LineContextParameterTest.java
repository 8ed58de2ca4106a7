package dev.legalbilling.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.legalbilling.BillingException;
import dev.legalbilling.rules.fact.Parameter;
import dev.legalbilling.rules.fact.Parameters;
import dev.legalbilling.rules.fact.UnknownParameterException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A per-line threshold read on the {@code LineContext} pattern ({@code parameter(ruleId, name)}) takes the value in
 * force for the check, like a {@code Parameter} fact; a rule that reads a parameter its manifest does not document
 * is refused when the rule set loads.
 */
class LineContextParameterTest {
    private static final String MANIFEST = """
            id: firm
            version: 1.0.0
            rules:
              FIRM-LONG-ENTRY:
                parameters:
                  max: {type: DECIMAL, default: "5", description: "hours"}
            """;

    private static final String RULE = """
            package com.firm.rules;
            import dev.legalbilling.rules.fact.*;
            rule "FIRM-LONG-ENTRY"
            when
                $c : LineContext(line.type == "F", line.units > parameter("FIRM-LONG-ENTRY", "max").decimal,
                                 $l : line)
            then
                insert(Violation.onLine($l, "Line " + $l.lineNumber() + " is long."));
            end
            """;

    @Test
    void theThresholdOnTheLinePatternIsTheProfilesValueOrTheDefault(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("long.drl"), RULE);
        Files.writeString(dir.resolve("ruleset.yaml"), MANIFEST);
        try (RuleEngine engine = RuleEngine.builder().addDirectory(dir).build()) {
            assertThat(engine.check(SecurityCorpusTest.fiveLines("P-1"), null, null).findings()).isEmpty();
            GuidelineProfile low = GuidelineProfile.builder("low")
                    .parameter("FIRM-LONG-ENTRY", "max", ParameterValue.integer(3)).build();
            // the same engine, another profile, then the default again: each check sees its own profile's value
            assertThat(engine.check(SecurityCorpusTest.fiveLines("P-2"), null, low).findings()).singleElement()
                    .satisfies(f -> assertThat(f.ruleId()).isEqualTo("FIRM-LONG-ENTRY"));
            assertThat(engine.check(SecurityCorpusTest.fiveLines("P-3"), null, null).findings()).isEmpty();
        }
    }

    @Test
    void aParameterTheManifestDoesNotDocumentIsRefusedAtLoadNamingRuleAndParameter(@TempDir Path dir)
            throws Exception {
        Files.writeString(dir.resolve("long.drl"), RULE.replace("\"max\").decimal", "\"maxHours\").decimal"));
        Files.writeString(dir.resolve("ruleset.yaml"), MANIFEST);

        RuleSetLoadException e = catchThrowableOfType(RuleSetLoadException.class,
                () -> RuleEngine.builder().addDirectory(dir).build());

        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo("PARAMETER");
            assertThat(p.path()).isEqualTo("long.drl");
            assertThat(p.message()).startsWith("parameter(\"FIRM-LONG-ENTRY\", \"maxHours\") names parameter"
                    + " maxHours, which the manifest does not document for rule FIRM-LONG-ENTRY");
        });
    }

    @Test
    void theFirstRuleSetsValueOfARuleIdAndNameWins() {
        Parameter first = new Parameter("R-1", "max", "DECIMAL", new BigDecimal("5"), List.of());
        Parameter second = new Parameter("R-1", "max", "DECIMAL", new BigDecimal("9"), List.of());
        Parameter other = new Parameter("R-2", "max", "DECIMAL", new BigDecimal("1"), List.of());

        Parameters parameters = Parameters.of(List.of(first, second, other));

        assertThat(parameters.get("R-1", "max")).isSameAs(first);
        assertThat(parameters.get("R-2", "max")).isSameAs(other);
        assertThatThrownBy(() -> parameters.get("R-2", "min")).isInstanceOf(UnknownParameterException.class)
                .isInstanceOf(BillingException.class)
                .hasMessage("rule R-2 has no parameter 'min': document it in the rule set's manifest (ruleset.yaml)"
                        + " with a default")
                .satisfies(e -> assertThat(((BillingException) e).code()).isEqualTo("RULES_UNKNOWN_PARAMETER"));
        assertThatThrownBy(() -> Parameters.none().get("R-1", "max")).hasMessageContaining("rule R-1");
    }
}

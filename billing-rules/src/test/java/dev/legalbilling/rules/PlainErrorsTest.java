package dev.legalbilling.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;

/** Drools' and the compiler's messages rewritten into one plain sentence at the right line and column. */
class PlainErrorsTest {
    private static final String GOOD = """
            package com.firm.rules;
            import dev.legalbilling.rules.fact.*;
            rule "FIRM-LONG-ENTRY"
            when
                $l : LineFact(type == "F", hours > 5)
            then
                insert(Violation.onLine($l, "Line " + $l.lineNumber() + " is long."));
            end
            """;

    private static String load(String drl, String manifest) {
        return catchThrowableOfType(RuleSetLoadException.class,
                () -> RuleEngine.builder().addString("firm", "1.0.0", drl, manifest).build()).getMessage();
    }

    @Test
    void anUnknownFieldNamesTheFactItsFieldsAndTheClosestOne() {
        assertThat(load(GOOD.replace("hours > 5", "howers > 5"), null)).startsWith("firm.drl:5:32: LineFact has no"
                + " field howers; did you mean hours? (LineFact's fields: activityCode, adjustment, classification,");
    }

    @Test
    void anUnknownMethodInAConsequenceIsFoundAtItsLine() {
        assertThat(load(GOOD.replace("$l.lineNumber()", "$l.lineNumbr()"), null))
                .isEqualTo("firm.drl:7:46: LineFact has no method lineNumbr(); did you mean lineNumber()?");
    }

    @Test
    void anUnclosedPatternPointsAtTheLineLeftOpenNotAtThen() {
        assertThat(load(GOOD.replace("hours > 5)", "hours > 5"), null)).isEqualTo("firm.drl:5:40: this line is not"
                + " finished when 'then' follows: a bracket or quote opened here or above is not closed"
                + " (rule \"FIRM-LONG-ENTRY\")");
    }

    @Test
    void aStrayTokenIsNamedWhereItIs() {
        assertThat(load(GOOD.replace("type == \"F\"", "type = \"F\""), null))
                .isEqualTo("firm.drl:5:24: unexpected '=' (rule \"FIRM-LONG-ENTRY\")");
    }

    @Test
    void manifestErrorsCarryTheLineAndColumnOfTheKey() {
        assertThat(load(GOOD, "id: firm\nversion: 1.0.0\nrules:\n  FIRM-LONG-ENTRY:\n    parameters:\n"
                + "      max: {type: DECIMALS, default: \"5\"}\n")).startsWith("ruleset.yaml:6:13: rules.FIRM-LONG-ENTRY"
                + ".parameters.max.type is 'DECIMALS', expected one of");
    }

    @Test
    void aCorrectFileStillLoads() {
        try (RuleEngine engine = RuleEngine.builder().addString("firm", "1.0.0", GOOD).build()) {
            assertThat(engine.ruleSets()).hasSize(1);
        }
    }
}

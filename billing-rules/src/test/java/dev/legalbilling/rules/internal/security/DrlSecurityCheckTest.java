package dev.legalbilling.rules.internal.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.legalbilling.rules.RuleSecurityPolicy;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class DrlSecurityCheckTest {
    private static final DrlSecurityCheck CHECK =
            new DrlSecurityCheck(RuleSecurityPolicy.defaults(), DrlSecurityCheckTest.class.getClassLoader());

    private static String consequence(String body) {
        return """
                package com.firm.rules;
                import dev.legalbilling.rules.fact.*;
                rule "R"
                when
                    $l : LineFact()
                then
                """ + body + "\nend\n";
    }

    private static List<String> problems(String drl) {
        return CHECK.check(drl).problems().stream().map(p -> p.line() + ":" + p.column() + " " + p.message())
                .toList();
    }

    @Test
    void acceptsForbiddenNamesInsideStringsAndComments() {
        String drl = consequence("""
                    // System.exit(0) in a comment is only text; so is /* Runtime */
                    /* java.lang.Runtime.getRuntime().exec("x") */
                    insert(Violation.onLine($l, "System.exit(0); \\" Runtime // not code"));
                    insert(Violation.onLine($l, 'single " quoted'));
                """);
        assertThat(problems(drl)).isEmpty();
    }

    @Test
    void acceptsNonAsciiTextInStringsAndComments() {
        assertThat(problems(consequence("    // Überstunden – café\n    insert(Violation.onLine($l, \"§ 4.2 – café\"));")))
                .isEmpty();
    }

    @Test
    void refusesCodeAfterAnEscapedQuote() {
        assertThat(problems(consequence("    String s = \"a\\\"\"; System.exit(0);")))
                .anyMatch(p -> p.contains("java.lang.System"));
    }

    @Test
    void refusesAStringThatHidesCodeBehindABackslashNewline() {
        assertThat(problems(consequence("    String s = \"a\\\n\"; System.exit(0); //\";")))
                .anyMatch(p -> p.contains("backslash") || p.contains("not closed"));
    }

    @Test
    void refusesAnUnclosedComment() {
        assertThat(problems(consequence("    /* never closed"))).anyMatch(p -> p.contains("comment is not closed"));
    }

    @Test
    void namesFileLineAndColumnOfTheOffendingName() {
        assertThat(problems(consequence("    int n = 1;\n    Thread.sleep(5);")))
                .contains("8:5 type java.lang.Thread is not allowed by the security policy");
    }

    @Test
    void acceptsAllowedTypesWrittenFullyQualified() {
        assertThat(problems(consequence(
                "    java.math.BigDecimal x = java.math.BigDecimal.ONE.setScale(2, java.math.RoundingMode.HALF_UP);")))
                .isEmpty();
    }

    @Test
    void wideningThePolicyAllowsExactlyTheNamedType() {
        DrlSecurityCheck wide = new DrlSecurityCheck(RuleSecurityPolicy.defaults().toBuilder()
                .allowType("java.util.regex.Pattern").build(), getClass().getClassLoader());
        String drl = consequence("    java.util.regex.Pattern p = java.util.regex.Pattern.compile(\"x\");");
        assertThat(wide.check(drl).problems()).isEmpty();
        assertThat(CHECK.check(drl).problems()).isNotEmpty();
        assertThat(wide.check(consequence("    java.util.regex.Matcher m = null;")).problems()).isNotEmpty();
    }

    @Test
    void functionsAreRefusedUnlessAllowedAndTheirBodiesAreStillChecked() {
        String drl = """
                package com.firm.rules;
                import dev.legalbilling.rules.fact.*;
                function int twice(int x) { return 2 * x; }
                function int evil() { return Runtime.getRuntime().availableProcessors(); }
                """;
        DrlSecurityCheck withFunctions = new DrlSecurityCheck(RuleSecurityPolicy.defaults().toBuilder()
                .allowFunctions(true).build(), getClass().getClassLoader());
        assertThat(problems(drl)).anyMatch(p -> p.contains("function 'twice' is not allowed"));
        assertThat(withFunctions.check(drl).problems()).extracting(DrlSecurityCheck.Problem::message)
                .noneMatch(m -> m.contains("twice"))
                .anyMatch(m -> m.contains("java.lang.Runtime"));
    }

    private static final List<String> FORBIDDEN = List.of("java.lang.System", "java.lang.Runtime",
            "java.lang.ProcessBuilder", "java.lang.Thread", "java.lang.ClassLoader", "java.lang.Class",
            "java.io.File", "java.nio.file.Files", "java.net.Socket", "java.lang.reflect.Method",
            "java.util.concurrent.Executors", "java.lang.invoke.MethodHandles", "java.util.Timer",
            "java.lang.management.ManagementFactory", "javax.script.ScriptEngineManager");

    /** However a forbidden type is written (simple or qualified, spaced, commented, in any fragment), it is refused. */
    @Property(tries = 200)
    void refusesForbiddenTypesHoweverTheyAreWritten(@ForAll("spellings") String snippet,
            @ForAll("places") String place) {
        String drl = place.replace("$SNIPPET", snippet);
        List<String> words = List.of(snippet.replaceAll("/\\*.*?\\*/|//[^\n]*", "").split("[^A-Za-z]+"));
        String simpleName = words.get(words.indexOf("valueOf") - 1);
        assertThat(CHECK.check(drl).problems()).as(drl).anySatisfy(p -> {
            assertThat(p.kind()).isEqualTo("SECURITY");
            assertThat(p.message()).contains(simpleName).contains("not allowed");
        });
    }

    @Provide
    Arbitrary<String> spellings() {
        Arbitrary<String> type = Arbitraries.of(FORBIDDEN);
        Arbitrary<String> separator = Arbitraries.of(".", " . ", "/* x */.", ".\n", "\t.//c\n");
        Arbitrary<Boolean> simple = Arbitraries.of(true, false);
        return Combinators.combine(type, separator, simple).as((t, sep, s) -> {
            if (s && t.startsWith("java.lang.") && t.indexOf('.', 10) < 0) {
                return t.substring(10) + sep + "valueOf(1)";
            }
            return t.replace(".", sep) + sep + "valueOf(1)";
        });
    }

    @Provide
    Arbitrary<String> places() {
        return Arbitraries.of(
                consequence("    Object o = $SNIPPET;"),
                consequence("    insert(Violation.onLine($l, \"x\" + $SNIPPET));"),
                """
                package com.firm.rules;
                import dev.legalbilling.rules.fact.*;
                rule "R"
                when
                    $l : LineFact(eval($SNIPPET != null))
                then
                end
                """,
                """
                package com.firm.rules;
                import dev.legalbilling.rules.fact.*;
                rule "R" salience ($SNIPPET.hashCode())
                when
                    $l : LineFact()
                then
                end
                """,
                """
                package com.firm.rules;
                import dev.legalbilling.rules.fact.*;
                declare Holder
                    o : Object = $SNIPPET
                end
                """,
                """
                package com.firm.rules;
                import dev.legalbilling.rules.fact.*;
                rule "R"
                when
                    $o : Object() from $SNIPPET
                then
                end
                """);
    }
}

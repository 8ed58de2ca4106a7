package dev.legalbilling.samples;

import dev.legalbilling.rules.RuleEngine;
import dev.legalbilling.rules.RuleSetLoadException;
import dev.legalbilling.rules.harness.RuleTestRunner;
import dev.legalbilling.rules.harness.RuleTestSummary;
import java.net.URISyntaxException;
import java.nio.file.Path;

/**
 * For a firm: its own billing policy as a rule file, tested without writing Java, the way a rule author works.
 *
 * <ol>
 * <li>{@code rules/no-partner-document-review.drl} holds FIRM-NO-PARTNER-DOC-REVIEW ("no partner time on document
 *     review"); {@code rules/ruleset.yaml} documents its severity, action, citation and parameters.</li>
 * <li>{@code rules/tests/*.test.yaml} are its test cases: an invoice (JSON or LEDES), an optional client profile,
 *     and exactly the findings expected. The harness runs them and prints {@code N passed, M failed}; the command
 *     line does the same with {@code billing rules test samples/src/main/resources/rules}.</li>
 * <li>{@code rules-broken/no-partner-document-review.drl} is a first draft that prints to the console; loading it
 *     shows what a rule author sees: every problem as {@code file:line:column: message}, before anything runs.</li>
 * </ol>
 *
 * Run with the rules directory and the broken file as arguments, or without arguments to use the sample's own.
 */
public final class FirmRulesSample {
    private FirmRulesSample() {
    }

    /**
     * @param args the rules directory and the broken rule file, or nothing for the sample's resources
     */
    public static void main(String[] args) {
        Path rules = args.length > 0 ? Path.of(args[0]) : resource("rules");
        Path broken = args.length > 1 ? Path.of(args[1]) : resource("rules-broken/no-partner-document-review.drl");

        try (RuleEngine engine = RuleEngine.builder().addDirectory(rules).build()) {
            RuleTestSummary summary = RuleTestRunner.of(engine).runAll(rules.resolve("tests"));
            System.out.println("Testing " + engine.ruleSets().get(0).id() + " " + engine.ruleSets().get(0).version()
                    + " with " + summary.results().size() + " test cases:");
            System.out.print(summary.report());
        }

        System.out.println("Loading a first draft that prints to the console:");
        try (RuleEngine engine = RuleEngine.builder().addFile(broken).build()) {
            System.out.println("loaded " + engine.ruleSets().get(0).id() + " (unexpected)");
        } catch (RuleSetLoadException e) {
            e.problems().forEach(p -> System.out.println(p));
        }
    }

    private static Path resource(String name) {
        try {
            return Path.of(FirmRulesSample.class.getClassLoader().getResource(name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("sample resource " + name + " is not on the classpath", e);
        }
    }
}

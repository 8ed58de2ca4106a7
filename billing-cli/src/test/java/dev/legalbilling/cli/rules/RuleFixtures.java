package dev.legalbilling.cli.rules;

import dev.legalbilling.cli.Cli;
import java.nio.file.Path;

/** Named rule files and test cases for the {@code billing rules} tests. */
final class RuleFixtures {
    /** A firm's rule set: manifest, FIRM-LONG-ENTRY (fee entries over 6 hours) and three passing test cases. */
    static final Path FIRM = Cli.resource(RuleFixtures.class, "firm");
    /** The firm's rule file on its own. */
    static final Path FIRM_RULE = FIRM.resolve("long-entry.drl");
    /** The firm's test cases. */
    static final Path FIRM_TESTS = FIRM.resolve("tests");
    /** A test case that expects FIRM-LONG-ENTRY on line 2 where it fires on line 1. */
    static final Path FAILING = Cli.resource(RuleFixtures.class, "failing");
    /** A LEDES test case for the bundled demo pack. */
    static final Path DEMO_CASES = Cli.resource(RuleFixtures.class, "demo-cases");
    /** A rule file without manifest or parameters (FIRM-NO-ACTIVITY-CODE), its test case and invoice. */
    static final Path STANDALONE = Cli.resource(RuleFixtures.class, "standalone");
    /** A rule file that calls System.exit. */
    static final Path INSECURE = Cli.resource(RuleFixtures.class, "insecure.drl");
    /** A rule file with a syntax error: 'then' on line 9 while a pattern is still open. */
    static final Path BROKEN = Cli.resource(Cli.class, "check/broken-rule.drl");

    /** A decision table of expense caps (FIRM-CAP-E101, FIRM-CAP-E102) and a test case that fires one. */
    static final Path TABLES = Cli.resource(RuleFixtures.class, "tables");
    /** The same table whose cell C10 holds "0.25 a page" where a number is expected. */
    static final Path BROKEN_TABLE = Cli.resource(RuleFixtures.class, "broken-table/caps.drl.csv");

    private RuleFixtures() {
    }
}

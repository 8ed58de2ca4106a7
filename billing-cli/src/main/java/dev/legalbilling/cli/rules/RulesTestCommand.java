package dev.legalbilling.cli.rules;

import dev.legalbilling.cli.ExitCodes;
import dev.legalbilling.rules.RuleEngine;
import dev.legalbilling.rules.harness.RuleTestResult;
import dev.legalbilling.rules.harness.RuleTestRunner;
import dev.legalbilling.rules.harness.RuleTestSummary;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code billing rules test FILE_OR_DIR...}: runs rule test cases ({@code *.test.yaml}, {@code *.test.yml},
 * {@code *.test.json}; format in {@code docs/rule-authoring.md}) against the rules under test and prints a diff for
 * each failure, then {@code N passed, M failed}.
 *
 * <p>The rules under test are the rule files ({@code .drl}, decision tables {@code .drl.csv}, {@code .drl.xlsx})
 * given, the directories given that hold rule files (each
 * one rule set, with its {@code ruleset.yaml} when there is one), plus {@code --rules} and {@code --pack}. Test cases
 * are the test case files given and those found, recursively, in the directories given. Invoices may be JSON, YAML
 * or LEDES ({@code .ledes}, {@code .txt}).
 */
@Command(name = "test", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Runs rule test cases (*.test.yaml, *.test.yml, *.test.json) and prints 'N passed, M failed'.",
            "A directory holding rule files (.drl, .drl.csv, .drl.xlsx) is loaded as the rule set under test, and the test cases under it are run."})
@ExitCodes.Returns({ExitCodes.CLEAN, ExitCodes.FINDINGS, ExitCodes.USAGE_OR_INPUT})
public final class RulesTestCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE_OR_DIR",
            description = "Rule files (.drl, decision tables .drl.csv/.drl.xlsx), test case files, or directories"
                    + " holding either.")
    List<Path> paths;

    @picocli.CommandLine.Mixin
    RuleOptions rules = new RuleOptions();

    @picocli.CommandLine.Mixin
    IsolationOption isolation = new IsolationOption();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Path> ruleFiles = new ArrayList<>(rules.rules());
        List<Path> testTargets = new ArrayList<>();
        for (Path path : paths) {
            InputFileException.requireReadable(path);
            String name = path.getFileName() == null ? "" : path.getFileName().toString();
            if (Files.isDirectory(path)) {
                if (holdsRuleFiles(path)) {
                    ruleFiles.add(path);
                }
                testTargets.add(path);
            } else if (RuleFile.isRuleFile(name)) {
                ruleFiles.add(path);
            } else if (isTestCase(name)) {
                testTargets.add(path);
            } else {
                throw new InputFileException(path, "is neither a rule file (.drl, .drl.csv, .drl.xlsx) nor a test case file (*.test.yaml,"
                        + " *.test.yml, *.test.json)");
            }
        }
        if (testTargets.isEmpty()) {
            throw new InputFileException(paths.get(0), "is a rule file; name the test case files (*.test.yaml,"
                    + " *.test.yml, *.test.json) or a directory holding them as well");
        }
        RuleSelection selection = RuleSelection.of(false, rules.packs(), ruleFiles);
        if (selection.isEmpty()) {
            throw new InputFileException(paths.get(0), "holds no rule file (.drl) to test; name the rules with"
                    + " --rules FILE_OR_DIR or --pack NAME");
        }
        List<RuleTestResult> results = new ArrayList<>();
        try (RuleEngine engine = selection.load(err, isolation.isolation())) {
            RuleTestRunner runner = RuleTestRunner.of(engine);
            for (Path target : testTargets) {
                results.addAll(runner.runAll(target).results());
            }
        } catch (RuleFilesException e) {
            e.lines().forEach(line -> err.println("billing: " + line));
            return ExitCodes.USAGE_OR_INPUT;
        }
        if (results.isEmpty()) {
            throw new InputFileException(testTargets.get(0), "holds no test case (*.test.yaml, *.test.yml,"
                    + " *.test.json)");
        }
        RuleTestSummary summary = new RuleTestSummary(results);
        out.print(summary.report());
        out.flush();
        return summary.failed() == 0 ? ExitCodes.CLEAN : ExitCodes.FINDINGS;
    }

    private static boolean isTestCase(String name) {
        return name.endsWith(".test.yaml") || name.endsWith(".test.yml") || name.endsWith(".test.json");
    }

    private static boolean holdsRuleFiles(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.anyMatch(p -> RuleFile.isRuleFile(p.getFileName().toString()) && Files.isRegularFile(p));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }
}

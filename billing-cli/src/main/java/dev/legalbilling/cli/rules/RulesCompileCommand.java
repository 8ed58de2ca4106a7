package dev.legalbilling.cli.rules;

import dev.legalbilling.cli.ExitCodes;
import dev.legalbilling.rules.DecisionTables;
import dev.legalbilling.rules.RuleEngine;
import dev.legalbilling.rules.RuleSetInfo;
import dev.legalbilling.rules.RuleSetLoadException;
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
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code billing rules compile FILE_OR_DIR...}: reads each rule file ({@code .drl}, or a decision table
 * {@code .drl.csv} / {@code .drl.xlsx}) or rule-set directory, checks it
 * against the default security policy and compiles it, as {@code billing check} would. Prints one line per rule set
 * that loads and every problem as {@code path:line:column: message} ({@code path:Sheet1!C7: message} in a workbook);
 * exits with 2 when there is any problem. {@code --show-drl} prints the DRL generated from each decision table first.
 */
@Command(name = "compile", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Compiles rule files and rule-set directories and checks them against the security policy.",
            "Every problem is printed as path:line:column: message; the exit code is 2 when there is any."})
@ExitCodes.Returns({ExitCodes.CLEAN, ExitCodes.USAGE_OR_INPUT})
public final class RulesCompileCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE_OR_DIR",
            description = "Rule files (.drl, decision tables .drl.csv/.drl.xlsx), or directories of them with an"
                    + " optional ruleset.yaml manifest.")
    List<Path> paths;

    @picocli.CommandLine.Mixin
    IsolationOption isolation = new IsolationOption();

    @Option(names = "--show-drl", description = {"Print the DRL text generated from each decision table given"
            + " (.drl.csv, .drl.xlsx; in a directory too), before compiling it."})
    boolean showDrl;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        paths.forEach(InputFileException::requireReadable);
        List<String> problems = new ArrayList<>();
        int failedSets = 0;
        for (Path path : paths) {
            RuleFile file = new RuleFile(path);
            if (showDrl) {
                try {
                    showDrl(path, out);
                } catch (RuleSetLoadException e) {
                    failedSets++;
                    e.problems().forEach(p -> problems.add(RuleFile.describe(p, List.of(file))));
                    continue;
                }
            }
            try (RuleEngine engine = RuleEngine.builder().isolation(isolation.isolation()).add(file.source()).build()) {
                for (RuleSetInfo info : engine.ruleSets()) {
                    out.println("ok " + path + ": rule set " + info.id() + " " + info.version() + ", "
                            + plural(info.rules().size(), "rule") + ", sha256 " + info.sha256());
                }
            } catch (RuleSetLoadException e) {
                failedSets++;
                e.problems().forEach(p -> problems.add(RuleFile.describe(p, List.of(file))));
            }
        }
        problems.forEach(out::println);
        if (!problems.isEmpty()) {
            out.println(plural(problems.size(), "problem") + " in " + failedSets + " of "
                    + plural(paths.size(), "rule set"));
        }
        out.flush();
        return problems.isEmpty() ? ExitCodes.CLEAN : ExitCodes.USAGE_OR_INPUT;
    }

    private static void showDrl(Path path, PrintWriter out) {
        List<Path> tables = new ArrayList<>();
        if (Files.isDirectory(path)) {
            try (Stream<Path> files = Files.list(path)) {
                files.filter(p -> DecisionTables.isDecisionTable(p.getFileName().toString())).sorted()
                        .forEach(tables::add);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list " + path, e);
            }
        } else if (DecisionTables.isDecisionTable(path.getFileName().toString())) {
            tables.add(path);
        }
        for (Path table : tables) {
            out.println("// DRL generated from " + table);
            out.println(DecisionTables.toDrl(table).stripTrailing());
        }
    }

    static String plural(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}

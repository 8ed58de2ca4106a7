package dev.legalbilling.cli.rules;

import dev.legalbilling.rules.DecisionTables;
import dev.legalbilling.rules.RuleSetLoadException.Problem;
import dev.legalbilling.rules.RuleSetSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * A rule file ({@code .drl}, or a decision table {@code .drl.csv} / {@code .drl.xlsx}) or a directory of them (optionally with a {@code ruleset.yaml}), as given on the
 * command line, and how its load problems are shown: with the path the user typed.
 *
 * @param path the path as given
 */
record RuleFile(Path path) {
    RuleFile {
        Objects.requireNonNull(path, "path");
    }

    /**
     * @param name a file name
     * @return whether the engine reads it as rules: DRL, or a decision table ({@code .drl.csv}, {@code .drl.xlsx})
     */
    static boolean isRuleFile(String name) {
        return name.endsWith(".drl") || DecisionTables.isDecisionTable(name);
    }

    /** @return the rule set source: a directory, or one file whose name (without {@code .drl}) is the set's id */
    RuleSetSource source() {
        return Files.isDirectory(path) ? RuleSetSource.directory(path) : RuleSetSource.file(path);
    }

    /**
     * @param problem a load problem of some rule set
     * @return the file of this rule set the problem is in, or null when it is not one of this rule set's files
     */
    Path fileOf(Problem problem) {
        String p = problem.path();
        if (p.equals(path.toString())) {
            return path;
        }
        if (Files.isDirectory(path)) {
            Path candidate = path.resolve(p);
            return !Path.of(p).isAbsolute() && Files.isRegularFile(candidate) ? candidate : null;
        }
        return path.getFileName() != null && p.equals(path.getFileName().toString()) ? path : null;
    }

    /**
     * @param problem a load problem
     * @param files the rule files of the load, in the order given
     * @return {@code path:line:column: message} with the path as the user gave it (the engine reports paths
     *     relative to the rule set's folder)
     */
    static String describe(Problem problem, List<RuleFile> files) {
        for (RuleFile f : files) {
            Path file = f.fileOf(problem);
            if (file != null) {
                return file + ":" + problem.location() + ": " + problem.message();
            }
        }
        return problem.toString();
    }
}

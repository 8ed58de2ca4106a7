package dev.legalbilling.cli.rules;

import dev.legalbilling.InvalidValueException;
import dev.legalbilling.rules.Isolation;
import dev.legalbilling.rules.RuleEngine;
import dev.legalbilling.rules.RuleSetLoadException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Which rules a command runs: the default packs (unless switched off), packs named with {@code --pack}, and rule
 * files and directories named with {@code --rules}. Loads them into one {@link RuleEngine}, which the command shares
 * between all its threads.
 *
 * <p>The default packs are the standard guideline pack {@code guideline} and the ethics pack {@code ethics}; a
 * default pack that this build does not bundle is skipped with a note on standard error, so each becomes active as
 * soon as it is bundled. A pack named with {@code --pack} must be bundled. Immutable.
 */
public final class RuleSelection {
    private final boolean defaultPacks;
    private final List<String> packs;
    private final List<RuleFile> ruleFiles;

    private RuleSelection(boolean defaultPacks, List<String> packs, List<RuleFile> ruleFiles) {
        this.defaultPacks = defaultPacks;
        this.packs = List.copyOf(packs);
        this.ruleFiles = List.copyOf(ruleFiles);
    }

    /**
     * @param defaultPacks whether to run the default packs
     * @param packs bundled packs to run as well, by id; duplicates and defaults named again are run once
     * @param ruleFiles rule files ({@code .drl}) and directories of them
     * @return the selection
     */
    public static RuleSelection of(boolean defaultPacks, List<String> packs, List<Path> ruleFiles) {
        return new RuleSelection(defaultPacks, Objects.requireNonNull(packs, "packs"),
                Objects.requireNonNull(ruleFiles, "ruleFiles").stream().map(RuleFile::new).toList());
    }

    /** @return true when neither packs nor rule files were named and the default packs are off */
    public boolean isEmpty() {
        return !defaultPacks && packs.isEmpty() && ruleFiles.isEmpty();
    }

    /**
     * Loads the selected rules: checks every rule file against the security policy and compiles it, reporting
     * every problem at once.
     *
     * @param err where notes go: a default pack this build does not bundle, a rule file loaded without the
     *     manifest next to it
     * @param isolation where the rule files run (bundled packs always run in this JVM)
     * @return the engine; close it when done
     * @throws InputFileException when a rule file or directory does not exist
     * @throws InvalidValueException when a pack named with {@code --pack} is not bundled
     * @throws RuleFilesException listing every problem of the rule files and packs
     */
    public RuleEngine load(PrintWriter err, Isolation isolation) {
        Set<String> ids = new LinkedHashSet<>();
        if (defaultPacks) {
            for (String id : BundledPacks.DEFAULTS) {
                if (BundledPacks.isBundled(id)) {
                    ids.add(id);
                } else {
                    err.println("billing: note: default rule pack '" + id + "' is not bundled in this build;"
                            + " skipped");
                }
            }
        }
        for (String id : packs) {
            if (!BundledPacks.isBundled(id)) {
                throw new InvalidValueException("--pack", id, "must name a rule pack bundled with this build ("
                        + String.join(", ", BundledPacks.bundled()) + ")");
            }
            ids.add(id);
        }
        for (RuleFile f : ruleFiles) {
            InputFileException.requireReadable(f.path());
            Path dir = f.path().toAbsolutePath().getParent();
            if (!Files.isDirectory(f.path()) && dir != null && Files.isRegularFile(dir.resolve("ruleset.yaml"))) {
                err.println("billing: note: " + f.path() + " is loaded on its own, without the defaults and"
                        + " parameters of the ruleset.yaml next to it; name the directory to load them");
            }
        }
        RuleEngine.Builder builder = RuleEngine.builder().isolation(isolation);
        ids.forEach(builder::addBundled);
        ruleFiles.forEach(f -> builder.add(f.source()));
        try {
            return builder.build();
        } catch (RuleSetLoadException e) {
            List<String> lines = new ArrayList<>();
            e.problems().forEach(p -> lines.add(RuleFile.describe(p, ruleFiles)));
            throw new RuleFilesException(lines, e);
        }
    }

    @Override
    public String toString() {
        return "RuleSelection[defaults " + defaultPacks + ", packs " + packs + ", files " + ruleFiles + "]";
    }
}

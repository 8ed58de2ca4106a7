package dev.legalbilling.cli.rules;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * {@code --rules FILE_OR_DIR} and {@code --pack NAME}, shared by every command that loads rules ({@code billing check},
 * {@code billing rules test}, {@code billing rules list}): rule files and rule-set directories, and bundled rule packs
 * by name, each repeatable. Created with the command for one run; not thread-safe.
 */
public final class RuleOptions {
    @Option(names = "--rules", paramLabel = "FILE_OR_DIR",
            description = "Rule files (.drl, decision tables .drl.csv/.drl.xlsx) or rule-set directories to load as"
                    + " well (repeatable).")
    List<Path> rules = new ArrayList<>();

    @Option(names = "--pack", paramLabel = "NAME",
            description = "A bundled rule pack to load as well, e.g. demo (repeatable; 'billing rules list' shows them).")
    List<String> packs = new ArrayList<>();

    /** @return the rule files and directories named, in order; unmodifiable */
    public List<Path> rules() {
        return List.copyOf(rules);
    }

    /** @return the bundled packs named, in order; unmodifiable */
    public List<String> packs() {
        return List.copyOf(packs);
    }

    /** @return true when neither a rule file nor a pack was named */
    public boolean isEmpty() {
        return rules.isEmpty() && packs.isEmpty();
    }

    /**
     * @param defaultPacks whether the default packs run as well
     * @return the rules to load: the default packs when asked, the packs and the rule files named
     */
    public RuleSelection selection(boolean defaultPacks) {
        return RuleSelection.of(defaultPacks, packs, rules);
    }
}

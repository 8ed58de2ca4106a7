package dev.legalbilling.cli.rules;

import dev.legalbilling.rules.RuleSetSource;
import java.util.List;

/** The rule packs bundled with the library that the command line knows by name. Stateless. */
final class BundledPacks {
    /**
     * What {@code billing check} runs unless told {@code --no-default-packs}: the standard billing-guideline pack and
     * the bar ethics pack. A default that this build does not bundle is skipped with a note, so each becomes active
     * as soon as it is on the classpath.
     */
    static final List<String> DEFAULTS = List.of("guideline", "ethics");

    /** Every pack {@code billing rules list} shows when it is bundled, in this order. */
    static final List<String> KNOWN = List.of("guideline", "ethics", "demo");

    private BundledPacks() {
    }

    /**
     * @param id a pack id
     * @return true when the pack's manifest is on the classpath
     */
    static boolean isBundled(String id) {
        return id.matches("[A-Za-z0-9][A-Za-z0-9._-]*") && RuleSetSource.class.getClassLoader()
                .getResource(RuleSetSource.BUNDLED_ROOT + id + "/ruleset.yaml") != null;
    }

    /** @return the known packs this build bundles */
    static List<String> bundled() {
        return KNOWN.stream().filter(BundledPacks::isBundled).toList();
    }
}

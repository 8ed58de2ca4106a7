package dev.legalbilling.rules.internal;

import dev.legalbilling.rules.RuleDefinition;
import dev.legalbilling.rules.RuleSetInfo;
import java.util.Map;
import java.util.Objects;
import org.kie.api.KieBase;

/**
 * A loaded rule set: its identity, its compiled rule base (shared by every check; sessions are made per check) and
 * where each rule is defined.
 *
 * @param info identity and rules
 * @param kieBase the rule base; thread-safe
 * @param ruleLocations {@code file:line} of each rule by id, empty for precompiled packs
 */
public record CompiledRuleSet(RuleSetInfo info, KieBase kieBase, Map<String, String> ruleLocations) {

    /** Copies the map. */
    public CompiledRuleSet {
        Objects.requireNonNull(info, "info");
        Objects.requireNonNull(kieBase, "kieBase");
        ruleLocations = Map.copyOf(ruleLocations);
    }

    /**
     * @param ruleId a rule id
     * @return its definition: the manifest's, or undocumented defaults
     */
    public RuleDefinition definition(String ruleId) {
        return info.rule(ruleId).orElseGet(() -> RuleDefinition.undocumented(ruleId));
    }

    /**
     * @param ruleId a rule id
     * @return {@code " (file:line)"} when known, else empty
     */
    public String locationSuffix(String ruleId) {
        String at = ruleLocations.get(ruleId);
        return at == null ? "" : " (" + at + ")";
    }
}

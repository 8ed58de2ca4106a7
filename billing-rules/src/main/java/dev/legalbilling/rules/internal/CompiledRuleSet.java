package dev.legalbilling.rules.internal;

import dev.legalbilling.rules.RuleDefinition;
import dev.legalbilling.rules.RuleSetInfo;
import java.util.Map;
import java.util.Objects;
import org.drools.base.base.ClassObjectType;
import org.drools.core.impl.InternalRuleBase;
import org.drools.core.reteoo.ObjectTypeNode;
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
     * Whether any pattern of the rule set can match facts of a type, so that a check need not insert (or even
     * build) facts nothing reads: a pack that never mentions {@code LineContext} pays nothing for it.
     *
     * @param factType a fact class
     * @return true when the rule base has an object type node the class is assignable to (or one it cannot
     *     classify)
     */
    public boolean matches(Class<?> factType) {
        if (!(kieBase instanceof InternalRuleBase base)) {
            return true;
        }
        for (ObjectTypeNode otn : base.getRete().getObjectTypeNodes()) {
            if (!(otn.getObjectType() instanceof ClassObjectType type) || type.getClassType().isAssignableFrom(factType)) {
                return true;
            }
        }
        return false;
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

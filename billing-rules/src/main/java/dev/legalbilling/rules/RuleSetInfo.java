package dev.legalbilling.rules;

import dev.legalbilling.internal.Checks;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Identity of a loaded rule set as it appears in every report: id, version and the SHA-256 of its content, plus
 * where it came from and its rules.
 *
 * <p>The hash covers every file of the set (manifest and DRL files) in name order, so two rule sets with the same
 * hash ran the same rules: {@code sha256( for each file sorted by name: name NUL length NUL bytes )}, lower-case hex.
 *
 * @param id the rule set id, e.g. {@code demo}
 * @param version the rule set version, e.g. {@code 1.0.0}
 * @param sha256 lower-case hex SHA-256 of the content (64 characters)
 * @param origin where it was loaded from, e.g. {@code classpath:dev/legalbilling/rules/packs/demo} or a path
 * @param precompiled true when loaded from its build-time executable model rather than compiled from DRL
 * @param rules the rules, in name order; unmodifiable
 */
public record RuleSetInfo(String id, String version, String sha256, String origin, boolean precompiled,
        List<RuleDefinition> rules) {

    /** Validates and copies. */
    public RuleSetInfo {
        Checks.identifier("ruleSetId", id);
        Checks.identifier("ruleSetVersion", version);
        Objects.requireNonNull(sha256, "sha256");
        if (!sha256.matches("[0-9a-f]{64}")) {
            throw new dev.legalbilling.InvalidValueException("sha256", sha256, "must be 64 lower-case hex digits");
        }
        Objects.requireNonNull(origin, "origin");
        rules = List.copyOf(rules);
    }

    /**
     * @param ruleId a rule id
     * @return the rule, if this set has it
     */
    public Optional<RuleDefinition> rule(String ruleId) {
        return rules.stream().filter(r -> r.id().equals(ruleId)).findFirst();
    }

    /** @return {@code id version sha256-prefix} */
    @Override
    public String toString() {
        return "RuleSet[" + id + " " + version + " " + sha256.substring(0, 12) + "]";
    }
}

package dev.legalbilling.rules;

import dev.legalbilling.internal.Checks;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A rule of a rule set with the defaults its manifest documents: what a {@link GuidelineProfile} can override.
 * Rules without a manifest entry get {@link #undocumented(String)} defaults.
 *
 * @param id the stable rule id (the DRL rule name)
 * @param description what the rule checks; may be empty
 * @param enabled whether the rule runs when the profile says nothing
 * @param severity default severity
 * @param action default action
 * @param citation default citation; may be empty
 * @param parameters the parameters the rule reads, with defaults; unmodifiable
 */
public record RuleDefinition(String id, String description, boolean enabled, Severity severity, Action action,
        String citation, List<ParameterDefinition> parameters) {

    /** Validates and copies. */
    public RuleDefinition {
        Checks.identifier("ruleId", id);
        description = description == null ? "" : description;
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(action, "action");
        citation = citation == null ? "" : citation;
        parameters = List.copyOf(parameters);
    }

    /**
     * @param id a rule id without a manifest entry
     * @return enabled, WARNING, FLAG, no citation, no parameters
     */
    public static RuleDefinition undocumented(String id) {
        return new RuleDefinition(id, "", true, Severity.WARNING, Action.FLAG, "", List.of());
    }

    /**
     * @param name a parameter name
     * @return its definition, if the rule documents it
     */
    public Optional<ParameterDefinition> parameter(String name) {
        return parameters.stream().filter(p -> p.name().equals(name)).findFirst();
    }
}

package dev.legalbilling.rules;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a {@link GuidelineProfile} says about one rule: each field overrides the rule set's default when set.
 *
 * @param enabled whether the rule runs, or null to keep the default
 * @param severity the severity of its findings, or null to keep the default
 * @param action flag, adjust or reject, or null to keep the default
 * @param citation the client guideline clause to cite (e.g. {@code "Acme OCG §4.2"}), or null to keep the default
 * @param parameters values of the rule's named parameters; unmodifiable
 */
public record RuleSettings(Boolean enabled, Severity severity, Action action, String citation,
        Map<String, ParameterValue> parameters) {

    /** Copies the parameters. */
    public RuleSettings {
        parameters = parameters == null ? Map.of() : Map.copyOf(parameters);
        if (citation != null && citation.isBlank()) {
            citation = null;
        }
    }

    /** @return settings that override nothing */
    public static RuleSettings inherit() {
        return new RuleSettings(null, null, null, null, Map.of());
    }

    /** @return the enabled override, if any */
    public Optional<Boolean> enabledIfSet() {
        return Optional.ofNullable(enabled);
    }

    /** @param value enabled or not @return a copy */
    public RuleSettings withEnabled(boolean value) {
        return new RuleSettings(value, severity, action, citation, parameters);
    }

    /** @param value severity @return a copy */
    public RuleSettings withSeverity(Severity value) {
        return new RuleSettings(enabled, Objects.requireNonNull(value), action, citation, parameters);
    }

    /** @param value action @return a copy */
    public RuleSettings withAction(Action value) {
        return new RuleSettings(enabled, severity, Objects.requireNonNull(value), citation, parameters);
    }

    /** @param value citation text @return a copy */
    public RuleSettings withCitation(String value) {
        return new RuleSettings(enabled, severity, action, Objects.requireNonNull(value), parameters);
    }

    /**
     * @param name parameter name
     * @param value its value
     * @return a copy with the parameter set
     */
    public RuleSettings withParameter(String name, ParameterValue value) {
        Map<String, ParameterValue> copy = new java.util.LinkedHashMap<>(parameters);
        copy.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
        return new RuleSettings(enabled, severity, action, citation, copy);
    }
}

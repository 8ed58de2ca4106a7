package dev.legalbilling.rules;

import dev.legalbilling.internal.Checks;
import java.util.Objects;

/**
 * A named parameter a rule reads, as documented by its rule set's manifest.
 *
 * @param name the name, e.g. {@code maxHoursPerDay}
 * @param type the type
 * @param defaultValue the value used when the profile sets none
 * @param description what it means, with units; may be empty
 */
public record ParameterDefinition(String name, ParameterType type, ParameterValue defaultValue, String description) {
    /** Validates the definition. */
    public ParameterDefinition {
        Checks.identifier("parameterName", name);
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(defaultValue, "defaultValue");
        if (defaultValue.type() != type) {
            throw new dev.legalbilling.InvalidValueException("default of " + name, defaultValue.type(),
                    "must be of type " + type);
        }
        description = description == null ? "" : description;
    }
}

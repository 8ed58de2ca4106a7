package dev.legalbilling.rules;

import dev.legalbilling.InvalidValueException;
import dev.legalbilling.internal.Checks;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A named parameter a rule reads, as documented by its rule set's manifest.
 *
 * @param name the name, e.g. {@code maxHoursPerDay}
 * @param type the type
 * @param defaultValue the value used when the profile sets none
 * @param description what it means, with units; may be empty
 * @param min the smallest value allowed (inclusive) for a number, or for each number of a DECIMAL_MAP; null when
 *     unbounded
 * @param max the largest value allowed (inclusive), likewise; null when unbounded
 */
public record ParameterDefinition(String name, ParameterType type, ParameterValue defaultValue, String description,
        BigDecimal min, BigDecimal max) {

    /**
     * Validates the definition.
     *
     * @throws InvalidValueException when the default is of another type or outside the bounds
     */
    public ParameterDefinition {
        Checks.identifier("parameterName", name);
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(defaultValue, "defaultValue");
        if (defaultValue.type() != type) {
            throw new InvalidValueException("default of " + name, defaultValue.type(), "must be of type " + type);
        }
        description = description == null ? "" : description;
        if (min != null && max != null && min.compareTo(max) > 0) {
            throw new InvalidValueException("bounds of " + name, min.toPlainString() + ".." + max.toPlainString(),
                    "min must not be above max");
        }
        String problem = problem(defaultValue, min, max);
        if (problem != null) {
            throw new InvalidValueException("default of " + name, defaultValue.asText(), problem);
        }
    }

    /**
     * An unbounded parameter.
     *
     * @param name the name
     * @param type the type
     * @param defaultValue the default
     * @param description what it means; may be empty
     */
    public ParameterDefinition(String name, ParameterType type, ParameterValue defaultValue, String description) {
        this(name, type, defaultValue, description, null, null);
    }

    /** @return the inclusive lower bound, if any */
    public Optional<BigDecimal> minIfSet() {
        return Optional.ofNullable(min);
    }

    /** @return the inclusive upper bound, if any */
    public Optional<BigDecimal> maxIfSet() {
        return Optional.ofNullable(max);
    }

    /**
     * @param value a value of this parameter's type
     * @return what is wrong with it (e.g. {@code "must be at most 100"}), or empty when it is within the bounds
     */
    public Optional<String> outOfBounds(ParameterValue value) {
        return Optional.ofNullable(problem(value, min, max));
    }

    private static String problem(ParameterValue value, BigDecimal min, BigDecimal max) {
        if (value.type() == ParameterType.DECIMAL_MAP) {
            for (Map.Entry<String, BigDecimal> e : value.entries().entrySet()) {
                String p = problem(e.getValue(), min, max);
                if (p != null) {
                    return "entry " + e.getKey() + "=" + e.getValue().toPlainString() + " " + p;
                }
            }
            return null;
        }
        if (value.type() == ParameterType.STRING_LIST || value.type() == ParameterType.BOOLEAN) {
            return null;
        }
        return problem(value.decimal(), min, max);
    }

    private static String problem(BigDecimal number, BigDecimal min, BigDecimal max) {
        if (min != null && number.compareTo(min) < 0) {
            return "must be at least " + min.toPlainString();
        }
        if (max != null && number.compareTo(max) > 0) {
            return "must be at most " + max.toPlainString();
        }
        return null;
    }
}

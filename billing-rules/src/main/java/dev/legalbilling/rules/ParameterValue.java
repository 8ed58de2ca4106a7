package dev.legalbilling.rules;

import dev.legalbilling.InvalidValueException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * The value of a named rule parameter: a threshold a rule reads from the profile instead of hard-coding it.
 * Rules see it as a {@link dev.legalbilling.rules.fact.Parameter} fact.
 *
 * <p>MONEY values are plain amounts understood in the invoice currency (a profile belongs to one client and its
 * invoices are in one currency). Immutable and thread-safe.
 *
 * @param type the type
 * @param decimal the number for DECIMAL, MONEY and INTEGER; zero for STRING_LIST
 * @param strings the strings for STRING_LIST; empty otherwise; unmodifiable
 */
public record ParameterValue(ParameterType type, BigDecimal decimal, List<String> strings) {

    /**
     * Validates the value.
     *
     * @throws InvalidValueException when an INTEGER has decimals, a MONEY amount is negative, or a string-list
     *     value carries a number (or the other way round)
     */
    public ParameterValue {
        Objects.requireNonNull(type, "type");
        decimal = decimal == null ? BigDecimal.ZERO : decimal;
        strings = strings == null ? List.of() : List.copyOf(strings);
        if (type == ParameterType.STRING_LIST && decimal.signum() != 0) {
            throw new InvalidValueException("parameter", decimal, "is a number but the parameter is a string list");
        }
        if (type != ParameterType.STRING_LIST && !strings.isEmpty()) {
            throw new InvalidValueException("parameter", strings, "is a string list but the parameter is " + type);
        }
        if (type == ParameterType.INTEGER && decimal.stripTrailingZeros().scale() > 0) {
            throw new InvalidValueException("parameter", decimal.toPlainString(), "must be a whole number");
        }
        if (type == ParameterType.MONEY && decimal.signum() < 0) {
            throw new InvalidValueException("parameter", decimal.toPlainString(), "must not be negative");
        }
    }

    /**
     * @param value a decimal such as hours
     * @return a DECIMAL value
     */
    public static ParameterValue decimal(BigDecimal value) {
        return new ParameterValue(ParameterType.DECIMAL, Objects.requireNonNull(value, "value"), List.of());
    }

    /**
     * @param value decimal text, e.g. {@code "10.0"}
     * @return a DECIMAL value
     * @throws InvalidValueException when the text is not a number
     */
    public static ParameterValue decimal(String value) {
        return decimal(parse(value));
    }

    /**
     * @param amount an amount in the invoice currency, not negative
     * @return a MONEY value
     */
    public static ParameterValue money(BigDecimal amount) {
        return new ParameterValue(ParameterType.MONEY, Objects.requireNonNull(amount, "amount"), List.of());
    }

    /**
     * @param value a whole number
     * @return an INTEGER value
     */
    public static ParameterValue integer(long value) {
        return new ParameterValue(ParameterType.INTEGER, BigDecimal.valueOf(value), List.of());
    }

    /**
     * @param values the strings
     * @return a STRING_LIST value
     */
    public static ParameterValue strings(List<String> values) {
        return new ParameterValue(ParameterType.STRING_LIST, BigDecimal.ZERO, values);
    }

    /**
     * Reads a value of the given type from text; lists are comma separated.
     *
     * @param type the type
     * @param text the text, e.g. {@code "10"} or {@code "L110, L120"}
     * @return the value
     * @throws InvalidValueException when the text does not fit the type
     */
    public static ParameterValue parse(ParameterType type, String text) {
        Objects.requireNonNull(text, "text");
        return switch (type) {
            case DECIMAL -> decimal(parse(text));
            case MONEY -> money(parse(text));
            case INTEGER -> new ParameterValue(ParameterType.INTEGER, parse(text), List.of());
            case STRING_LIST -> strings(text.isBlank() ? List.of()
                    : java.util.Arrays.stream(text.split(",")).map(String::strip).toList());
        };
    }

    private static BigDecimal parse(String text) {
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            throw new InvalidValueException("parameter", text, "is not a decimal number");
        }
    }

    /** @return the value as text: the plain number, or the strings joined by {@code ", "} */
    public String asText() {
        return type == ParameterType.STRING_LIST ? String.join(", ", strings) : decimal.toPlainString();
    }
}

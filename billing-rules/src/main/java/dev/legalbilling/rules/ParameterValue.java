package dev.legalbilling.rules;

import dev.legalbilling.InvalidValueException;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The value of a named rule parameter: a threshold a rule reads from the profile instead of hard-coding it.
 * Rules see it as a {@link dev.legalbilling.rules.fact.Parameter} fact.
 *
 * <p>MONEY values are plain amounts understood in the invoice currency (a profile belongs to one client and its
 * invoices are in one currency). BOOLEAN values are held as 1 (true) or 0 (false) in {@code decimal}. Immutable and
 * thread-safe.
 *
 * @param type the type
 * @param decimal the number for DECIMAL, MONEY and INTEGER, 1 or 0 for BOOLEAN; zero for the other types
 * @param strings the strings for STRING_LIST; empty otherwise; unmodifiable
 * @param entries the numbers by key for DECIMAL_MAP, in the order given; empty otherwise; unmodifiable
 */
public record ParameterValue(ParameterType type, BigDecimal decimal, List<String> strings,
        Map<String, BigDecimal> entries) {

    /**
     * Validates the value.
     *
     * @throws InvalidValueException when an INTEGER has decimals, a MONEY amount is negative, a BOOLEAN is not 0 or
     *     1, a map key is blank, or the value carries data of another type
     */
    public ParameterValue {
        Objects.requireNonNull(type, "type");
        decimal = decimal == null ? BigDecimal.ZERO : decimal;
        strings = strings == null ? List.of() : List.copyOf(strings);
        entries = entries == null ? Map.of() : copy(entries);
        boolean numeric = type == ParameterType.DECIMAL || type == ParameterType.MONEY
                || type == ParameterType.INTEGER || type == ParameterType.BOOLEAN;
        if (!numeric && decimal.signum() != 0) {
            throw new InvalidValueException("parameter", decimal, "is a number but the parameter is " + type);
        }
        if (type != ParameterType.STRING_LIST && !strings.isEmpty()) {
            throw new InvalidValueException("parameter", strings, "is a string list but the parameter is " + type);
        }
        if (type != ParameterType.DECIMAL_MAP && !entries.isEmpty()) {
            throw new InvalidValueException("parameter", entries, "is a map but the parameter is " + type);
        }
        if (type == ParameterType.INTEGER && decimal.stripTrailingZeros().scale() > 0) {
            throw new InvalidValueException("parameter", decimal.toPlainString(), "must be a whole number");
        }
        if (type == ParameterType.MONEY && decimal.signum() < 0) {
            throw new InvalidValueException("parameter", decimal.toPlainString(), "must not be negative");
        }
        if (type == ParameterType.BOOLEAN && decimal.compareTo(BigDecimal.ZERO) != 0
                && decimal.compareTo(BigDecimal.ONE) != 0) {
            throw new InvalidValueException("parameter", decimal.toPlainString(), "must be true or false");
        }
    }

    /**
     * A value of one of the types that existed before BOOLEAN and DECIMAL_MAP.
     *
     * @param type the type
     * @param decimal the number, or null
     * @param strings the strings, or null
     */
    public ParameterValue(ParameterType type, BigDecimal decimal, List<String> strings) {
        this(type, decimal, strings, Map.of());
    }

    private static Map<String, BigDecimal> copy(Map<String, BigDecimal> entries) {
        Map<String, BigDecimal> copy = new LinkedHashMap<>();
        for (Map.Entry<String, BigDecimal> e : entries.entrySet()) {
            if (e.getKey() == null || e.getKey().isBlank()) {
                throw new InvalidValueException("parameter", entries, "has a blank key");
            }
            copy.put(e.getKey(), Objects.requireNonNull(e.getValue(), "value of " + e.getKey()));
        }
        return Collections.unmodifiableMap(copy);
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
     * @param value yes or no
     * @return a BOOLEAN value
     */
    public static ParameterValue bool(boolean value) {
        return new ParameterValue(ParameterType.BOOLEAN, value ? BigDecimal.ONE : BigDecimal.ZERO, List.of());
    }

    /**
     * @param entries numbers by key, e.g. {@code {"E101": 0.10}}; keys not blank
     * @return a DECIMAL_MAP value keeping the entries' order
     */
    public static ParameterValue decimalMap(Map<String, BigDecimal> entries) {
        return new ParameterValue(ParameterType.DECIMAL_MAP, BigDecimal.ZERO, List.of(),
                Objects.requireNonNull(entries, "entries"));
    }

    /**
     * Reads a value of the given type from text: lists are comma separated, booleans are {@code true}/{@code false}
     * (or 1/0), maps are comma-separated {@code key=number} pairs.
     *
     * @param type the type
     * @param text the text, e.g. {@code "10"}, {@code "L110, L120"}, {@code "false"} or {@code "E101=0.10, E111=50"}
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
            case BOOLEAN -> bool(parseBoolean(text));
            case DECIMAL_MAP -> decimalMap(parseMap(text));
        };
    }

    private static boolean parseBoolean(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "true", "1" -> true;
            case "false", "0" -> false;
            default -> throw new InvalidValueException("parameter", text, "is not true or false");
        };
    }

    private static Map<String, BigDecimal> parseMap(String text) {
        Map<String, BigDecimal> out = new LinkedHashMap<>();
        if (text.isBlank()) {
            return out;
        }
        for (String pair : text.split(",")) {
            int eq = pair.indexOf('=');
            if (eq < 0) {
                throw new InvalidValueException("parameter", pair.strip(), "is not a key=number pair");
            }
            out.put(pair.substring(0, eq).strip(), parse(pair.substring(eq + 1)));
        }
        return out;
    }

    private static BigDecimal parse(String text) {
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            throw new InvalidValueException("parameter", text, "is not a decimal number");
        }
    }

    /** @return true for a BOOLEAN value that is true */
    public boolean isTrue() {
        return type == ParameterType.BOOLEAN && decimal.signum() != 0;
    }

    /**
     * @return the value as text: the plain number, the strings joined by {@code ", "}, {@code true}/{@code false},
     *     or the {@code key=number} pairs joined by {@code ", "}
     */
    public String asText() {
        return switch (type) {
            case STRING_LIST -> String.join(", ", strings);
            case BOOLEAN -> Boolean.toString(isTrue());
            case DECIMAL_MAP -> String.join(", ", entries.entrySet().stream()
                    .map(e -> e.getKey() + "=" + e.getValue().toPlainString()).toList());
            default -> decimal.toPlainString();
        };
    }
}

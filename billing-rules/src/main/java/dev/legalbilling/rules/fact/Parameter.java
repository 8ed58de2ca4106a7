package dev.legalbilling.rules.fact;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * One named rule parameter in force for the check: the profile's value when it sets one, else the default the
 * rule set's manifest documents. Rules read thresholds only from these facts, never from literals.
 *
 * <pre>{@code
 * Parameter(ruleId == "DEMO-SINGLE-ENTRY", name == "maxHoursPerEntry", $max : decimal)
 * $l : LineFact(type == "F", hours > $max)
 *
 * Parameter(ruleId == "OCG-BANNED-WORDS", name == "words", $words : strings)
 * }</pre>
 *
 * @param ruleId the rule the parameter belongs to
 * @param name the parameter name
 * @param type {@code "DECIMAL"}, {@code "MONEY"}, {@code "INTEGER"} or {@code "STRING_LIST"}
 * @param decimal the value of a DECIMAL, MONEY (amount in the invoice currency) or INTEGER parameter; zero for
 *     string lists
 * @param strings the value of a STRING_LIST parameter; empty for the other types; unmodifiable
 */
public record Parameter(String ruleId, String name, String type, BigDecimal decimal, List<String> strings) {

    /** Checks that nothing is null and copies the list. */
    public Parameter {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(decimal, "decimal");
        strings = List.copyOf(strings);
    }
}

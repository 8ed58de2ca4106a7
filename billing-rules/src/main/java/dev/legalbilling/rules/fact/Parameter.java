package dev.legalbilling.rules.fact;

import java.math.BigDecimal;
import java.util.AbstractList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.Set;

/**
 * One named rule parameter in force for the check: the profile's value when it sets one, else the default the
 * rule set's manifest documents. Rules read thresholds only from these facts (or the same values through
 * {@link LineContext#parameter(String, String)}), never from literals.
 *
 * <pre>{@code
 * Parameter(ruleId == "DEMO-SINGLE-ENTRY", name == "maxHoursPerEntry", $max : decimal)
 * $l : LineFact(type == "F", hours > $max)
 *
 * Parameter(ruleId == "OCG-BANNED-WORDS", name == "words", $words : strings)
 * Parameter(ruleId == "OCG-INTERNAL-CONFERENCE", name == "allowed", $allowed : flag)
 * Parameter(ruleId == "OCG-EXPENSE-CAP", name == "unitCaps", $caps : entries)
 * $l : LineFact(type == "E", $caps.containsKey(expenseCode), rate > $caps.get(expenseCode))
 * }</pre>
 *
 * <p>Class reactive (facts are never modified), so that a threshold test written in the Parameter pattern against an
 * earlier pattern's line ({@code Parameter(..., $l.units > decimal)}) compiles without property-reactivity warnings.
 *
 * <p>{@code strings} answers {@code contains} (and so {@code memberOf}) in constant time, so a rule may test every
 * line against a long list, such as an approved-timekeeper roster.
 *
 * @param ruleId the rule the parameter belongs to
 * @param name the parameter name
 * @param type {@code "DECIMAL"}, {@code "MONEY"}, {@code "INTEGER"}, {@code "STRING_LIST"}, {@code "BOOLEAN"} or
 *     {@code "DECIMAL_MAP"}
 * @param decimal the value of a DECIMAL, MONEY (amount in the invoice currency) or INTEGER parameter, 1 or 0 for a
 *     BOOLEAN; zero for the other types
 * @param strings the value of a STRING_LIST parameter; empty for the other types; unmodifiable
 * @param entries the value of a DECIMAL_MAP parameter, numbers by key; empty for the other types; unmodifiable
 * @param flag the value of a BOOLEAN parameter; false for the other types
 */
@org.kie.api.definition.type.ClassReactive
public record Parameter(String ruleId, String name, String type, BigDecimal decimal, List<String> strings,
        Map<String, BigDecimal> entries, boolean flag) {

    /** Checks that nothing is null and copies the collections. */
    public Parameter {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(decimal, "decimal");
        strings = strings instanceof StringList ? strings : new StringList(strings);
        entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
    }

    /**
     * A parameter of one of the types that existed before BOOLEAN and DECIMAL_MAP.
     *
     * @param ruleId the rule
     * @param name the parameter name
     * @param type the type name
     * @param decimal the number
     * @param strings the strings
     */
    public Parameter(String ruleId, String name, String type, BigDecimal decimal, List<String> strings) {
        this(ruleId, name, type, decimal, strings, Map.of(), false);
    }

    /**
     * An unmodifiable list with a hash set beside it, so that {@code contains} does not scan, and the items in
     * {@link Text#normalize(String) normalised} form indexed once, for {@link Narrative} phrase matching.
     */
    static final class StringList extends AbstractList<String> implements RandomAccess {
        private final List<String> items;
        private final Set<String> set;
        private final PhraseIndex index;

        StringList(List<String> values) {
            this.items = List.copyOf(values);
            this.set = new HashSet<>(items);
            this.index = new PhraseIndex(items.stream().map(Text::normalize).toList());
        }

        /** @return the items normalised, indexed for {@link Narrative} phrase matching */
        PhraseIndex index() {
            return index;
        }

        @Override
        public String get(int index) {
            return items.get(index);
        }

        @Override
        public int size() {
            return items.size();
        }

        @Override
        public boolean contains(Object o) {
            return set.contains(o);
        }
    }
}

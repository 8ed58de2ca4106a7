package dev.legalbilling.rules.fact;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * The rule parameters in force for a check, by rule id and name: the same values as the {@link Parameter} facts,
 * reachable from every {@link LineContext} through {@link LineContext#parameter(String, String)}.
 *
 * <p>Why: a per-line threshold written on the line's own pattern is an alpha constraint, tested once per line when
 * the line is inserted, and only the lines that pass it go further into the rule. Written as a join with a
 * {@code Parameter} fact instead, every line of the type enters every such rule before the threshold is tested.
 * Both forms give the same findings (see {@code docs/rule-authoring.md}).
 *
 * <pre>{@code
 * // per line: the threshold on the LineContext pattern
 * $c : LineContext(line.type == "F", line.units > parameter("OCG-LONG-ENTRY", "maxHours").decimal, $l : line)
 * }</pre>
 *
 * <p>Rule ids are global across an engine's rule sets, as they are in profiles: when two rule sets give the same
 * rule id a parameter of the same name, the first rule set's value is the one found here. Immutable (its maps are
 * never modified after {@link #of} nor handed out); thread-safe.
 */
public final class Parameters {
    private static final Parameters NONE = new Parameters(Map.of());

    private final Map<String, Map<String, Parameter>> byRule;

    private Parameters(Map<String, Map<String, Parameter>> byRule) {
        this.byRule = byRule;
    }

    /**
     * @param parameters parameter facts, in rule-set order
     * @return them by rule id and name (the first of a rule id and name wins)
     */
    public static Parameters of(Collection<Parameter> parameters) {
        // HashMaps, never handed out: get runs in the alpha constraints of every line (a dozen times per fee line in
        // the guideline pack), and a HashMap hit on a constant string (hash cached, same instance) is a mask and a
        // reference comparison, where Map.copyOf's table probes with a division (floorMod) first
        Map<String, Map<String, Parameter>> byRule = new HashMap<>();
        for (Parameter p : parameters) {
            byRule.computeIfAbsent(p.ruleId(), k -> new HashMap<>()).putIfAbsent(p.name(), p);
        }
        return new Parameters(byRule);
    }

    /** @return no parameters at all */
    public static Parameters none() {
        return NONE;
    }

    /**
     * @param ruleId a rule id
     * @param name a parameter name
     * @return the parameter in force
     * @throws UnknownParameterException when the rule set documents no such parameter
     */
    public Parameter get(String ruleId, String name) {
        Map<String, Parameter> names = byRule.get(ruleId);
        Parameter p = names == null ? null : names.get(name);
        if (p == null) {
            throw new UnknownParameterException(ruleId, name);
        }
        return p;
    }

    /** @return how many parameters, for diagnostics */
    @Override
    public String toString() {
        return "Parameters[" + byRule.values().stream().mapToInt(Map::size).sum() + "]";
    }
}

package dev.legalbilling.report;

import dev.legalbilling.report.internal.Templates;
import dev.legalbilling.rules.ParameterDefinition;
import dev.legalbilling.rules.ParameterValue;
import dev.legalbilling.rules.RuleDefinition;
import dev.legalbilling.rules.RuleSetInfo;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The HTML page of {@code billing rules list}: per rule set its id, version, SHA-256 and origin, then one row per
 * rule with id, default severity and action, whether it is enabled by default, description, citation, and its
 * parameters with types, defaults (as a profile file writes them, {@link #valueText}) and ranges. Stateless;
 * thread-safe.
 */
public final class RuleCataloguePage {
    private RuleCataloguePage() {
    }

    /**
     * @param ruleSets the rule sets to list, in order
     * @return the page: one self-contained HTML document
     */
    public static String render(List<RuleSetInfo> ruleSets) {
        int rules = ruleSets.stream().mapToInt(s -> s.rules().size()).sum();
        Map<String, Object> page = Pages.page("Rule catalogue", "Rules",
                Pages.plural(ruleSets.size(), "rule set") + ", " + Pages.plural(rules, "rule") + ".");
        List<Map<String, Object>> sets = new ArrayList<>();
        for (RuleSetInfo set : ruleSets) {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("id", set.id());
            s.put("version", set.version());
            s.put("sha256", set.sha256());
            s.put("origin", set.origin());
            s.put("ruleCount", set.rules().size());
            List<Map<String, Object>> rows = new ArrayList<>();
            for (RuleDefinition r : set.rules()) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("id", r.id());
                row.put("severity", r.severity().name());
                row.put("action", r.action().name());
                row.put("enabled", r.enabled());
                row.put("description", r.description());
                row.put("citation", r.citation());
                List<Map<String, Object>> params = new ArrayList<>();
                for (ParameterDefinition p : r.parameters()) {
                    Map<String, Object> pm = new LinkedHashMap<>();
                    pm.put("name", p.name());
                    pm.put("type", p.type().name());
                    pm.put("default", valueText(p.defaultValue()));
                    pm.put("range", range(p));
                    pm.put("description", p.description());
                    params.add(pm);
                }
                row.put("parameters", params);
                row.put("hasParameters", !params.isEmpty());
                rows.add(row);
            }
            s.put("rules", rows);
            sets.add(s);
        }
        page.put("sets", sets);
        return Templates.bundled().html("rules.html", page);
    }

    /**
     * The value as a profile file writes it ({@code docs/profiles.md}).
     *
     * @param value a parameter value
     * @return the plain number, {@code true} or {@code false}, the strings in brackets, or the code-to-number map in
     *     braces
     */
    public static String valueText(ParameterValue value) {
        return switch (value.type()) {
            case STRING_LIST -> "[" + String.join(", ", value.strings()) + "]";
            case DECIMAL_MAP -> "{" + String.join(", ", value.entries().entrySet().stream()
                    .map(e -> e.getKey() + ": " + e.getValue().toPlainString()).toList()) + "}";
            case BOOLEAN -> Boolean.toString(value.isTrue());
            case DECIMAL, MONEY, INTEGER -> value.decimal().toPlainString();
        };
    }

    private static String range(ParameterDefinition p) {
        if (p.min() == null && p.max() == null) {
            return "";
        }
        return (p.min() == null ? "" : "from " + p.min().toPlainString())
                + (p.min() != null && p.max() != null ? " " : "")
                + (p.max() == null ? "" : "to " + p.max().toPlainString());
    }
}

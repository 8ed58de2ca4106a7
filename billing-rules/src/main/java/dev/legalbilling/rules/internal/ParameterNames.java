package dev.legalbilling.rules.internal;

import dev.legalbilling.rules.ParameterDefinition;
import dev.legalbilling.rules.RuleDefinition;
import dev.legalbilling.rules.RuleSetLoadException.Problem;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RuleDescr;

/**
 * Checks, when a rule set loads, that every {@code Parameter(ruleId == "...", name == "...")} pattern and every
 * {@code parameter("...", "...")} call names a rule and a parameter the manifest documents: a misspelt name would
 * otherwise compile and the rule would never fire. A problem names the file, line and column and the closest
 * documented name. Only names written as string literals are checked, and only in rule sets with a manifest (a rule
 * set without one takes its parameters from the profile alone). Stateless.
 */
final class ParameterNames {
    private static final Pattern RULE_ID = Pattern.compile("^\\s*ruleId\\s*==\\s*\"([^\"]*)\"\\s*$");
    private static final Pattern NAME = Pattern.compile("^\\s*name\\s*==\\s*\"([^\"]*)\"\\s*$");
    private static final Pattern CALL =
            Pattern.compile("\\bparameter\\s*\\(\\s*\"([^\"]*)\"\\s*,\\s*\"([^\"]*)\"\\s*\\)");

    private ParameterNames() {
    }

    static List<Problem> check(RuleSetContent content, SourceFile file, PackageDescr descr) {
        if (content.manifest() == null) {
            return List.of(); // without a manifest, parameters come from the profile alone: nothing to check against
        }
        Map<String, RuleDefinition> documented = content.manifest().rules();
        List<Problem> problems = new ArrayList<>();
        for (RuleDescr rule : descr.getRules()) {
            if (rule.getLhs() != null) {
                walk(rule.getLhs(), content, file, documented, problems);
            }
        }
        String code = withoutComments(file.text());
        Matcher m = CALL.matcher(code);
        while (m.find()) {
            int line = 1 + (int) code.substring(0, m.start()).chars().filter(c -> c == '\n').count();
            int column = m.start() - code.lastIndexOf('\n', m.start() - 1);
            String problem = unknown(m.group(1), m.group(2), documented, content);
            if (problem != null) {
                problems.add(new Problem(content.id(), file.name(), line, column, "PARAMETER",
                        "parameter(\"" + m.group(1) + "\", \"" + m.group(2) + "\") " + problem));
            }
        }
        return problems;
    }

    private static void walk(BaseDescr node, RuleSetContent content, SourceFile file,
            Map<String, RuleDefinition> documented, List<Problem> problems) {
        if (node instanceof PatternDescr pattern) {
            String type = pattern.getObjectType() == null ? "" : pattern.getObjectType();
            if (type.equals("Parameter") || type.equals("dev.legalbilling.rules.fact.Parameter")) {
                String ruleId = null;
                String name = null;
                BaseDescr at = pattern;
                for (BaseDescr c : pattern.getDescrs()) {
                    if (c instanceof ExprConstraintDescr e) {
                        Matcher r = RULE_ID.matcher(e.getExpression());
                        Matcher n = NAME.matcher(e.getExpression());
                        if (r.matches()) {
                            ruleId = r.group(1);
                        } else if (n.matches()) {
                            name = n.group(1);
                            at = e;
                        }
                    }
                }
                if (ruleId != null) {
                    String problem = unknown(ruleId, name, documented, content);
                    if (problem != null) {
                        problems.add(new Problem(content.id(), file.name(), Math.max(at.getLine(), 1),
                                Math.max(at.getColumn(), 0) + 1, "PARAMETER", "Parameter(ruleId == \"" + ruleId
                                        + "\"" + (name == null ? "" : ", name == \"" + name + "\"") + ") " + problem));
                    }
                }
            }
            if (pattern.getSource() != null) {
                walk(pattern.getSource(), content, file, documented, problems);
            }
        } else if (node instanceof ConditionalElementDescr ce) {
            for (BaseDescr child : ce.getDescrs()) {
                walk(child, content, file, documented, problems);
            }
        }
    }

    /** @return why the names are not documented ("names ..., which ...; did you mean ...?"), or null */
    private static String unknown(String ruleId, String name, Map<String, RuleDefinition> documented,
            RuleSetContent content) {
        RuleDefinition rule = documented.get(ruleId);
        if (rule == null) {
            return "names rule " + ruleId + ", which the manifest of rule set " + content.id()
                    + " does not document, so it would never match" + closest(ruleId, documented.keySet(), "rules");
        }
        if (name == null || rule.parameter(name).isPresent()) {
            return null;
        }
        List<String> names = rule.parameters().stream().map(ParameterDefinition::name).toList();
        return "names parameter " + name + ", which the manifest does not document for rule " + ruleId
                + ", so it would never match" + closest(name, names, "parameters");
    }

    /** @return {@code "; did you mean X?"} for a near miss, else the documented names */
    static String closest(String given, Collection<String> known, String what) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String k : known) {
            int d = distance(given.toLowerCase(Locale.ROOT), k.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                bestDistance = d;
                best = k;
            }
        }
        if (best != null && bestDistance <= Math.max(2, given.length() / 3)) {
            return "; did you mean " + best + "?";
        }
        return known.isEmpty() ? "; it documents no " + what : "; documented " + what + ": "
                + String.join(", ", new TreeSet<>(known));
    }

    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    /** @return the text with comments blanked out (newlines kept, so offsets and lines stay) */
    private static String withoutComments(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '"') {
                int end = i + 1;
                while (end < text.length() && text.charAt(end) != '"' && text.charAt(end) != '\n') {
                    end += text.charAt(end) == '\\' ? 2 : 1;
                }
                end = Math.min(end + 1, text.length());
                out.append(text, i, end);
                i = end;
            } else if (text.startsWith("//", i)) {
                while (i < text.length() && text.charAt(i) != '\n') {
                    out.append(' ');
                    i++;
                }
            } else if (text.startsWith("/*", i)) {
                int end = text.indexOf("*/", i + 2);
                end = end < 0 ? text.length() : end + 2;
                for (int k = i; k < end; k++) {
                    out.append(text.charAt(k) == '\n' ? '\n' : ' ');
                }
                i = end;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }
}

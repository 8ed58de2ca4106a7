package dev.legalbilling.rules.internal;

import dev.legalbilling.rules.RuleSetLoadException.Problem;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites what Drools and the Java compiler say about a rule file into one plain sentence at the right place: an
 * unknown field names the fact and its fields with the closest one; an unknown method the same; a syntax error that
 * Drools notices only at the next keyword ({@code then}, {@code end}) points at the end of the line left unfinished.
 * Stateless.
 */
final class PlainErrors {
    private static final String FACT_PACKAGE = "dev.legalbilling.rules.fact.";
    private static final Pattern LEFT_PART = Pattern.compile(
            "^(?:Unable to parse left part of expression: |Unable to Analyse Expression )(.+?):?\\s*$");
    private static final Pattern UNDEFINED_METHOD = Pattern.compile(
            "The method (\\w+)\\(([^)]*)\\) is undefined for the type (\\w+)");
    private static final Pattern MISMATCHED = Pattern.compile(
            "^\\[ERR \\d+\\] Line (\\d+):(\\d+) mismatched input '(.*?)'(?: expecting (.*?))?(?: in rule \"(.*)\")?\\s*$");
    private static final Pattern ERR_PREFIX = Pattern.compile("^\\[ERR \\d+\\] Line \\d+:\\d+ ");
    private static final Set<String> LATE_KEYWORDS = Set.of("then", "end", "rule", "<EOF>");

    private PlainErrors() {
    }

    static List<Problem> rewrite(RuleSetContent content, List<Problem> problems) {
        List<Problem> out = new ArrayList<>(problems.size());
        for (Problem p : problems) {
            SourceFile file = content.drlFiles().stream().filter(f -> f.name().equals(p.path())).findFirst()
                    .orElse(null);
            Problem plain = file == null ? null : plain(p, file, content);
            out.add(plain == null ? p : plain);
        }
        return out;
    }

    private static Problem plain(Problem p, SourceFile file, RuleSetContent content) {
        String[] lines = file.text().split("\n", -1);
        Matcher left = LEFT_PART.matcher(p.message());
        if (left.matches() && p.line() >= 1 && p.line() <= lines.length) {
            Matcher id = Pattern.compile("^\\s*!?\\s*(\\w+)").matcher(left.group(1));
            String line = lines[p.line() - 1];
            if (id.find()) {
                String field = id.group(1);
                int at = line.indexOf(left.group(1).strip());
                int fieldAt = at >= 0 ? at + left.group(1).indexOf(field) - (left.group(1).length()
                        - left.group(1).stripLeading().length()) : line.indexOf(field);
                Class<?> fact = factBefore(lines, p.line() - 1, Math.max(fieldAt, 0));
                if (fact != null) {
                    List<String> fields = fields(fact);
                    if (!fields.contains(field)) {
                        return new Problem(p.ruleSetId(), p.path(), p.line(), fieldAt >= 0 ? fieldAt + 1 : 0,
                                p.kind(), fact.getSimpleName() + " has no field " + field
                                        + ParameterNames.closest(field, fields, "fields") + " ("
                                        + fact.getSimpleName() + "'s fields: " + String.join(", ", fields) + ")");
                    }
                }
            }
            return new Problem(p.ruleSetId(), p.path(), p.line(), p.column(), p.kind(), "cannot understand the"
                    + " constraint " + left.group(1).strip());
        }
        Matcher method = UNDEFINED_METHOD.matcher(p.message());
        if (method.find()) {
            Class<?> fact = fact(method.group(3));
            String name = method.group(1);
            int[] at = find(lines, "." + name + "(");
            int line = at == null ? p.line() : at[0];
            int column = at == null ? p.column() : at[1] + 1;
            String message = fact == null ? "the type " + method.group(3) + " has no method " + name + "("
                    + method.group(2) + ")" : fact.getSimpleName() + " has no method " + name + "()"
                    + ParameterNames.closest(name, fields(fact), "methods").replace("?", "()?");
            return new Problem(p.ruleSetId(), p.path(), line, column, p.kind(), message);
        }
        Matcher mismatched = MISMATCHED.matcher(p.message());
        if (mismatched.matches()) {
            String token = mismatched.group(3);
            String rule = mismatched.group(5) == null ? "" : " (rule \"" + mismatched.group(5) + "\")";
            int line = Integer.parseInt(mismatched.group(1));
            if (LATE_KEYWORDS.contains(token)) {
                for (int i = Math.min(line, lines.length) - 2; i >= 0; i--) {
                    String text = lines[i];
                    if (!text.isBlank() && !text.strip().startsWith("//")) {
                        return new Problem(p.ruleSetId(), p.path(), i + 1, text.stripTrailing().length(), p.kind(),
                                "this line is not finished when '" + token + "' follows: a bracket or quote opened"
                                        + " here or above is not closed" + rule);
                    }
                }
            }
            return new Problem(p.ruleSetId(), p.path(), line, Integer.parseInt(mismatched.group(2)) + 1, p.kind(),
                    "unexpected '" + token + "'" + (mismatched.group(4) == null ? "" : ", expected "
                            + mismatched.group(4)) + rule);
        }
        Matcher prefix = ERR_PREFIX.matcher(p.message());
        if (prefix.find()) {
            return new Problem(p.ruleSetId(), p.path(), p.line(), p.column(), p.kind(), "syntax error: "
                    + p.message().substring(prefix.end()));
        }
        return null;
    }

    /** @return the fact class of the nearest pattern opened before the position, or null */
    private static Class<?> factBefore(String[] lines, int lineIndex, int column) {
        StringBuilder before = new StringBuilder();
        for (int i = Math.max(0, lineIndex - 20); i < lineIndex; i++) {
            before.append(lines[i]).append('\n');
        }
        before.append(lines[lineIndex], 0, Math.min(column, lines[lineIndex].length()));
        Matcher m = Pattern.compile("(\\w+)\\s*\\(").matcher(before);
        Class<?> found = null;
        while (m.find()) {
            Class<?> c = fact(m.group(1));
            if (c != null) {
                found = c;
            }
        }
        return found;
    }

    private static Class<?> fact(String simpleName) {
        if (simpleName.isEmpty() || !Character.isUpperCase(simpleName.charAt(0))) {
            return null;
        }
        try {
            return Class.forName(FACT_PACKAGE + simpleName, false, PlainErrors.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            return null;
        }
    }

    /** @return the fields a constraint can name: a record's components, else its public no-argument methods */
    private static List<String> fields(Class<?> fact) {
        TreeSet<String> names = new TreeSet<>();
        if (fact.isRecord()) {
            for (RecordComponent c : fact.getRecordComponents()) {
                names.add(c.getName());
            }
        }
        for (Method m : fact.getDeclaredMethods()) {
            if (Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers())
                    && m.getParameterCount() == 0 && m.getReturnType() != void.class
                    && !Set.of("hashCode", "toString").contains(m.getName())) {
                names.add(m.getName());
            }
        }
        return new ArrayList<>(names);
    }

    private static int[] find(String[] lines, String text) {
        for (int i = 0; i < lines.length; i++) {
            int at = lines[i].indexOf(text);
            if (at >= 0) {
                return new int[] {i + 1, at + 1};
            }
        }
        return null;
    }
}

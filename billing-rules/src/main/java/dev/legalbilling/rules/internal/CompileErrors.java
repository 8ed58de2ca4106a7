package dev.legalbilling.rules.internal;

import dev.legalbilling.rules.RuleSetLoadException.Problem;
import dev.legalbilling.rules.internal.security.ExecutableModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns what the executable-model compiler says into problems at the rule file's own line: errors in generated Java
 * are traced back to the DRL line whose code they are, errors without a line to the line holding the expression the
 * message quotes. Stateless.
 */
final class CompileErrors {
    private static final Pattern SOURCE_HEADER = Pattern.compile("Java source of (\\S+) in error:");
    private static final Pattern EXPRESSION = Pattern.compile("Unable to Analyse Expression (.+?):?\\s*$");
    private static final Pattern QUOTED = Pattern.compile("'([^']{3,})'|\"([^\"]{3,})\"");

    private CompileErrors() {
    }

    static List<Problem> translate(RuleSetContent content, List<ExecutableModel.Message0> errors) {
        Map<String, String> javaSources = new HashMap<>();
        for (ExecutableModel.Message0 e : errors) {
            Matcher m = SOURCE_HEADER.matcher(e.text());
            if (m.lookingAt()) {
                javaSources.put(m.group(1), e.text().substring(m.end()));
            }
        }
        String firstFile = content.drlFiles().get(0).name();
        LinkedHashSet<Problem> problems = new LinkedHashSet<>();
        for (ExecutableModel.Message0 e : errors) {
            if (SOURCE_HEADER.matcher(e.text()).lookingAt()) {
                continue;
            }
            String message = oneLine(e.text());
            String path = e.path() == null ? "" : e.path();
            if (path.endsWith(".drl")) {
                String name = path.substring(path.lastIndexOf('/') + 1);
                SourceFile file = file(content, name);
                if (file == null && name.endsWith(".drl")) {
                    file = file(content, name.substring(0, name.length() - 4)); // the DRL of a decision table
                    name = file == null ? name : file.name();
                }
                int line = e.line() > 0 ? e.line() : file == null ? 1 : locate(file.text(), message);
                problems.add(new Problem(content.id(), name, line, e.line() > 0 ? e.column() : 0, "COMPILE",
                        message));
            } else if (path.endsWith(".java")) {
                String source = javaSources.get(path);
                String code = source == null ? null : line(source, e.line());
                int[] at = code == null ? null : find(content, code);
                if (at != null) {
                    problems.add(new Problem(content.id(), content.drlFiles().get(at[0]).name(), at[1], 0, "COMPILE",
                            message));
                } else {
                    problems.add(new Problem(content.id(), firstFile, 1, 0, "COMPILE",
                            "the Java code of a rule does not compile: " + message));
                }
            } else {
                problems.add(new Problem(content.id(), firstFile, 1, 0, "COMPILE", message));
            }
        }
        return new ArrayList<>(problems);
    }

    private static SourceFile file(RuleSetContent content, String name) {
        return content.drlFiles().stream().filter(f -> f.name().equals(name)).findFirst().orElse(null);
    }

    private static String line(String source, int line) {
        List<String> lines = source.lines().toList();
        return line >= 1 && line <= lines.size() ? lines.get(line - 1).strip() : null;
    }

    /** @return {file index, line} of the DRL line holding the generated statement, or null */
    private static int[] find(RuleSetContent content, String code) {
        String wanted = code.replace("drools.", "").strip();
        if (wanted.length() < 3) {
            return null;
        }
        for (int f = 0; f < content.drlFiles().size(); f++) {
            List<String> lines = content.drlFiles().get(f).text().lines().toList();
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).strip().equals(wanted) || lines.get(i).contains(wanted)) {
                    return new int[] {f, i + 1};
                }
            }
        }
        return null;
    }

    /** @return the line holding what the message quotes or names after its last colon, else 1 */
    static int locate(String text, String message) {
        List<String> candidates = new ArrayList<>();
        Matcher q = QUOTED.matcher(message);
        while (q.find()) {
            candidates.add(q.group(1) != null ? q.group(1) : q.group(2));
        }
        Matcher expression = EXPRESSION.matcher(message);
        if (expression.find()) {
            candidates.add(expression.group(1).strip());
        }
        int colon = message.lastIndexOf(": ");
        if (colon >= 0) {
            candidates.add(message.substring(colon + 2).strip());
        }
        for (String c : candidates) {
            int at = text.indexOf(c);
            if (at >= 0 && c.length() >= 3) {
                return 1 + (int) text.substring(0, at).chars().filter(ch -> ch == '\n').count();
            }
        }
        return 1;
    }

    private static String oneLine(String message) {
        return String.join(" ", message.strip().split("\\s*\\R\\s*"));
    }
}

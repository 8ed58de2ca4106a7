package dev.legalbilling.ledes.internal;

import dev.legalbilling.ledes.LedesDialect;
import dev.legalbilling.ledes.LedesErrorCode;
import dev.legalbilling.ledes.LedesIssue;
import dev.legalbilling.ledes.LedesIssue.Severity;
import java.util.Optional;

/**
 * Makes {@link LedesIssue}s for one file under one dialect: applies the dialect's severity, shortens long values
 * and withholds privileged ones. Not part of the API; thread-safe.
 */
public final class IssueFactory {
    private static final int SHOWN = 60;

    private final LedesDialect dialect;
    private final String file;

    /**
     * @param dialect decides severities
     * @param file file name for every issue
     */
    public IssueFactory(LedesDialect dialect, String file) {
        this.dialect = dialect;
        this.file = file;
    }

    /** @return the file name */
    public String file() {
        return file;
    }

    /**
     * @param code the code
     * @param line 1-based line, or 0
     * @param field the field, or null
     * @param value the value as written, or null
     * @param problem the rest of the sentence, e.g. {@code is not a CCYYMMDD date}
     * @return the issue, or null when the dialect switches the code off
     */
    public LedesIssue issue(LedesErrorCode code, int line, Field field, String value, String problem) {
        Optional<Severity> severity = dialect.severity(code);
        return severity.map(s -> issue(code, s, line, field, value, problem)).orElse(null);
    }

    /**
     * @param code the code
     * @param severity the severity, regardless of the dialect
     * @param line 1-based line, or 0
     * @param field the field, or null
     * @param value the value as written, or null
     * @param problem the rest of the sentence
     * @return the issue
     */
    public LedesIssue issue(LedesErrorCode code, Severity severity, int line, Field field, String value,
            String problem) {
        String shown = value == null ? null : show(field, value);
        StringBuilder m = new StringBuilder();
        if (field != null) {
            m.append(field.ledesName()).append(' ');
            if (shown != null) {
                m.append(field.privileged() ? shown : "'" + shown + "'").append(' ');
            }
        }
        m.append(problem);
        return new LedesIssue(code, severity, file, line, field == null ? null : field.ledesName(), shown,
                m.toString());
    }

    /**
     * @param field the field the value belongs to, or null
     * @param value a value as written
     * @return the value shortened to 60 characters, or a placeholder when the field is privileged
     */
    public static String show(Field field, String value) {
        if (field != null && field.privileged()) {
            return "[" + Values.length(value) + " characters withheld]";
        }
        if (value.length() <= SHOWN) {
            return value;
        }
        return value.substring(0, SHOWN) + "... (" + Values.length(value) + " characters)";
    }
}

package dev.legalbilling.ledes;

import dev.legalbilling.InvalidValueException;
import java.util.Objects;

/**
 * One problem found in a LEDES file: what ({@link #code()}), how bad ({@link #severity()}) and where (file, line,
 * field, value).
 *
 * <p>The message is one sentence naming the culprit, e.g.
 * {@code LINE_ITEM_TOTAL '631' is not units x unit cost + adjustment = 630.00}. Values of privileged fields
 * (descriptions, matter and client names and addresses) are never repeated: {@link #value()} then holds a
 * placeholder such as {@code [1500 characters withheld]}. Long values are shortened.
 *
 * <p>Immutable and thread-safe.
 *
 * @param code the stable error code
 * @param severity error (the receiver would reject the file) or warning
 * @param file the file name as given to the reader; never null
 * @param line 1-based line in the file, or 0 when the issue concerns the whole file
 * @param field the LEDES field name (e.g. {@code LINE_ITEM_TOTAL}), or null when no single field is at fault
 * @param value the offending value as written (shortened or withheld as described), or null
 * @param message one sentence naming field and value; never null
 */
public record LedesIssue(LedesErrorCode code, Severity severity, String file, int line, String field, String value,
        String message) {

    /** How serious an issue is. */
    public enum Severity {
        /** The file breaks the format or the dialect; the receiver would reject it. */
        ERROR,
        /** Tolerated, but worth fixing. */
        WARNING
    }

    /** Validates the issue. */
    public LedesIssue {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
        if (line < 0) {
            throw new InvalidValueException("line", line, "must not be negative");
        }
    }

    /** @return true for errors */
    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** @return {@code file:line: message [code]}, e.g. {@code bills.txt:7: LINE_ITEM_TOTAL '631' ... [A301]} */
    @Override
    public String toString() {
        return file + ":" + line + ": " + (severity == Severity.WARNING ? "warning: " : "") + message + " ["
                + code.code() + "]";
    }
}

package dev.legalbilling.rules;

import dev.legalbilling.BillingException;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One or more rule sets could not be loaded: syntax errors, unknown types, compile errors, failures of the smoke
 * run, or constructs the {@link RuleSecurityPolicy} refuses. Lists every problem found, not just the first, each as
 * {@code path:line:column: message}; the exception message is those lines joined by newlines.
 *
 * <p>Code: {@code RULES_LOAD_FAILED}. Immutable.
 */
public final class RuleSetLoadException extends BillingException {
    private static final long serialVersionUID = 1L;

    /** The stable error code. */
    public static final String CODE = "RULES_LOAD_FAILED";

    /** @serial */
    private final List<Problem> problems;

    /**
     * @param problems at least one problem
     */
    public RuleSetLoadException(List<Problem> problems) {
        super(CODE, render(problems));
        this.problems = List.copyOf(problems);
    }

    private static String render(List<Problem> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a load failure needs at least one problem");
        }
        return problems.stream().map(Problem::toString).collect(Collectors.joining("\n"));
    }

    /** @return every problem, in file and line order of discovery; unmodifiable */
    public List<Problem> problems() {
        return problems;
    }

    /**
     * One problem in one rule file.
     *
     * @param ruleSetId the rule set being loaded
     * @param path the file, as given (relative to the rule set's folder, or the file name)
     * @param line 1-based line, 0 when the problem concerns the whole file
     * @param column 1-based column, 0 when Drools reports none
     * @param kind {@code SECURITY}, {@code SYNTAX}, {@code COMPILE}, {@code SMOKE}, {@code MANIFEST}, {@code PARAMETER}
     *     (a name the manifest does not document) or {@code TABLE} (a decision table that cannot be read)
     * @param message what is wrong, naming the offending construct or name
     * @param cell for a problem in a decision table workbook, the cell ({@code Sheet1!C7}), else {@code ""}; in a
     *     CSV table {@code line} and {@code column} are the row and column of the cell
     */
    public record Problem(String ruleSetId, String path, int line, int column, String kind, String message,
            String cell) implements java.io.Serializable {
        private static final long serialVersionUID = 1L;

        /** Validates the problem. */
        public Problem {
            Objects.requireNonNull(ruleSetId, "ruleSetId");
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(message, "message");
            line = Math.max(line, 0);
            column = Math.max(column, 0);
            cell = cell == null ? "" : cell;
        }

        /**
         * A problem at a line and column of a text file.
         *
         * @param ruleSetId the rule set being loaded
         * @param path the file
         * @param line 1-based line, 0 for the whole file
         * @param column 1-based column, 0 when unknown
         * @param kind the kind of problem
         * @param message what is wrong
         */
        public Problem(String ruleSetId, String path, int line, int column, String kind, String message) {
            this(ruleSetId, path, line, column, kind, message, "");
        }

        /** @return {@code line:column}, or the cell ({@code Sheet1!C7}) of a workbook */
        public String location() {
            return cell.isEmpty() ? line + ":" + column : cell;
        }

        /** @return {@code path:line:column: message}, or {@code path:Sheet1!C7: message} in a workbook */
        @Override
        public String toString() {
            return path + ":" + location() + ": " + message;
        }
    }
}

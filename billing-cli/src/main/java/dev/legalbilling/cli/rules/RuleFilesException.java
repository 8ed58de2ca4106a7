package dev.legalbilling.cli.rules;

import dev.legalbilling.BillingException;
import dev.legalbilling.rules.RuleSetLoadException;
import java.util.List;

/**
 * Rule files named on the command line could not be loaded: every problem of every file, each as
 * {@code path:line:column: message} with the path as the user gave it. Commands print one line per problem and
 * exit with code 2.
 *
 * <p>Code: {@value RuleSetLoadException#CODE}. Immutable.
 */
public final class RuleFilesException extends BillingException {
    private static final long serialVersionUID = 1L;

    /** @serial the problem lines */
    private final List<String> lines;

    /**
     * @param lines one {@code path:line:column: message} line per problem; at least one
     * @param cause the engine's load failure
     */
    RuleFilesException(List<String> lines, RuleSetLoadException cause) {
        super(RuleSetLoadException.CODE, String.join("\n", lines), cause);
        this.lines = List.copyOf(lines);
    }

    /** @return one {@code path:line:column: message} line per problem, in the engine's order; unmodifiable */
    public List<String> lines() {
        return lines;
    }
}

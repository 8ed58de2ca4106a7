package dev.legalbilling.ledes;

import dev.legalbilling.BillingException;
import java.util.List;

/**
 * A dialect definition (a properties file or {@link LedesDialect.Builder} calls) is invalid. Every problem is
 * reported at once, each as {@code source: key: problem}. Code: {@code LEDES_BAD_DIALECT}. Immutable.
 */
public final class LedesDialectException extends BillingException {
    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    /**
     * @param source where the definition came from, e.g. a file path or {@code builder}
     * @param problems each problem as {@code key: what is wrong}; not empty
     */
    public LedesDialectException(String source, List<String> problems) {
        super("LEDES_BAD_DIALECT", "invalid LEDES dialect " + source + ": " + String.join("; ", problems));
        this.problems = problems.stream().map(p -> source + ": " + p).toList();
    }

    /** @return every problem, each as {@code source: key: what is wrong} */
    public List<String> problems() {
        return problems;
    }
}

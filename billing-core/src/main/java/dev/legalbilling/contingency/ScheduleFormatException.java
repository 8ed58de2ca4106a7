package dev.legalbilling.contingency;

import dev.legalbilling.BillingException;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A schedule file cannot be loaded. Every problem found is reported at once, one per line of the message, as
 * {@code source:line: text}. Code: {@code CONTINGENCY_SCHEDULE_FORMAT}.
 */
public final class ScheduleFormatException extends BillingException {
    private static final long serialVersionUID = 1L;

    private final List<Problem> problems;

    /**
     * One problem in a schedule file.
     *
     * @param source the file or resource name
     * @param line the 1-based line number, or 0 when the problem concerns the whole file
     * @param message what is wrong, naming the key or value
     */
    public record Problem(String source, int line, String message) {
        /** Checks that the source and message are present. */
        public Problem {
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(message, "message");
        }

        /** @return {@code source:line: message} */
        @Override
        public String toString() {
            return source + ":" + line + ": " + message;
        }
    }

    /**
     * @param problems every problem found; at least one
     */
    public ScheduleFormatException(List<Problem> problems) {
        super("CONTINGENCY_SCHEDULE_FORMAT",
                problems.stream().map(Problem::toString).collect(Collectors.joining(System.lineSeparator())));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("problems must not be empty");
        }
        this.problems = List.copyOf(problems);
    }

    /** @return every problem, in file order */
    public List<Problem> problems() {
        return problems;
    }
}

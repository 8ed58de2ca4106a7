package dev.legalbilling.kafka;

import dev.legalbilling.BillingException;
import dev.legalbilling.ledes.LedesIssue;

/**
 * A submission that holds no invoice that could be read: a LEDES file whose rows build no invoice, or a record larger
 * than {@code billing.max-record-bytes}. (A JSON submission that cannot be read fails with
 * {@link dev.legalbilling.json.JsonInputException} instead, which names the key path and line.)
 *
 * <p>Codes: {@code LEDES_} and the LEDES error code's name for the first format error (e.g.
 * {@code LEDES_TOTAL_MISMATCH}); {@code SUBMISSION_TOO_LARGE}; {@code SUBMISSION_EMPTY}. Immutable.
 */
public final class UnreadableSubmissionException extends BillingException {
    private static final long serialVersionUID = 1L;

    private final String source;
    private final int line;
    private final String field;

    /**
     * @param code the stable code
     * @param source the submission, {@code topic-partition@offset}
     * @param line the 1-based line concerned, or 0 for the whole record
     * @param field the LEDES field concerned, or null
     * @param message one sentence naming source, line and field
     */
    public UnreadableSubmissionException(String code, String source, int line, String field, String message) {
        super(code, message);
        this.source = source;
        this.line = line;
        this.field = field;
    }

    /**
     * @param issue the first error of a LEDES submission that built no invoice
     * @return the exception naming it
     */
    public static UnreadableSubmissionException of(LedesIssue issue) {
        return new UnreadableSubmissionException("LEDES_" + issue.code().name(), issue.file(), issue.line(),
                issue.field(), issue.toString());
    }

    /** @return the submission, {@code topic-partition@offset} */
    public String source() {
        return source;
    }

    /** @return the 1-based line concerned, or 0 for the whole record */
    public int line() {
        return line;
    }

    /** @return the LEDES field concerned, or null */
    public String field() {
        return field;
    }
}

package dev.legalbilling.kafka;

/**
 * The record headers the application reads and writes. Header values are UTF-8 text.
 *
 * <p>On an input record: {@link #PROFILE} and {@link #DIALECT}, both optional. On every output record:
 * {@link #SUBMISSION}, the input record's {@code topic-partition@offset}, so each output names the one record it
 * answers. On a dead letter, in addition, the input record's own headers and the typed error: {@link #ERROR_CODE},
 * {@link #ERROR_TYPE}, {@link #ERROR_MESSAGE} and, when known, {@link #ERROR_SOURCE}, {@link #ERROR_LINE},
 * {@link #ERROR_FIELD}, {@link #ERROR_RULE}.
 */
public final class SubmissionHeaders {
    /** The guideline profile id to check the invoice with (one of {@code billing.profiles}). */
    public static final String PROFILE = "billing-profile";
    /** The LEDES receiver dialect: {@code spec}, {@code legal-tracker}, {@code brightflag}, {@code collaborati}. */
    public static final String DIALECT = "billing-dialect";
    /** The input record an output answers: {@code topic-partition@offset}. */
    public static final String SUBMISSION = "billing-submission";
    /** The stable error code, e.g. {@code A301} (LEDES), {@code JSON_INPUT}, {@code RULES_LIMIT_EXCEEDED}. */
    public static final String ERROR_CODE = "billing-error-code";
    /** The error's type, e.g. {@code CheckLimitExceededException}. */
    public static final String ERROR_TYPE = "billing-error-type";
    /** The one-line error message. */
    public static final String ERROR_MESSAGE = "billing-error-message";
    /** The input the error concerns (the submission's {@code topic-partition@offset}, as in file names). */
    public static final String ERROR_SOURCE = "billing-error-source";
    /** The 1-based line of the record's text the error concerns. */
    public static final String ERROR_LINE = "billing-error-line";
    /** The LEDES field or JSON key path the error concerns. */
    public static final String ERROR_FIELD = "billing-error-field";
    /** For a rule limit: {@code ruleSetId/ruleId} and the limit, e.g. {@code firm/LOOP FIRINGS}. */
    public static final String ERROR_RULE = "billing-error-rule";

    private SubmissionHeaders() {
    }
}

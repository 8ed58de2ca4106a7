package dev.legalbilling.rules;

import dev.legalbilling.BillingException;

/**
 * A check was stopped because it exceeded a {@link CheckLimits} bound. Names the rule set, the rule (the one that
 * fired most, or was running when time ran out) and the limit. Only that check is lost: the engine stays usable.
 *
 * <p>Code: {@code RULES_LIMIT_EXCEEDED}. Immutable.
 */
public final class CheckLimitExceededException extends BillingException {
    private static final long serialVersionUID = 1L;

    /** The stable error code. */
    public static final String CODE = "RULES_LIMIT_EXCEEDED";

    /** Which bound was exceeded. */
    public enum Limit {
        /** Too many rule firings. */
        FIRINGS,
        /** Too much time. */
        TIME,
        /** Too much memory allocated by the check's thread. */
        MEMORY
    }

    private final String ruleSetId;
    private final String ruleId;
    private final Limit limit;

    /**
     * @param ruleSetId the rule set running when the limit was hit
     * @param ruleId the rule blamed, or {@code "?"} when no rule had fired yet
     * @param limit which bound
     * @param message the sentence naming invoice, rule set, rule and limit
     */
    public CheckLimitExceededException(String ruleSetId, String ruleId, Limit limit, String message) {
        super(CODE, message);
        this.ruleSetId = ruleSetId;
        this.ruleId = ruleId;
        this.limit = limit;
    }

    /** @return the rule set running when the limit was hit */
    public String ruleSetId() {
        return ruleSetId;
    }

    /** @return the rule blamed */
    public String ruleId() {
        return ruleId;
    }

    /** @return which bound was exceeded */
    public Limit limit() {
        return limit;
    }
}

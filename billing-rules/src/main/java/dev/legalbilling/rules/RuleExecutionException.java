package dev.legalbilling.rules;

import dev.legalbilling.BillingException;

/**
 * A rule failed while a check ran: its consequence or a constraint threw, or it ran out of memory or stack. Names
 * the invoice, rule set and rule. Only that check is lost: the engine stays usable.
 *
 * <p>Code: {@code RULES_EXECUTION_FAILED}. Immutable.
 */
public final class RuleExecutionException extends BillingException {
    private static final long serialVersionUID = 1L;

    /** The stable error code. */
    public static final String CODE = "RULES_EXECUTION_FAILED";

    private final String ruleSetId;
    private final String ruleId;

    /**
     * @param ruleSetId the rule set
     * @param ruleId the failing rule, or {@code "?"} when unknown
     * @param message the sentence naming invoice, rule set and rule
     * @param cause what the rule threw
     */
    public RuleExecutionException(String ruleSetId, String ruleId, String message, Throwable cause) {
        super(CODE, message, cause);
        this.ruleSetId = ruleSetId;
        this.ruleId = ruleId;
    }

    /** @return the rule set */
    public String ruleSetId() {
        return ruleSetId;
    }

    /** @return the failing rule */
    public String ruleId() {
        return ruleId;
    }
}

package dev.legalbilling.rules.fact;

import dev.legalbilling.BillingException;

/**
 * A rule read a parameter its rule set's manifest does not document ({@link Parameters#get(String, String)}). The
 * engine reports it against the rule named here, with the rule's file and line, when the rule set loads. Code:
 * {@value #CODE}.
 */
public final class UnknownParameterException extends BillingException {
    /** The error code of this failure. */
    public static final String CODE = "RULES_UNKNOWN_PARAMETER";

    private static final long serialVersionUID = 1L;

    private final String ruleId;
    private final String name;

    /**
     * @param ruleId the rule id asked for
     * @param name the parameter name asked for
     */
    public UnknownParameterException(String ruleId, String name) {
        super(CODE, "rule " + ruleId + " has no parameter '" + name
                + "': document it in the rule set's manifest (ruleset.yaml) with a default");
        this.ruleId = ruleId;
        this.name = name;
    }

    /** @return the rule id asked for */
    public String ruleId() {
        return ruleId;
    }

    /** @return the parameter name asked for */
    public String name() {
        return name;
    }
}

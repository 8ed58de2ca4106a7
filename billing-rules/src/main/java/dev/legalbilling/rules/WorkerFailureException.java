package dev.legalbilling.rules;

import dev.legalbilling.BillingException;

/**
 * A check of untrusted rule sets in a worker JVM ({@link Isolation#workerJvm()}) ended because the worker failed: it
 * ran out of memory, exited on its own (a rule called {@code System.exit} or {@code halt}), could not be started,
 * or answered with something that is not a well-formed answer. Names the rule set that was running when known. Only
 * that check is lost: the worker is killed and a fresh one serves the next check.
 *
 * <p>A worker that does not answer in time ends the check with a {@link CheckLimitExceededException} instead, like
 * an in-process check that runs out of time.
 *
 * <p>Code: {@code RULES_WORKER_FAILED}. Immutable.
 */
public final class WorkerFailureException extends BillingException {
    private static final long serialVersionUID = 1L;

    /** The stable error code. */
    public static final String CODE = "RULES_WORKER_FAILED";

    /** What went wrong with the worker. */
    public enum Reason {
        /** The worker ran out of heap ({@code -Xmx}) and was ended by the JVM. */
        OUT_OF_MEMORY,
        /** The worker process ended on its own, e.g. a rule called {@code System.exit}. */
        EXITED,
        /** The worker's answer was too large, malformed or inconsistent with the check. */
        MALFORMED_ANSWER,
        /** The worker could not be started, or did not become ready within the start-up time limit. */
        START_FAILED
    }

    private final String ruleSetId;
    private final Reason reason;

    /**
     * @param ruleSetId the rule set running in the worker when it failed, or {@code "?"} when unknown
     * @param reason what went wrong
     * @param message the sentence naming invoice, rule set and what happened
     */
    public WorkerFailureException(String ruleSetId, Reason reason, String message) {
        super(CODE, message);
        this.ruleSetId = ruleSetId;
        this.reason = reason;
    }

    /** @return the rule set running when the worker failed, or {@code "?"} */
    public String ruleSetId() {
        return ruleSetId;
    }

    /** @return what went wrong */
    public Reason reason() {
        return reason;
    }
}

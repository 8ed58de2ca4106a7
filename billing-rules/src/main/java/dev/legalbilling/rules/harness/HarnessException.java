package dev.legalbilling.rules.harness;

import dev.legalbilling.BillingException;

/**
 * A harness file (test case, invoice or profile) is not valid; the message names the file and the field.
 * Code: {@code RULES_TEST_CASE_INVALID}. Immutable.
 */
public final class HarnessException extends BillingException {
    private static final long serialVersionUID = 1L;

    /** The stable error code. */
    public static final String CODE = "RULES_TEST_CASE_INVALID";

    /**
     * @param message names the file, line when known, and field
     */
    public HarnessException(String message) {
        super(CODE, message);
    }

    /**
     * @param message names the file and field
     * @param cause the underlying failure
     */
    public HarnessException(String message, Throwable cause) {
        super(CODE, message, cause);
    }
}

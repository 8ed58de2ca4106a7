package dev.legalbilling.archfixture.stray;

/** A public exception outside {@code BillingException}: what {@code PublicExceptionsTest} must refuse. */
public class StrayException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    /** @param message the message */
    public StrayException(String message) {
        super(message);
    }
}

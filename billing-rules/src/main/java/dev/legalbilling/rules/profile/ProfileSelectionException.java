package dev.legalbilling.rules.profile;

import dev.legalbilling.BillingException;

/**
 * No profile of a catalogue applies to an invoice and the catalogue has no fallback, or two apply equally. Code:
 * {@code PROFILE_SELECTION}. The message names the invoice, client, matter and the profiles concerned.
 */
public final class ProfileSelectionException extends BillingException {
    private static final long serialVersionUID = 1L;

    private final String invoiceNumber;

    /**
     * @param invoiceNumber the invoice a profile was wanted for
     * @param message what went wrong, naming the profiles
     */
    public ProfileSelectionException(String invoiceNumber, String message) {
        super("PROFILE_SELECTION", message);
        this.invoiceNumber = invoiceNumber;
    }

    /** @return the invoice a profile was wanted for */
    public String invoiceNumber() {
        return invoiceNumber;
    }
}

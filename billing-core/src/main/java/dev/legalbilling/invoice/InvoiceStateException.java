package dev.legalbilling.invoice;

import dev.legalbilling.BillingException;

/**
 * An operation is not allowed in the invoice's state, e.g. adding an ordinary line to a finalised invoice.
 * Code: {@code INVOICE_STATE}.
 */
public final class InvoiceStateException extends BillingException {
    private static final long serialVersionUID = 1L;

    /**
     * @param invoice the invoice number
     * @param problem what was attempted and why it is refused
     */
    public InvoiceStateException(InvoiceNumber invoice, String problem) {
        super("INVOICE_STATE", "invoice " + invoice + ": " + problem);
    }
}

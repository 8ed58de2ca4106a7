package dev.legalbilling.receivables;

import dev.legalbilling.BillingException;
import dev.legalbilling.invoice.InvoiceNumber;

/**
 * A posting or query names an invoice the receivables ledger does not hold. Code:
 * {@code RECEIVABLES_UNKNOWN_INVOICE}.
 */
public final class UnknownInvoiceException extends BillingException {
    private static final long serialVersionUID = 1L;

    private final InvoiceNumber invoice;

    /** @param invoice the invoice number that was not found */
    public UnknownInvoiceException(InvoiceNumber invoice) {
        super("RECEIVABLES_UNKNOWN_INVOICE", "invoice " + invoice + " is not in the receivables ledger");
        this.invoice = invoice;
    }

    /** @return the invoice number that was not found */
    public InvoiceNumber invoice() {
        return invoice;
    }
}

package dev.legalbilling.invoice;

import dev.legalbilling.internal.Checks;

/**
 * An invoice number (LEDES INVOICE_NUMBER).
 *
 * @param value not blank, no line breaks
 */
public record InvoiceNumber(String value) {
    /** Validates the number. */
    public InvoiceNumber {
        value = Checks.identifier("invoiceNumber", value);
    }

    /**
     * @param value the number
     * @return the invoice number
     */
    public static InvoiceNumber of(String value) {
        return new InvoiceNumber(value);
    }

    @Override
    public String toString() {
        return value;
    }
}

package dev.legalbilling.benchmarks.data;

import dev.legalbilling.BillingException;

/**
 * A value cannot be written into a LEDES 1998B field: it contains the field separator {@code |}, the row end
 * {@code []} or a line break. Code: {@code LEDES_WRITE_INVALID_FIELD}.
 *
 * <p>The message names the invoice, line and field but not the value, which may be a privileged narrative.
 */
public final class LedesWriteException extends BillingException {
    private static final long serialVersionUID = 1L;

    private final String invoiceNumber;
    private final String lineNumber;
    private final String field;

    /**
     * @param invoiceNumber the invoice being written
     * @param lineNumber the line being written
     * @param field the LEDES field name, e.g. {@code LINE_ITEM_DESCRIPTION}
     */
    public LedesWriteException(String invoiceNumber, String lineNumber, String field) {
        super("LEDES_WRITE_INVALID_FIELD", field + " of invoice " + invoiceNumber + " line " + lineNumber
                + " contains '|', '[]' or a line break, which LEDES 1998B cannot carry");
        this.invoiceNumber = invoiceNumber;
        this.lineNumber = lineNumber;
        this.field = field;
    }

    /** @return the invoice number */
    public String invoiceNumber() {
        return invoiceNumber;
    }

    /** @return the line number */
    public String lineNumber() {
        return lineNumber;
    }

    /** @return the LEDES field name */
    public String field() {
        return field;
    }
}

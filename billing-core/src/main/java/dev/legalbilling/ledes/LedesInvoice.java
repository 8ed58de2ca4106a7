package dev.legalbilling.ledes;

import dev.legalbilling.InvalidValueException;
import dev.legalbilling.invoice.Invoice;
import dev.legalbilling.invoice.InvoiceLine;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A domain {@link Invoice} together with what LEDES says about it that the domain model does not hold: the
 * {@link LedesInvoiceHeader} (stated INVOICE_TOTAL, blank invoice fields, 98BI tax, firm and client details) and one
 * {@link LedesLineDetails} per line (timekeeper fields as written, blank numbers, 98BI line tax).
 *
 * <p>This is what {@link LedesReader} produces and what {@link LedesWriter} consumes, so that writing what was read
 * gives the same values. The line totals of the domain invoice are the LINE_ITEM_TOTALs as read (in 98BI they
 * include the line tax); the reader's issues say whether they agree with the arithmetic.
 *
 * <p>Immutable and thread-safe.
 */
public final class LedesInvoice {
    private final Invoice invoice;
    private final LedesInvoiceHeader header;
    private final List<LedesLineDetails> lineDetails;

    private LedesInvoice(Invoice invoice, LedesInvoiceHeader header, List<LedesLineDetails> lineDetails) {
        this.invoice = Objects.requireNonNull(invoice, "invoice");
        this.header = Objects.requireNonNull(header, "header");
        List<InvoiceLine> lines = invoice.lines();
        if (lineDetails.size() != lines.size()) {
            throw new InvalidValueException("lineDetails", lineDetails.size(),
                    "must have one entry per line of invoice " + invoice.number() + " (" + lines.size() + ")");
        }
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).lineNumber().equals(lineDetails.get(i).lineNumber())) {
                throw new InvalidValueException("lineDetails", lineDetails.get(i).lineNumber(),
                        "must follow the invoice's lines; expected line " + lines.get(i).lineNumber());
            }
        }
        this.lineDetails = List.copyOf(lineDetails);
    }

    /**
     * @param invoice a domain invoice
     * @return the invoice with no LEDES extras: the writer writes the sum of its lines as INVOICE_TOTAL
     */
    public static LedesInvoice of(Invoice invoice) {
        List<LedesLineDetails> details = new ArrayList<>();
        for (InvoiceLine l : invoice.lines()) {
            details.add(LedesLineDetails.none(l.lineNumber()));
        }
        return new LedesInvoice(invoice, LedesInvoiceHeader.NONE, details);
    }

    /**
     * @param invoice a domain invoice
     * @param header its LEDES header extras
     * @param lineDetails one entry per invoice line, in the same order
     * @return the LEDES invoice
     * @throws InvalidValueException when the details do not follow the invoice's lines
     */
    public static LedesInvoice of(Invoice invoice, LedesInvoiceHeader header, List<LedesLineDetails> lineDetails) {
        return new LedesInvoice(invoice, header, lineDetails);
    }

    /** @return the domain invoice */
    public Invoice invoice() {
        return invoice;
    }

    /** @return the LEDES header extras */
    public LedesInvoiceHeader header() {
        return header;
    }

    /** @return one entry per invoice line, in line order; unmodifiable */
    public List<LedesLineDetails> lineDetails() {
        return lineDetails;
    }

    /**
     * @param header new header extras
     * @return this invoice with other header extras
     */
    public LedesInvoice withHeader(LedesInvoiceHeader header) {
        return new LedesInvoice(invoice, header, lineDetails);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LedesInvoice i && invoice.equals(i.invoice) && header.equals(i.header)
                && lineDetails.equals(i.lineDetails);
    }

    @Override
    public int hashCode() {
        return Objects.hash(invoice, header, lineDetails);
    }

    /** @return the domain invoice's summary; no narratives or names */
    @Override
    public String toString() {
        return "LedesInvoice[" + invoice + "]";
    }
}

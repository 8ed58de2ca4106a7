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

    /**
     * The LEDES form of an invoice that was changed after it was read (e.g. by applying a compliance review's
     * adjustments), ready to be written in the source's format: the source's header is kept (98BI PO number, matter
     * name, firm and client names, addresses and tax ids, account type, reported tax, blank fields) and so are the
     * details of every line the source had (timekeeper fields as written, line tax); lines the source did not have
     * get no details (no tax). Every total is recomputed when written: INVOICE_TOTAL is the sum of the adjusted
     * invoice's lines, INVOICE_TAX_TOTAL the sum of the LINE_ITEM_TAX_TOTALs and INVOICE_NET_TOTAL the difference, so
     * that the file passes the arithmetic checks it would fail with the source's stated totals.
     *
     * <p>Invoices only grow: the adjusted invoice must hold the source's lines, in order, followed by any new lines.
     *
     * @param original the invoice as read
     * @param adjustedInvoice the invoice after the change; same number, the source's lines first
     * @return the LEDES invoice to write
     * @throws InvalidValueException when the adjusted invoice is another invoice or does not start with the source's
     *     lines
     */
    public static LedesInvoice adjusted(LedesInvoice original, Invoice adjustedInvoice) {
        Objects.requireNonNull(original, "original");
        Objects.requireNonNull(adjustedInvoice, "adjustedInvoice");
        if (!adjustedInvoice.number().equals(original.invoice().number())) {
            throw new InvalidValueException("adjustedInvoice", adjustedInvoice.number(),
                    "is not an adjusted version of invoice " + original.invoice().number());
        }
        List<InvoiceLine> lines = adjustedInvoice.lines();
        List<LedesLineDetails> details = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            String number = lines.get(i).lineNumber();
            if (i < original.lineDetails().size()) {
                LedesLineDetails d = original.lineDetails().get(i);
                if (!d.lineNumber().equals(number)) {
                    throw new InvalidValueException("adjustedInvoice", number, "must keep line "
                            + d.lineNumber() + " of the source in its place: invoices only grow");
                }
                details.add(d);
            } else {
                details.add(LedesLineDetails.none(number));
            }
        }
        if (lines.size() < original.lineDetails().size()) {
            throw new InvalidValueException("adjustedInvoice", lines.size() + " lines",
                    "has fewer lines than the source (" + original.lineDetails().size() + "): invoices only grow");
        }
        LedesInvoiceHeader header = original.header().toBuilder().statedTotal(null).tax(null, null).build();
        return new LedesInvoice(adjustedInvoice, header, details);
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

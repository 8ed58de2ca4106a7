package dev.legalbilling.ledes;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What reading one invoice of a LEDES file gave: the invoice, when its rows could form one, and every issue found
 * in its rows.
 *
 * <p>An invoice is the contiguous run of rows with the same INVOICE_NUMBER. The invoice is present whenever every
 * row could be parsed into a domain line, <em>even when there are errors</em> such as wrong arithmetic or a rule of
 * the dialect: check {@link #hasErrors()} (or {@link #isAccepted()}) before using it. It is absent when a row was
 * unusable (wrong field count, too long, unparseable value); the issues say why. Issues are ordered by line.
 *
 * <p>Immutable and thread-safe.
 */
public final class LedesReadResult {
    private final String file;
    private final String invoiceNumber;
    private final int firstLine;
    private final int lastLine;
    private final LedesInvoice invoice;
    private final List<LedesIssue> issues;

    /**
     * @param file the file name as given to the reader
     * @param invoiceNumber the INVOICE_NUMBER shared by the rows, as written (possibly empty)
     * @param firstLine the first row's line number (1-based)
     * @param lastLine the last row's line number
     * @param invoice the invoice, or null when it could not be built
     * @param issues the issues of these rows, ordered by line
     */
    public LedesReadResult(String file, String invoiceNumber, int firstLine, int lastLine, LedesInvoice invoice,
            List<LedesIssue> issues) {
        this.file = Objects.requireNonNull(file, "file");
        this.invoiceNumber = Objects.requireNonNull(invoiceNumber, "invoiceNumber");
        this.firstLine = firstLine;
        this.lastLine = lastLine;
        this.invoice = invoice;
        this.issues = List.copyOf(issues);
    }

    /** @return the file name as given to the reader */
    public String file() {
        return file;
    }

    /** @return the INVOICE_NUMBER of the rows, as written; empty when it was blank */
    public String invoiceNumber() {
        return invoiceNumber;
    }

    /** @return the line number of the invoice's first row */
    public int firstLine() {
        return firstLine;
    }

    /** @return the line number of the invoice's last row */
    public int lastLine() {
        return lastLine;
    }

    /** @return the invoice, when the rows could form one (it may still have errors) */
    public Optional<LedesInvoice> invoice() {
        return Optional.ofNullable(invoice);
    }

    /** @return every issue of these rows, ordered by line; unmodifiable */
    public List<LedesIssue> issues() {
        return issues;
    }

    /** @return the issues of severity error */
    public List<LedesIssue> errors() {
        return issues.stream().filter(LedesIssue::isError).toList();
    }

    /** @return the issues of severity warning */
    public List<LedesIssue> warnings() {
        return issues.stream().filter(i -> !i.isError()).toList();
    }

    /** @return true when at least one issue is an error */
    public boolean hasErrors() {
        return issues.stream().anyMatch(LedesIssue::isError);
    }

    /** @return true when the invoice was built and has no errors: the receiver of the dialect would accept it */
    public boolean isAccepted() {
        return invoice != null && !hasErrors();
    }

    /** @return invoice number, lines and issue counts; no narratives */
    @Override
    public String toString() {
        return "LedesReadResult[" + file + ":" + firstLine + "-" + lastLine + ", invoice " + invoiceNumber + ", "
                + (invoice == null ? "not built" : invoice.invoice().lines().size() + " lines") + ", "
                + errors().size() + " errors, " + warnings().size() + " warnings]";
    }
}

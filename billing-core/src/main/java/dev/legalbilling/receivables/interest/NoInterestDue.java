package dev.legalbilling.receivables.interest;

import dev.legalbilling.invoice.InvoiceNumber;
import java.time.LocalDate;
import java.util.Objects;

/**
 * No interest can be due on the invoice on this date.
 *
 * @param invoice the invoice
 * @param asOf the date of the assessment
 * @param reason why
 */
public record NoInterestDue(InvoiceNumber invoice, LocalDate asOf, Reason reason) implements InterestAssessment {

    /** Validates the result. */
    public NoInterestDue {
        Objects.requireNonNull(invoice, "invoice");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(reason, "reason");
    }

    /** Why no interest is due. */
    public enum Reason {
        /** The due date has not passed. */
        NOT_OVERDUE,
        /** Overdue, but the agreed grace period has not ended. */
        WITHIN_GRACE_PERIOD,
        /** No interest was agreed and nothing is outstanding, so there is nothing it could be charged on. */
        NOTHING_OUTSTANDING
    }
}

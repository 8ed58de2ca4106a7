package dev.legalbilling.receivables;

import dev.legalbilling.InvalidValueException;
import dev.legalbilling.invoice.InvoiceNumber;
import dev.legalbilling.receivables.internal.Arguments;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A dispute on an invoice is over. Any agreed reduction is posted separately (a {@link CreditNote} or
 * {@link WriteOff} with reason {@link AdjustmentReason#FEE_DISPUTE_SETTLEMENT}).
 *
 * @param invoice the invoice
 * @param date when the dispute was resolved
 */
public record DisputeResolved(InvoiceNumber invoice, LocalDate date) implements Posting {

    /**
     * Validates the resolution.
     *
     * @throws InvalidValueException when the date is missing
     */
    public DisputeResolved {
        Objects.requireNonNull(invoice, "invoice");
        Arguments.date("resolutionDate", date);
    }
}

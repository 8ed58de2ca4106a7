package dev.legalbilling.receivables;

import dev.legalbilling.InvalidValueException;
import dev.legalbilling.invoice.InvoiceNumber;
import dev.legalbilling.money.Money;
import dev.legalbilling.receivables.internal.Arguments;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The firm gives up collecting part or all of an invoice's balance. Must not exceed the balance.
 *
 * @param invoice the invoice
 * @param date when the write-off is booked
 * @param amount amount written off; above zero
 * @param reason why, for leakage reporting
 */
public record WriteOff(InvoiceNumber invoice, LocalDate date, Money amount, AdjustmentReason reason)
        implements Posting {

    /**
     * Validates the write-off.
     *
     * @throws InvalidValueException when the date is missing or the amount is not above zero
     */
    public WriteOff {
        Objects.requireNonNull(invoice, "invoice");
        Arguments.date("writeOffDate", date);
        Arguments.positive("writeOffAmount", amount);
        Objects.requireNonNull(reason, "reason");
    }
}

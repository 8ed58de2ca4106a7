package dev.legalbilling.receivables;

import dev.legalbilling.InvalidValueException;
import dev.legalbilling.invoice.InvoiceNumber;
import dev.legalbilling.money.Money;
import dev.legalbilling.receivables.internal.Arguments;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A credit note issued against an invoice, reducing what the client owes. Must not exceed the invoice's balance: a
 * credit for money already paid is a refund, not a credit note.
 *
 * @param number the credit note's number; unique within a ledger
 * @param invoice the invoice credited
 * @param date the credit note's date
 * @param amount amount credited; above zero
 * @param reason why, for leakage reporting
 */
public record CreditNote(CreditNoteNumber number, InvoiceNumber invoice, LocalDate date, Money amount,
        AdjustmentReason reason) implements Posting {

    /**
     * Validates the credit note.
     *
     * @throws InvalidValueException when the date is missing or the amount is not above zero
     */
    public CreditNote {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(invoice, "invoice");
        Arguments.date("creditNoteDate", date);
        Arguments.positive("creditNoteAmount", amount);
        Objects.requireNonNull(reason, "reason");
    }
}

package dev.legalbilling.receivables;

import dev.legalbilling.InvalidValueException;
import dev.legalbilling.invoice.InvoiceNumber;
import dev.legalbilling.money.Money;
import dev.legalbilling.receivables.internal.Arguments;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Applies the client's unapplied credit (from earlier overpayments) to one of the client's invoices. Must not exceed
 * the client's credit in that currency nor the invoice's balance.
 *
 * @param invoice the invoice paid with credit
 * @param date when the credit is applied
 * @param amount amount applied; above zero
 */
public record CreditApplication(InvoiceNumber invoice, LocalDate date, Money amount) implements Posting {

    /**
     * Validates the application.
     *
     * @throws InvalidValueException when the date is missing or the amount is not above zero
     */
    public CreditApplication {
        Objects.requireNonNull(invoice, "invoice");
        Arguments.date("creditApplicationDate", date);
        Arguments.positive("creditApplicationAmount", amount);
    }
}

package dev.legalbilling.receivables;

import dev.legalbilling.InvalidValueException;
import dev.legalbilling.invoice.InvoiceNumber;
import dev.legalbilling.money.Money;
import dev.legalbilling.receivables.internal.Arguments;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The client disputes (part of) an invoice. Until {@linkplain DisputeResolved resolved} the invoice's status is
 * {@link ReceivableStatus#DISPUTED}, reminders pause, oldest-first payments pass it by, and the amount in dispute is
 * a fact for the fee-arbitration and trust-account ethics rules.
 *
 * @param invoice the invoice
 * @param date when the client raised the dispute
 * @param amountInDispute how much the client disputes; above zero, at most the balance
 */
public record DisputeRaised(InvoiceNumber invoice, LocalDate date, Money amountInDispute) implements Posting {

    /**
     * Validates the dispute.
     *
     * @throws InvalidValueException when the date is missing or the amount is not above zero
     */
    public DisputeRaised {
        Objects.requireNonNull(invoice, "invoice");
        Arguments.date("disputeDate", date);
        Arguments.positive("amountInDispute", amountInDispute);
    }
}

package dev.legalbilling.receivables;

import dev.legalbilling.InvalidValueException;
import dev.legalbilling.invoice.InvoiceNumber;
import dev.legalbilling.money.Money;
import dev.legalbilling.party.ClientId;
import dev.legalbilling.receivables.internal.Arguments;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Money received from a client.
 *
 * <p>Applied to the {@linkplain #appliedTo() named invoice} when there is one, otherwise oldest-first across the
 * client's open, undisputed invoices in the payment's currency (by due date, then invoice date, then invoice number).
 * What is left after the named invoice or after every eligible invoice is settled (an overpayment) becomes client
 * credit, which can later be {@linkplain CreditApplication applied} or {@linkplain CreditRefund refunded}. A full,
 * partial or over-payment is the same posting; the ledger entries show which it was.
 *
 * @param id the firm's reference; unique within a ledger
 * @param client who paid
 * @param date value date of the payment
 * @param amount amount received; above zero
 * @param appliedTo the invoice the client named, or null to apply oldest-first
 */
public record Payment(PaymentId id, ClientId client, LocalDate date, Money amount, InvoiceNumber appliedTo)
        implements Posting {

    /**
     * Validates the payment.
     *
     * @throws InvalidValueException when the date is missing or the amount is not above zero
     */
    public Payment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(client, "client");
        Arguments.date("paymentDate", date);
        Arguments.positive("paymentAmount", amount);
    }

    /**
     * @param id reference
     * @param client who paid
     * @param date value date
     * @param amount amount received
     * @return a payment applied oldest-first
     */
    public static Payment oldestFirst(PaymentId id, ClientId client, LocalDate date, Money amount) {
        return new Payment(id, client, date, amount, null);
    }

    /**
     * @param id reference
     * @param client who paid
     * @param date value date
     * @param amount amount received
     * @param invoice the invoice the client named
     * @return a payment applied to that invoice (any excess becomes client credit)
     */
    public static Payment toInvoice(PaymentId id, ClientId client, LocalDate date, Money amount,
            InvoiceNumber invoice) {
        return new Payment(id, client, date, amount, Objects.requireNonNull(invoice, "invoice"));
    }

    /** @return the invoice the client named, if any */
    public Optional<InvoiceNumber> appliedToIfNamed() {
        return Optional.ofNullable(appliedTo);
    }
}

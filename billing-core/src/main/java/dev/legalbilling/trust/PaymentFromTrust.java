package dev.legalbilling.trust;

import dev.legalbilling.InvalidValueException;
import dev.legalbilling.invoice.InvoiceNumber;
import dev.legalbilling.money.Money;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A payment to apply to an invoice's receivable because fees were transferred from trust: what the receivables side
 * records when a retainer is applied. This package does not depend on any receivables model; the caller maps this
 * value onto one.
 *
 * @param invoice the invoice paid; never null
 * @param amount the amount paid; positive
 * @param date the payment date (the transfer's date); never null
 * @param source the earned-fee transfer entry that moved the money; never null
 */
public record PaymentFromTrust(InvoiceNumber invoice, Money amount, LocalDate date, TrustEntryId source) {
    /** Validates the payment. */
    public PaymentFromTrust {
        Objects.requireNonNull(invoice, "invoice");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(source, "source");
        if (!amount.isPositive()) {
            throw new InvalidValueException("amount", amount, "must be positive");
        }
    }
}

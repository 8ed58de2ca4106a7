package dev.legalbilling.receivables;

import dev.legalbilling.InvalidValueException;
import dev.legalbilling.invoice.InvoiceNumber;
import dev.legalbilling.money.Money;
import dev.legalbilling.receivables.internal.Arguments;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Late-payment interest added to an invoice's balance.
 *
 * <p>Normally produced by the interest calculator ({@code dev.legalbilling.receivables.interest.LateInterest}), which
 * only does so when the fee agreement provides for interest. The ledger accepts a charge on any invoice (it records
 * what happened, e.g. when imported); {@link ReceivableState#chargesInterest()} and
 * {@link ReceivableState#interestAgreed()} let the ethics rule {@code ETH-INTEREST-WITHOUT-AGREEMENT} flag charges
 * without an agreement.
 *
 * @param invoice the invoice
 * @param date the day the interest is charged
 * @param amount interest charged; above zero
 */
public record InterestCharge(InvoiceNumber invoice, LocalDate date, Money amount) implements Posting {

    /**
     * Validates the charge.
     *
     * @throws InvalidValueException when the date is missing or the amount is not above zero
     */
    public InterestCharge {
        Objects.requireNonNull(invoice, "invoice");
        Arguments.date("interestDate", date);
        Arguments.positive("interestAmount", amount);
    }
}

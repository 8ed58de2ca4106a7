package dev.legalbilling.receivables;

import dev.legalbilling.InvalidValueException;
import dev.legalbilling.money.Money;
import dev.legalbilling.party.ClientId;
import dev.legalbilling.receivables.internal.Arguments;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Pays unapplied client credit back to the client. Must not exceed the client's credit in that currency.
 *
 * @param id the firm's reference for the refund; unique within a ledger (shared with payment references)
 * @param client the client refunded
 * @param date the refund date
 * @param amount amount refunded; above zero
 */
public record CreditRefund(PaymentId id, ClientId client, LocalDate date, Money amount) implements Posting {

    /**
     * Validates the refund.
     *
     * @throws InvalidValueException when the date is missing or the amount is not above zero
     */
    public CreditRefund {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(client, "client");
        Arguments.date("refundDate", date);
        Arguments.positive("refundAmount", amount);
    }
}

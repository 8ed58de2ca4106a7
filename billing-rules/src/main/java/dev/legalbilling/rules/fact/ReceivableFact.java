package dev.legalbilling.rules.fact;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One receivable of the checked invoice's client as it stands on a date ({@code
 * dev.legalbilling.receivables.ReceivableState}), as recorded in the ethics context. One per receivable state of the
 * client.
 *
 * <pre>{@code
 * $r : ReceivableFact(chargesInterest, interestAgreed == false)
 * }</pre>
 *
 * @param invoice the receivable's invoice (not necessarily the invoice being checked)
 * @param clientId the client
 * @param matterId the matter
 * @param asOf the date of the state
 * @param currency ISO 4217 code of the amounts
 * @param balance what the client still owes
 * @param interestCharged late-payment interest charged so far
 * @param chargesInterest whether any interest has been charged
 * @param interestAgreed whether the fee agreement provides for late-payment interest
 * @param disputed whether a dispute is unresolved
 * @param amountInDispute the disputed amount; zero when not disputed
 * @param daysPastDue calendar days from the due date to {@code asOf}; negative before it
 * @param status a {@code dev.legalbilling.receivables.ReceivableStatus} name, e.g. {@code "OPEN"}
 */
public record ReceivableFact(String invoice, String clientId, String matterId, LocalDate asOf, String currency,
        BigDecimal balance, BigDecimal interestCharged, boolean chargesInterest, boolean interestAgreed,
        boolean disputed, BigDecimal amountInDispute, long daysPastDue, String status) {

    /** Checks that nothing is null. */
    public ReceivableFact {
        Objects.requireNonNull(invoice, "invoice");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(matterId, "matterId");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(balance, "balance");
        Objects.requireNonNull(interestCharged, "interestCharged");
        Objects.requireNonNull(amountInDispute, "amountInDispute");
        Objects.requireNonNull(status, "status");
    }
}

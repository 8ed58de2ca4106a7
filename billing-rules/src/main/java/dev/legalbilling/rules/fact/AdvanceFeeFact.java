package dev.legalbilling.rules.fact;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * An advance fee (a retainer or a flat fee paid before it is earned) the firm received from the checked invoice's
 * client, and whether a matching deposit to trust is recorded in the trust journal: a deposit for advance fees to
 * one of the client's ledgers (the matter's, when the receipt names one), dated on or after the receipt and by the
 * context's date, of at least the amount received, and not reversed. Each deposit covers one receipt. One per
 * receipt of the client in the ethics context, when the context has a trust journal.
 *
 * <pre>{@code
 * $a : AdvanceFeeFact(depositedToTrust == false, daysSinceReceipt > 3)
 * }</pre>
 *
 * @param reference the firm's reference for the receipt, e.g. a receipt number
 * @param clientId the client who paid
 * @param matterId the matter it is for, or {@code ""}
 * @param receivedOn when the firm received it
 * @param amount the amount received
 * @param currency ISO 4217 code of the amount
 * @param flatFee whether it is a flat fee (ABA Formal Op. 505: in trust until earned all the same)
 * @param depositedToTrust whether a matching trust deposit is recorded
 * @param depositedOn the date of that deposit; null when none
 * @param depositEntry the journal entry of that deposit, e.g. {@code "IOLTA-1#4"}, or {@code ""}
 * @param asOf the day of the check
 * @param daysSinceReceipt whole days from receipt to {@code asOf}
 */
public record AdvanceFeeFact(String reference, String clientId, String matterId, LocalDate receivedOn,
        BigDecimal amount, String currency, boolean flatFee, boolean depositedToTrust, LocalDate depositedOn,
        String depositEntry, LocalDate asOf, long daysSinceReceipt) {

    /** Checks that nothing required is null. */
    public AdvanceFeeFact {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(matterId, "matterId");
        Objects.requireNonNull(receivedOn, "receivedOn");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(depositEntry, "depositEntry");
        Objects.requireNonNull(asOf, "asOf");
    }
}

package dev.legalbilling.trust;

import java.util.Objects;

/**
 * The result of applying a client's trust balance (a retainer) to an invoice: the recorded transfer to operating
 * and the matching payment for the invoice's receivable, produced together so they cannot drift apart.
 *
 * @param transfer the {@link TransactionType#EARNED_FEE_TRANSFER} entry recorded; never null
 * @param payment the payment to apply to the invoice; never null
 */
public record RetainerApplication(TrustEntry transfer, PaymentFromTrust payment) {
    /** Validates the pair. */
    public RetainerApplication {
        Objects.requireNonNull(transfer, "transfer");
        Objects.requireNonNull(payment, "payment");
    }
}

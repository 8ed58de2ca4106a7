package dev.legalbilling.receivables;

import dev.legalbilling.internal.Checks;

/**
 * The firm's reference for money received from or refunded to a client (a bank reference, a cheque number).
 * Unique within a {@link ReceivablesLedger}: posting the same reference twice is refused, so re-running an import does
 * not count a payment twice.
 *
 * @param value not blank, no control characters, no surrounding white space
 */
public record PaymentId(String value) {
    /** Validates the reference. */
    public PaymentId {
        value = Checks.identifier("paymentId", value);
    }

    /**
     * @param value the reference text
     * @return the reference
     */
    public static PaymentId of(String value) {
        return new PaymentId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}

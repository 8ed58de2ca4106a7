package dev.legalbilling.receivables;

import dev.legalbilling.BillingException;

/**
 * A posting does not fit the ledger: it would take an invoice's balance or a client's credit below zero, is dated
 * before the latest entry on its invoice, reuses a payment id or credit note number, names another client's invoice,
 * raises a dispute twice, and so on. The ledger is left unchanged. Code: {@code RECEIVABLES_POSTING_REJECTED}.
 */
public final class PostingRejectedException extends BillingException {
    private static final long serialVersionUID = 1L;

    private final transient Posting posting;
    private final String problem;

    /**
     * @param posting the refused posting
     * @param problem why, naming the invoice or client and the amounts or dates involved
     */
    public PostingRejectedException(Posting posting, String problem) {
        super("RECEIVABLES_POSTING_REJECTED", describe(posting) + " rejected: " + problem);
        this.posting = posting;
        this.problem = problem;
    }

    /** @return the refused posting (null after deserialisation) */
    public Posting posting() {
        return posting;
    }

    /** @return why it was refused */
    public String problem() {
        return problem;
    }

    private static String describe(Posting p) {
        if (p instanceof Payment x) {
            return "payment " + x.id() + " of " + x.amount() + " dated " + x.date();
        }
        if (p instanceof CreditNote x) {
            return "credit note " + x.number() + " of " + x.amount() + " on " + x.invoice() + " dated " + x.date();
        }
        if (p instanceof CreditRefund x) {
            return "refund " + x.id() + " of " + x.amount() + " to " + x.client() + " dated " + x.date();
        }
        if (p instanceof WriteOff x) {
            return "write-off of " + x.amount() + " on " + x.invoice() + " dated " + x.date();
        }
        if (p instanceof DisputeRaised x) {
            return "dispute of " + x.amountInDispute() + " on " + x.invoice() + " dated " + x.date();
        }
        if (p instanceof DisputeResolved x) {
            return "dispute resolution on " + x.invoice() + " dated " + x.date();
        }
        if (p instanceof ArbitrationNoticeServed x) {
            return "arbitration notice on " + x.invoice() + " dated " + x.date();
        }
        if (p instanceof InterestCharge x) {
            return "interest charge of " + x.amount() + " on " + x.invoice() + " dated " + x.date();
        }
        if (p instanceof CreditApplication x) {
            return "credit application of " + x.amount() + " to " + x.invoice() + " dated " + x.date();
        }
        return String.valueOf(p);
    }
}

package dev.legalbilling.receivables;

/**
 * What a {@link LedgerEntry} records, and how its (always non-negative) amount moves the invoice's balance and the
 * client's unapplied credit.
 *
 * <p>Invoice balance = {@link #INVOICED} + {@link #INTEREST_CHARGED} − {@link #PAYMENT} −
 * {@link #CREDIT_APPLIED} − {@link #CREDIT_NOTE} − {@link #WRITE_OFF}. Client credit = {@link #OVERPAYMENT} −
 * {@link #CREDIT_APPLIED} − {@link #CREDIT_REFUNDED}. The dispute and notice kinds carry facts and move nothing.
 */
public enum EntryKind {
    /** The invoice total, the first entry of every invoice. */
    INVOICED(1, 0),
    /** Late-payment interest added to the invoice. */
    INTEREST_CHARGED(1, 0),
    /** Part of a payment applied to the invoice. */
    PAYMENT(-1, 0),
    /** Client credit applied to the invoice: reduces both the invoice balance and the client credit. */
    CREDIT_APPLIED(-1, -1),
    /** A credit note against the invoice. */
    CREDIT_NOTE(-1, 0),
    /** A write-off of (part of) the invoice. */
    WRITE_OFF(-1, 0),
    /** The client disputes the invoice; the amount is the amount in dispute and moves no balance. */
    DISPUTE_RAISED(0, 0),
    /** The dispute is over; amount zero. */
    DISPUTE_RESOLVED(0, 0),
    /** Notice of the client's right to fee arbitration was served; amount zero. */
    ARBITRATION_NOTICE_SERVED(0, 0),
    /** Money received beyond what was applied to invoices, held as client credit; not tied to an invoice. */
    OVERPAYMENT(0, 1),
    /** Client credit paid back to the client; not tied to an invoice. */
    CREDIT_REFUNDED(0, -1);

    private final int invoiceSign;
    private final int creditSign;

    EntryKind(int invoiceSign, int creditSign) {
        this.invoiceSign = invoiceSign;
        this.creditSign = creditSign;
    }

    /** @return +1 when the entry raises the invoice balance, -1 when it lowers it, 0 when it does neither */
    public int invoiceSign() {
        return invoiceSign;
    }

    /** @return +1 when the entry raises the client's unapplied credit, -1 when it lowers it, 0 otherwise */
    public int creditSign() {
        return creditSign;
    }

    /** @return true when entries of this kind belong to an invoice (all but overpayment and refund) */
    public boolean onInvoice() {
        return this != OVERPAYMENT && this != CREDIT_REFUNDED;
    }

    /** @return true for the kinds that reduce the balance because money or client credit arrived */
    public boolean isPayment() {
        return this == PAYMENT || this == CREDIT_APPLIED;
    }
}

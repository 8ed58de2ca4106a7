package dev.legalbilling.trust;

import dev.legalbilling.invoice.InvoiceNumber;
import dev.legalbilling.money.Money;

/**
 * Refused: a transfer to operating would take more than the invoice's earned, undisputed fees not yet transferred
 * (Rule 1.15(c); ABA Formal Op. 505; Model Rules for Client Trust Account Records, Rule 2). Also raised when the
 * invoice is not in the {@link EarnedFees} given. Code {@code TRUST_UNEARNED_FEE_TRANSFER}.
 */
public final class UnearnedFeeTransferException extends TrustTransactionRefusedException {
    private static final long serialVersionUID = 1L;

    private final InvoiceNumber invoice;
    private final LedgerId ledger;
    private final transient Money earnedUndisputed;
    private final transient Money alreadyTransferred;
    private final transient Money requested;

    /**
     * @param transaction the refused transfer
     * @param invoice the invoice it names
     * @param ledger the client ledger it debits
     * @param earnedUndisputed the invoice's earned undisputed amount (zero when unknown)
     * @param alreadyTransferred the net amount already transferred for the invoice
     * @param requested the amount of this transfer, positive
     */
    public UnearnedFeeTransferException(TrustTransaction transaction, InvoiceNumber invoice, LedgerId ledger,
            Money earnedUndisputed, Money alreadyTransferred, Money requested) {
        super("TRUST_UNEARNED_FEE_TRANSFER", transaction, "refused transfer of " + requested + " from " + ledger
                + " to operating for invoice " + invoice + " on " + transaction.date() + ": earned undisputed "
                + earnedUndisputed + ", already transferred " + alreadyTransferred + ", so at most "
                + earnedUndisputed.minus(alreadyTransferred).max(Money.zero(requested.currency()))
                + " may be transferred");
        this.invoice = invoice;
        this.ledger = ledger;
        this.earnedUndisputed = earnedUndisputed;
        this.alreadyTransferred = alreadyTransferred;
        this.requested = requested;
    }

    /** @return the invoice the transfer names */
    public InvoiceNumber invoice() {
        return invoice;
    }

    /** @return the client ledger the transfer debits */
    public LedgerId ledger() {
        return ledger;
    }

    /** @return the invoice's earned undisputed amount, zero when the invoice was not among the earned fees */
    public Money earnedUndisputed() {
        return earnedUndisputed;
    }

    /** @return the net amount already transferred for the invoice */
    public Money alreadyTransferred() {
        return alreadyTransferred;
    }

    /** @return the amount of the refused transfer */
    public Money requested() {
        return requested;
    }
}

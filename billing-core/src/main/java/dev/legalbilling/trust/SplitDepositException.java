package dev.legalbilling.trust;

import dev.legalbilling.party.Jurisdiction;

/**
 * Refused: a deposit that is partly trust and partly firm money, in a jurisdiction whose
 * {@link TrustAccountingProfile#splitDepositsAllowed() profile} forbids split deposits. Deposit the whole item to
 * trust and transfer the earned part once it is earned. Code {@code TRUST_SPLIT_DEPOSIT}.
 */
public final class SplitDepositException extends TrustTransactionRefusedException {
    private static final long serialVersionUID = 1L;

    private final Jurisdiction jurisdiction;

    /**
     * @param transaction the refused deposit
     * @param jurisdiction the jurisdiction whose profile forbids it
     */
    public SplitDepositException(TrustTransaction transaction, Jurisdiction jurisdiction) {
        super("TRUST_SPLIT_DEPOSIT", transaction, "refused deposit of " + transaction.bankAmount() + " on "
                + transaction.date() + ": it is partly trust and partly firm money (a split deposit), which the "
                + jurisdiction + " profile does not allow");
        this.jurisdiction = jurisdiction;
    }

    /** @return the jurisdiction whose profile forbids split deposits */
    public Jurisdiction jurisdiction() {
        return jurisdiction;
    }
}

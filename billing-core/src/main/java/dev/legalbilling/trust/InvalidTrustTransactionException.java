package dev.legalbilling.trust;

/**
 * Refused: the transaction does not fit the journal it is posted to. Examples: the account's currency differs;
 * a reversal names an unknown, already reversed or later-dated entry, or a reversal; an identification exceeds
 * what is still unidentified of its deposit; an earned-fee transfer debits a client other than the invoice's;
 * interest is posted to an IOLTA account. Code {@code TRUST_INVALID_TRANSACTION}.
 */
public final class InvalidTrustTransactionException extends TrustTransactionRefusedException {
    private static final long serialVersionUID = 1L;

    /**
     * @param transaction the refused transaction
     * @param problem what is wrong, naming the entries or ids involved
     */
    public InvalidTrustTransactionException(TrustTransaction transaction, String problem) {
        super("TRUST_INVALID_TRANSACTION", transaction, "refused " + transaction.type() + " on "
                + transaction.date() + ": " + problem);
    }
}

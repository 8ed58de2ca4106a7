package dev.legalbilling.trust;

import dev.legalbilling.BillingException;
import java.util.Objects;

/**
 * A trust transaction was refused and <em>not recorded</em>: the journal, its hash chain and every ledger are
 * exactly as they were before the attempt. Subclasses name the specific reason and carry its figures; the message
 * names the transaction, the ledger or invoice and the amounts, never the memo or payee.
 *
 * <p>Codes: {@code TRUST_NEGATIVE_BALANCE}, {@code TRUST_UNEARNED_FEE_TRANSFER}, {@code TRUST_SPLIT_DEPOSIT},
 * {@code TRUST_FIRM_FUNDS_OVER_LIMIT}, {@code TRUST_INVALID_TRANSACTION}.
 */
public class TrustTransactionRefusedException extends BillingException {
    private static final long serialVersionUID = 1L;

    private final transient TrustTransaction transaction;

    /**
     * @param code stable error code; not null
     * @param transaction the refused transaction; not null
     * @param message one sentence naming the culprit; not null
     */
    protected TrustTransactionRefusedException(String code, TrustTransaction transaction, String message) {
        super(code, message);
        this.transaction = Objects.requireNonNull(transaction, "transaction");
    }

    /** @return the refused transaction */
    public TrustTransaction transaction() {
        return transaction;
    }
}

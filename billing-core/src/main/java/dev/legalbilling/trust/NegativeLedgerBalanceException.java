package dev.legalbilling.trust;

import dev.legalbilling.money.Money;
import java.time.LocalDate;

/**
 * Refused: the transaction would take a ledger below zero on some day (a client's money would pay for another
 * client's obligations). Code {@code TRUST_NEGATIVE_BALANCE}.
 *
 * <p>The check runs in date order, so a back-dated withdrawal is refused if the ledger lacked the money on the
 * withdrawal's date, even when later deposits cover it today.
 */
public final class NegativeLedgerBalanceException extends TrustTransactionRefusedException {
    private static final long serialVersionUID = 1L;

    private final LedgerId ledger;
    private final transient Money requested;
    private final transient Money available;
    private final transient Money resultingBalance;
    private final LocalDate negativeOn;

    /**
     * @param transaction the refused transaction
     * @param ledger the ledger that would go negative
     * @param requested the amount debited from it, positive
     * @param available the most that could be debited on the transaction's date
     * @param resultingBalance the lowest balance the ledger would reach
     * @param negativeOn the first day it would be negative (the transaction's date or, for a back-dated one, later)
     */
    public NegativeLedgerBalanceException(TrustTransaction transaction, LedgerId ledger, Money requested,
            Money available, Money resultingBalance, LocalDate negativeOn) {
        super("TRUST_NEGATIVE_BALANCE", transaction, "refused " + transaction.type() + " of " + requested + " on "
                + transaction.date() + ": " + ledger + " would be negative from " + negativeOn + ", reaching "
                + resultingBalance + " (at most " + available + " available)");
        this.ledger = ledger;
        this.requested = requested;
        this.available = available;
        this.resultingBalance = resultingBalance;
        this.negativeOn = negativeOn;
    }

    /** @return the ledger that would go negative */
    public LedgerId ledger() {
        return ledger;
    }

    /** @return the amount debited from the ledger, positive */
    public Money requested() {
        return requested;
    }

    /** @return the most that could have been debited on the transaction's date */
    public Money available() {
        return available;
    }

    /** @return the lowest balance the ledger would have reached */
    public Money resultingBalance() {
        return resultingBalance;
    }

    /** @return the first day the ledger would have been negative */
    public LocalDate negativeOn() {
        return negativeOn;
    }
}

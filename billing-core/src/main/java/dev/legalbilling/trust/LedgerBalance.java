package dev.legalbilling.trust;

import dev.legalbilling.money.Money;
import java.util.Objects;

/**
 * A ledger's balance on one day: one of the figures summed in a three-way reconciliation.
 *
 * @param ledger the ledger; never null
 * @param balance its balance; never null
 */
public record LedgerBalance(LedgerId ledger, Money balance) {
    /** Checks for nulls. */
    public LedgerBalance {
        Objects.requireNonNull(ledger, "ledger");
        Objects.requireNonNull(balance, "balance");
    }

    /** @return true when the balance is below zero (a violation for any ledger) */
    public boolean negative() {
        return balance.isNegative();
    }
}

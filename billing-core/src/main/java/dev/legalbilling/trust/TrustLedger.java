package dev.legalbilling.trust;

import dev.legalbilling.money.Money;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A ledger derived from a trust journal: every movement on it, in date order (ties in posting order), with running
 * balances. Ledgers are never stored; they are recomputed from the journal, so they cannot disagree with it.
 *
 * <p>The boolean queries ({@link #negative()}, {@link #everNegative()}) are plain data for compliance rules.
 * Immutable and thread-safe.
 *
 * @param id the ledger; never null
 * @param currency the account currency; never null
 * @param lines the movements in date order; never null, may be empty
 */
public record TrustLedger(LedgerId id, Currency currency, List<LedgerLine> lines) {
    /** Copies the lines. */
    public TrustLedger {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(currency, "currency");
        lines = List.copyOf(lines);
    }

    /** @return the balance after the last movement, zero when there is none */
    public Money balance() {
        return lines.isEmpty() ? Money.zero(currency) : lines.get(lines.size() - 1).balanceAfter();
    }

    /** @return the lowest running balance after any movement, zero when there is none */
    public Money lowestBalance() {
        Money lowest = Money.zero(currency);
        for (LedgerLine l : lines) {
            lowest = lowest.min(l.balanceAfter());
        }
        return lowest;
    }

    /** @return true when the current balance is below zero */
    public boolean negative() {
        return balance().isNegative();
    }

    /** @return true when the balance was below zero after any movement, even if it recovered later */
    public boolean everNegative() {
        return lowestBalance().isNegative();
    }

    /** @return the date of the first movement */
    public Optional<LocalDate> firstActivity() {
        return lines.isEmpty() ? Optional.empty() : Optional.of(lines.get(0).date());
    }

    /** @return the date of the last movement */
    public Optional<LocalDate> lastActivity() {
        return lines.isEmpty() ? Optional.empty() : Optional.of(lines.get(lines.size() - 1).date());
    }

    /** @return the current balance as a reconciliation figure */
    public LedgerBalance toBalance() {
        return new LedgerBalance(id, balance());
    }
}

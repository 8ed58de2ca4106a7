package dev.legalbilling.trust;

import dev.legalbilling.money.Money;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One movement on a ledger, with the ledger's balance after it (in date order).
 *
 * @param entry the journal entry; never null
 * @param date the transaction date; never null
 * @param type the transaction type; never null
 * @param amount the signed amount posted to this ledger; never null
 * @param balanceAfter the ledger's balance after this movement; never null
 */
public record LedgerLine(TrustEntryId entry, LocalDate date, TransactionType type, Money amount,
        Money balanceAfter) {
    /** Checks for nulls. */
    public LedgerLine {
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(balanceAfter, "balanceAfter");
    }
}

package dev.legalbilling.trust;

import dev.legalbilling.money.Money;
import java.util.List;
import java.util.Objects;

/**
 * One likely cause of a reconciliation difference, in words a bookkeeper can act on.
 *
 * <p>Causes backed by the statement (an unrecorded charge or interest) add up; the heuristic ones (transposition,
 * duplicate deposit, unlisted check or deposit) are alternative explanations of the same remaining difference.
 *
 * @param kind the kind of cause; never null
 * @param scope which comparison it explains; never null
 * @param amount the part of the difference it would explain, with the difference's sign (for a negative ledger,
 *     the ledger's balance); never null
 * @param explanation one or two sentences naming entries, references, dates and amounts (never memos or payees);
 *     not null
 * @param entries the journal entries involved, possibly none; never null
 */
public record DiscrepancyCause(DiscrepancyKind kind, Scope scope, Money amount, String explanation,
        List<TrustEntryId> entries) {

    /** Which of the three-way comparisons a cause belongs to. */
    public enum Scope {
        /** Adjusted bank balance against journal balance. */
        BANK_AND_JOURNAL,
        /** Journal balance against the sum of the ledgers. */
        JOURNAL_AND_LEDGERS,
        /** One ledger on its own (a negative balance). */
        LEDGER
    }

    /** Checks for nulls and copies the entries. */
    public DiscrepancyCause {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(explanation, "explanation");
        entries = List.copyOf(entries);
    }
}

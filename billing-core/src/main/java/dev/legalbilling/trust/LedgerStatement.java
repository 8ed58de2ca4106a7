package dev.legalbilling.trust;

import dev.legalbilling.InvalidValueException;
import dev.legalbilling.money.Money;
import dev.legalbilling.party.ClientId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * The statement of one trust ledger as of a day: every movement dated on or before it, in date order (ties in
 * posting order), with the running balance, the totals and the closing balance. It is the record ABA Model Rule
 * 1.15(a) and the Model Rules for Client Trust Account Records (Rule 1(b)) expect for each client: date, source or
 * payee kind, amount, and the balance after each receipt and withdrawal.
 *
 * <p>A statement is a value derived from the journal entries, independent of any output format: {@link #toText}
 * renders it for people, {@code TrustJsonModule} as JSON, and any other renderer (HTML) reads the same fields.
 * Payee names and memos may be privileged: {@link #toText(boolean)} prints them only when asked, and the value's
 * {@link #toString()} never contains them.
 *
 * <p>Immutable and thread-safe.
 *
 * @param account the trust account; never null
 * @param ledger the ledger; never null
 * @param asOf the statement date; never null
 * @param journalEntries how many entries the journal read held (all dates), for tying the statement to the file
 * @param journalHead the hash of the last entry of the journal read (the genesis hash when empty); never null
 * @param lines the movements on the ledger dated on or before {@code asOf}; never null, possibly empty
 */
public record LedgerStatement(TrustAccount account, LedgerId ledger, LocalDate asOf, int journalEntries,
        JournalHash journalHead, List<LedgerStatementLine> lines) {

    /** Validates and copies. */
    public LedgerStatement {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(ledger, "ledger");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(journalHead, "journalHead");
        lines = List.copyOf(lines);
        if (journalEntries < 0) {
            throw new InvalidValueException("journalEntries", journalEntries, "must not be negative");
        }
    }

    /**
     * @param account the trust account; not null
     * @param entries the journal's entries in sequence order (as a journal or journal file holds them); not null
     * @param ledger the ledger; not null
     * @param asOf the statement date; not null
     * @return the ledger's statement (without lines when it has no movement by then)
     */
    public static LedgerStatement of(TrustAccount account, List<TrustEntry> entries, LedgerId ledger,
            LocalDate asOf) {
        Objects.requireNonNull(ledger, "ledger");
        List<LedgerStatement> found = build(account, entries, asOf, l -> l.equals(ledger));
        return found.isEmpty() ? new LedgerStatement(account, ledger, asOf, entries.size(), head(account, entries),
                List.of()) : found.get(0);
    }

    /**
     * @param account the trust account; not null
     * @param entries the journal's entries in sequence order; not null
     * @param client a client; not null
     * @param asOf the statement date; not null
     * @return one statement per ledger of the client with a movement by {@code asOf} (the client's ledger without
     *     a matter first, then by matter); empty when there is none
     */
    public static List<LedgerStatement> forClient(TrustAccount account, List<TrustEntry> entries, ClientId client,
            LocalDate asOf) {
        Objects.requireNonNull(client, "client");
        return build(account, entries, asOf, l -> client.equals(l.client()));
    }

    /**
     * @param account the trust account; not null
     * @param entries the journal's entries in sequence order; not null
     * @param asOf the statement date; not null
     * @return one statement per ledger with a movement by {@code asOf}: client ledgers first (by client, then
     *     matter), then the firm's bank-charge funds, then unidentified funds
     */
    public static List<LedgerStatement> all(TrustAccount account, List<TrustEntry> entries, LocalDate asOf) {
        return build(account, entries, asOf, l -> true);
    }

    private static List<LedgerStatement> build(TrustAccount account, List<TrustEntry> entries, LocalDate asOf,
            Predicate<LedgerId> wanted) {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(entries, "entries");
        Objects.requireNonNull(asOf, "asOf");
        Map<Long, TrustEntry> bySequence = new HashMap<>();
        Map<Long, TrustEntryId> reversedBy = new HashMap<>();
        for (TrustEntry e : entries) {
            bySequence.put(e.sequence(), e);
            if (e.type() == TransactionType.REVERSAL && !e.date().isAfter(asOf)) {
                reversedBy.put(e.transaction().reverses().orElseThrow().sequence(), e.id());
            }
        }
        JournalHash head = head(account, entries);
        List<LedgerStatement> result = new ArrayList<>();
        for (TrustLedger ledger : JournalViews.ledgers(account.currency(), entries, asOf)) {
            if (!wanted.test(ledger.id())) {
                continue;
            }
            List<LedgerStatementLine> lines = new ArrayList<>(ledger.lines().size());
            for (LedgerLine l : ledger.lines()) {
                TrustTransaction tx = bySequence.get(l.entry().sequence()).transaction();
                lines.add(new LedgerStatementLine(l.entry(), l.date(), l.type(), tx.purpose().orElse(null),
                        tx.payeeKind().orElse(null), tx.payee().orElse(null), tx.invoice().orElse(null),
                        tx.reference().orElse(null), tx.reverses().orElse(null),
                        reversedBy.get(l.entry().sequence()), tx.memo(), l.amount(), l.balanceAfter()));
            }
            result.add(new LedgerStatement(account, ledger.id(), asOf, entries.size(), head, lines));
        }
        return List.copyOf(result);
    }

    private static JournalHash head(TrustAccount account, List<TrustEntry> entries) {
        return entries.isEmpty() ? TrustEntryCanonicalForm.genesis(account) : entries.get(entries.size() - 1).hash();
    }

    /** @return the balance after the last movement (zero when there is none) */
    public Money balance() {
        return lines.isEmpty() ? Money.zero(account.currency()) : lines.get(lines.size() - 1).balanceAfter();
    }

    /** @return the sum of the credits (receipts) on the statement */
    public Money totalCredits() {
        Money sum = Money.zero(account.currency());
        for (LedgerStatementLine l : lines) {
            sum = l.amount().isPositive() ? sum.plus(l.amount()) : sum;
        }
        return sum;
    }

    /** @return the sum of the debits (withdrawals), as a positive amount */
    public Money totalDebits() {
        Money sum = Money.zero(account.currency());
        for (LedgerStatementLine l : lines) {
            sum = l.amount().isNegative() ? sum.minus(l.amount()) : sum;
        }
        return sum;
    }

    /**
     * @param includePrivileged whether to print payee names and memos (privileged: only for the client or the
     *     firm's own records)
     * @return the statement as fixed-width text, ending with a line feed
     */
    public String toText(boolean includePrivileged) {
        return LedgerStatementText.render(this, includePrivileged);
    }

    /** @return account, ledger, date, line count and balance; never payees or memos */
    @Override
    public String toString() {
        return "LedgerStatement[" + account.id() + ", " + ledger + ", as of " + asOf + ", " + lines.size()
                + " lines, balance " + balance() + "]";
    }
}

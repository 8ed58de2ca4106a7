package dev.legalbilling.trust;

import dev.legalbilling.money.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A recorded, immutable line of a trust journal: a {@link TrustTransaction} with its position, the moment it was
 * recorded, and its link in the hash chain.
 *
 * <p>{@link #hash()} is always computed here, as SHA-256 of the {@link TrustEntryCanonicalForm canonical form}
 * (which includes {@link #previousHash()}), never taken on trust from storage: a file reader compares the stored
 * hash with this one to detect edits. Entries are created by {@link TrustJournal} or restored from storage with
 * {@link #of(TrustEntryId, Instant, TrustTransaction, JournalHash)}.
 *
 * <p>Immutable and thread-safe. {@link #toString()} leaves out the memo and payee, which may be privileged.
 */
public final class TrustEntry {
    private final TrustEntryId id;
    private final Instant recordedAt;
    private final TrustTransaction transaction;
    private final JournalHash previousHash;
    private final JournalHash hash;

    private TrustEntry(TrustEntryId id, Instant recordedAt, TrustTransaction transaction, JournalHash previousHash) {
        this.id = Objects.requireNonNull(id, "id");
        this.recordedAt = Objects.requireNonNull(recordedAt, "recordedAt");
        this.transaction = Objects.requireNonNull(transaction, "transaction");
        this.previousHash = Objects.requireNonNull(previousHash, "previousHash");
        this.hash = JournalHash.sha256(TrustEntryCanonicalForm.of(id, recordedAt, transaction, previousHash));
    }

    /**
     * @param id account and position
     * @param recordedAt when the entry was recorded
     * @param transaction what was recorded
     * @param previousHash the previous entry's hash, or the account's genesis hash for the first entry
     * @return the entry, with its hash computed
     */
    public static TrustEntry of(TrustEntryId id, Instant recordedAt, TrustTransaction transaction,
            JournalHash previousHash) {
        return new TrustEntry(id, recordedAt, transaction, previousHash);
    }

    /** @return account and position */
    public TrustEntryId id() {
        return id;
    }

    /** @return the position in the journal, from 1 */
    public long sequence() {
        return id.sequence();
    }

    /** @return when the entry was recorded (the journal's clock), as opposed to {@link #date()} */
    public Instant recordedAt() {
        return recordedAt;
    }

    /** @return what was recorded */
    public TrustTransaction transaction() {
        return transaction;
    }

    /** @return the hash of the previous entry (the genesis hash for the first entry) */
    public JournalHash previousHash() {
        return previousHash;
    }

    /** @return SHA-256 of this entry's canonical form */
    public JournalHash hash() {
        return hash;
    }

    /** @return the transaction's type */
    public TransactionType type() {
        return transaction.type();
    }

    /** @return the transaction's date */
    public LocalDate date() {
        return transaction.date();
    }

    /** @return the transaction's postings */
    public List<Posting> postings() {
        return transaction.postings();
    }

    /** @return the change to the bank balance */
    public Money bankAmount() {
        return transaction.bankAmount();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TrustEntry e && hash.equals(e.hash) && id.equals(e.id) && recordedAt.equals(e.recordedAt)
                && transaction.equals(e.transaction) && previousHash.equals(e.previousHash);
    }

    @Override
    public int hashCode() {
        return hash.hashCode();
    }

    /** @return id, transaction summary and abbreviated hash; never the memo or payee */
    @Override
    public String toString() {
        return "TrustEntry[" + id + ", " + transaction + ", hash " + hash.abbreviated() + "]";
    }
}

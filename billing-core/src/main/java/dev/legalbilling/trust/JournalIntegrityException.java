package dev.legalbilling.trust;

import dev.legalbilling.BillingException;
import java.util.Objects;

/**
 * A stored journal is not a journal this library could have written: its hash chain is broken, its sequence has a
 * gap, an entry belongs to another account, or replaying it breaks an invariant (a negative ledger, a double
 * reversal). Raised by {@link TrustJournal#restore}; the message names the first bad entry. Code
 * {@code TRUST_JOURNAL_INTEGRITY}.
 */
public final class JournalIntegrityException extends BillingException {
    private static final long serialVersionUID = 1L;

    /** What kind of integrity failure was found. */
    public enum Problem {
        /** An entry's previous-hash is not the hash of the entry before it: an entry was edited, removed or moved. */
        BROKEN_CHAIN,
        /** An entry's sequence number is not one more than the previous entry's. */
        SEQUENCE_GAP,
        /** An entry belongs to a different trust account. */
        WRONG_ACCOUNT,
        /** Replaying the entry in order breaks an invariant the journal enforces when posting. */
        INVALID_HISTORY
    }

    private final Problem problem;
    private final long sequence;

    /**
     * @param problem the kind of failure
     * @param sequence the position (from 1) of the first bad entry in the list given
     * @param message one sentence naming the entry and what is wrong
     * @param cause the refusal raised on replay, or null
     */
    public JournalIntegrityException(Problem problem, long sequence, String message, Throwable cause) {
        super("TRUST_JOURNAL_INTEGRITY", message, cause);
        this.problem = Objects.requireNonNull(problem, "problem");
        this.sequence = sequence;
    }

    /** @return the kind of failure */
    public Problem problem() {
        return problem;
    }

    /** @return the position (from 1) of the first bad entry */
    public long sequence() {
        return sequence;
    }
}

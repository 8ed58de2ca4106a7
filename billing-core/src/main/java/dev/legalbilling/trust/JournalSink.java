package dev.legalbilling.trust;

/**
 * Where a {@link TrustJournal} makes each new entry durable before it becomes visible (write-ahead). A file-backed
 * implementation appends a line and forces it to disk.
 *
 * <p>The journal calls {@link #append(TrustEntry)} while holding its posting lock, in sequence order, exactly once
 * per entry. If the call throws, the journal does not record the entry. Implementations need not be thread-safe
 * themselves.
 */
@FunctionalInterface
public interface JournalSink {
    /** A sink that keeps nothing: for journals held only in memory. */
    JournalSink NONE = entry -> { };

    /**
     * Makes the entry durable. When this returns normally the entry must survive a crash of the process.
     *
     * @param entry the next entry; its previous hash is the hash of the entry appended before it
     * @throws RuntimeException (typically a {@link dev.legalbilling.BillingException}) when the entry could not be
     *     stored; the journal then does not record it
     */
    void append(TrustEntry entry);
}

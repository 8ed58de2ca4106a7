package dev.legalbilling.trust;

import dev.legalbilling.InvalidValueException;
import java.util.Objects;

/**
 * Identifies one entry of a trust journal: the account and the entry's position in it, starting at 1.
 *
 * @param account the trust account; never null
 * @param sequence position in the journal, 1 for the first entry
 */
public record TrustEntryId(TrustAccountId account, long sequence) {
    /** Validates the id. */
    public TrustEntryId {
        Objects.requireNonNull(account, "account");
        if (sequence < 1) {
            throw new InvalidValueException("sequence", sequence, "must be at least 1");
        }
    }

    /**
     * @param account the trust account
     * @param sequence position, from 1
     * @return the id
     */
    public static TrustEntryId of(TrustAccountId account, long sequence) {
        return new TrustEntryId(account, sequence);
    }

    /** @return {@code IOLTA-0001#17} */
    @Override
    public String toString() {
        return account + "#" + sequence;
    }
}

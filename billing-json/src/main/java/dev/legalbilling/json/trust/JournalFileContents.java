package dev.legalbilling.json.trust;

import dev.legalbilling.trust.JournalHash;
import dev.legalbilling.trust.TrustAccount;
import dev.legalbilling.trust.TrustEntry;
import dev.legalbilling.trust.TrustEntryCanonicalForm;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The verified content of a trust journal file: its account and every intact entry, plus the torn last line if the
 * last write was interrupted. Immutable.
 *
 * @param path the file read; never null
 * @param account the account from the header; never null
 * @param entries every intact entry, verified (canonical bytes, hashes, chain, numbering, replay invariants)
 * @param tornTail the torn bytes after the last line feed, or null when the file ends cleanly
 */
public record JournalFileContents(Path path, TrustAccount account, List<TrustEntry> entries, TornTail tornTail) {
    /** Copies the entries. */
    public JournalFileContents {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(account, "account");
        entries = List.copyOf(entries);
    }

    /** @return the torn last line, if the last write was interrupted */
    public Optional<TornTail> tornTailIfAny() {
        return Optional.ofNullable(tornTail);
    }

    /** @return the hash of the last intact entry (the account's genesis hash when there is none) */
    public JournalHash headHash() {
        return entries.isEmpty() ? TrustEntryCanonicalForm.genesis(account) : entries.get(entries.size() - 1).hash();
    }
}

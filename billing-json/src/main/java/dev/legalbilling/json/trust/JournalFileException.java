package dev.legalbilling.json.trust;

import dev.legalbilling.BillingException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A trust journal file could not be read, verified or written. The message names the file, the line (1 is the
 * header, line {@code n + 1} holds entry {@code n}) and what is wrong there; the code is
 * {@code TRUST_JOURNAL_} followed by the {@link Problem} name, e.g. {@code TRUST_JOURNAL_HASH_MISMATCH}.
 *
 * <p>When reading, the first bad line is reported: structural and tampering problems (encoding, JSON, canonical
 * form, hashes, chain, numbering) are checked line by line first, then the replay invariants.
 */
public final class JournalFileException extends BillingException {
    private static final long serialVersionUID = 1L;

    /** What went wrong. */
    public enum Problem {
        /** The file is empty or its first line is not a journal header. */
        MISSING_HEADER,
        /** A line is not valid UTF-8. */
        INVALID_ENCODING,
        /** A line is not one well-formed JSON object with the expected fields and types. */
        MALFORMED_LINE,
        /** A line's fields do not make a valid entry (a bad amount, id, or combination of fields). */
        INVALID_ENTRY,
        /** A line parses but is not byte for byte how this library writes it (whitespace, escapes, key order). */
        NOT_CANONICAL,
        /** The hash stored on a line is not the hash of its content: the entry (or header) was altered. */
        HASH_MISMATCH,
        /** A line does not chain to the line before it: a line was removed, inserted or moved. */
        BROKEN_CHAIN,
        /** An entry's sequence number does not follow the previous one. */
        SEQUENCE_GAP,
        /** An entry names a different trust account than the header. */
        WRONG_ACCOUNT,
        /** Replaying the entries breaks a journal invariant (a negative ledger, an unearned transfer). */
        INVALID_HISTORY,
        /**
         * The last line has no line feed: the process stopped mid-write. Every earlier line is intact; the torn
         * bytes were never acknowledged. Remove them with {@link TrustJournalFile#repairTornTail(Path)}.
         */
        TORN_LAST_LINE,
        /** Another writer holds the file's lock. */
        LOCKED,
        /** The file to create already exists. */
        ALREADY_EXISTS,
        /** Writing or forcing an entry to disk failed; the entry was not recorded and the file was rolled back. */
        WRITE_FAILED,
        /** The journal file was closed, or an earlier write failed, so it accepts no more entries. */
        CLOSED,
        /** Any other input/output failure. */
        IO_ERROR
    }

    private final transient Path path;
    private final long line;
    private final Problem problem;

    /**
     * @param problem what went wrong; not null
     * @param path the file; not null
     * @param line the 1-based line, or 0 when the problem is not about one line
     * @param detail what is wrong, naming fields and values; not null
     * @param cause the underlying cause; may be null
     */
    public JournalFileException(Problem problem, Path path, long line, String detail, Throwable cause) {
        super("TRUST_JOURNAL_" + problem.name(),
                path + (line > 0 ? ":" + line : "") + ": " + Objects.requireNonNull(detail, "detail"), cause);
        this.problem = problem;
        this.path = path;
        this.line = line;
    }

    /** @return what went wrong */
    public Problem problem() {
        return problem;
    }

    /** @return the journal file */
    public Path path() {
        return path;
    }

    /** @return the 1-based line, or 0 when the problem is not about one line */
    public long line() {
        return line;
    }
}

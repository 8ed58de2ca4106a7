package dev.legalbilling.json.trust;

import com.fasterxml.jackson.databind.JsonNode;
import dev.legalbilling.BillingException;
import dev.legalbilling.json.trust.JournalFileException.Problem;
import dev.legalbilling.trust.JournalHash;
import dev.legalbilling.trust.JournalIntegrityException;
import dev.legalbilling.trust.JournalSink;
import dev.legalbilling.trust.TrustAccount;
import dev.legalbilling.trust.TrustAccountingProfile;
import dev.legalbilling.trust.TrustEntry;
import dev.legalbilling.trust.TrustEntryCanonicalForm;
import dev.legalbilling.trust.TrustJournal;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A trust journal persisted as a JSON Lines file: line 1 is a header naming the account, each further line one
 * {@link TrustEntry}, in sequence order, each ended by a line feed.
 *
 * <h2>Durability</h2>
 * Every new entry is appended, flushed and forced to the storage device ({@code fsync}) <em>before</em>
 * {@link TrustJournal#post} returns, so an acknowledged entry survives a crash of the process or the machine. If
 * the process dies mid-write, the file ends in a torn line without a line feed; reading reports it as a
 * {@link TornTail} and keeps every earlier entry; {@link #repairTornTail(Path)} removes it. If a write fails, the
 * file is truncated back to its previous length, the entry is not recorded, and this file accepts no more entries.
 *
 * <h2>Tamper evidence</h2>
 * Reading verifies, line by line, that each line is valid UTF-8 and exactly the bytes this library writes for its
 * content (so no byte can change without notice, not even white space or an escape), that the stored hash equals
 * the hash of the content ({@link TrustEntryCanonicalForm}), and that each entry chains to the one before; then it
 * replays the entries to check the journal's invariants. The first failure is reported as a
 * {@link JournalFileException} naming the file and line. Removing whole lines from the <em>end</em> of the file
 * leaves a valid, shorter journal: compare {@link JournalFileContents#headHash()} with a head hash recorded
 * elsewhere (for example in the last reconciliation report) to detect that.
 *
 * <h2>Concurrency</h2>
 * An open file holds an exclusive {@link FileLock}, so two processes cannot append to one journal. Within the
 * process, {@link TrustJournal} serialises posting; this class is safe to use from any thread through its journal.
 */
public final class TrustJournalFile implements AutoCloseable {
    private final Path path;
    private final FileChannel channel;
    private final FileLock lock;
    private final TrustJournal journal;
    private long lastSequence;
    private JournalHash lastHash;
    private boolean closed;

    private TrustJournalFile(Path path, FileChannel channel, FileLock lock, TrustAccount account,
            TrustAccountingProfile profile, Clock clock, List<TrustEntry> entries) {
        this.path = path;
        this.channel = channel;
        this.lock = lock;
        this.lastSequence = entries.size();
        this.lastHash = entries.isEmpty() ? TrustEntryCanonicalForm.genesis(account)
                : entries.get(entries.size() - 1).hash();
        try {
            this.journal = TrustJournal.restore(account, profile, entries, clock, this::append);
        } catch (JournalIntegrityException e) {
            throw integrity(path, e);
        }
    }

    /**
     * Creates a new, empty journal file (header only, forced to disk) and opens it for appending.
     *
     * @param path where to create it; must not exist
     * @param account the trust account; not null
     * @param profile the jurisdiction profile for posts; not null
     * @param clock the clock that stamps entries; not null
     * @return the open file; close it when done
     * @throws JournalFileException {@code ALREADY_EXISTS}, {@code LOCKED} or {@code IO_ERROR}
     * @throws dev.legalbilling.InvalidValueException when the profile's jurisdiction or currency is not the
     *     account's (nothing is created)
     */
    public static TrustJournalFile create(Path path, TrustAccount account, TrustAccountingProfile profile,
            Clock clock) {
        Objects.requireNonNull(path, "path");
        // checks the profile against the account before anything touches the disk
        TrustJournal.create(account, profile, clock, JournalSink.NONE);
        FileChannel channel;
        try {
            channel = FileChannel.open(path, StandardOpenOption.CREATE_NEW, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
        } catch (FileAlreadyExistsException e) {
            throw new JournalFileException(Problem.ALREADY_EXISTS, path, 0, "already exists; open it instead", e);
        } catch (IOException e) {
            throw new JournalFileException(Problem.IO_ERROR, path, 0, "cannot be created: " + e.getMessage(), e);
        }
        FileLock lock = lock(path, channel);
        try {
            writeFully(channel, 0, line(JournalLineCodec.headerLine(account,
                    TrustEntryCanonicalForm.genesis(account))));
            channel.force(true);
            forceDirectory(path);
            return new TrustJournalFile(path, channel, lock, account, profile, clock, List.of());
        } catch (IOException | RuntimeException e) {
            closeQuietly(channel);
            if (e instanceof BillingException) {
                throw (BillingException) e;
            }
            throw new JournalFileException(Problem.IO_ERROR, path, 1, "header cannot be written: " + e.getMessage(), e);
        }
    }

    /**
     * Opens an existing journal file for appending, after verifying all of it.
     *
     * @param path the file; not null
     * @param profile the jurisdiction profile for new posts; not null
     * @param clock the clock that stamps new entries; not null
     * @return the open file; close it when done
     * @throws JournalFileException when the file fails verification (including {@code TORN_LAST_LINE}: repair it
     *     first with {@link #repairTornTail(Path)}), is locked, or cannot be opened
     */
    public static TrustJournalFile open(Path path, TrustAccountingProfile profile, Clock clock) {
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(clock, "clock");
        FileChannel channel;
        try {
            channel = FileChannel.open(path, StandardOpenOption.READ, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new JournalFileException(Problem.IO_ERROR, path, 0, "cannot be opened: " + e.getMessage(), e);
        }
        FileLock lock = lock(path, channel);
        try {
            JournalFileContents contents = read(path, channel);
            if (contents.tornTail() != null) {
                TornTail torn = contents.tornTail();
                throw new JournalFileException(Problem.TORN_LAST_LINE, path, torn.line(), "ends in " + torn.length()
                        + " torn bytes from an interrupted write; run repairTornTail before appending", null);
            }
            return new TrustJournalFile(path, channel, lock, contents.account(), profile, clock, contents.entries());
        } catch (IOException e) {
            closeQuietly(channel);
            throw new JournalFileException(Problem.IO_ERROR, path, 0, "cannot be read: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            closeQuietly(channel);
            throw e;
        }
    }

    /**
     * Reads and verifies a journal file without opening it for writing (what a reconciliation needs).
     *
     * @param path the file; not null
     * @return the account and every intact entry, plus any torn last line
     * @throws JournalFileException naming the first bad line when the file was altered or is not a journal
     */
    public static JournalFileContents read(Path path) {
        Objects.requireNonNull(path, "path");
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
            return read(path, channel);
        } catch (IOException e) {
            throw new JournalFileException(Problem.IO_ERROR, path, 0, "cannot be read: " + e.getMessage(), e);
        }
    }

    /**
     * Removes the torn last line left by an interrupted write, after verifying every complete line.
     *
     * @param path the file; not null
     * @return the torn bytes removed, or empty when the file ended cleanly
     * @throws JournalFileException when the intact part fails verification or the file is locked
     */
    public static Optional<TornTail> repairTornTail(Path path) {
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            lock(path, channel);
            JournalFileContents contents = read(path, channel);
            if (contents.tornTail() == null) {
                return Optional.empty();
            }
            channel.truncate(contents.tornTail().offset());
            channel.force(true);
            return Optional.of(contents.tornTail());
        } catch (IOException e) {
            throw new JournalFileException(Problem.IO_ERROR, path, 0, "cannot be repaired: " + e.getMessage(), e);
        }
    }

    /**
     * Like {@link #repairTornTail(Path)}, but first copies the whole file, torn bytes included, to {@code backup}
     * (which must not exist) and forces the copy to disk; the copy is made through the locked channel, under the
     * lock, so no writer can change the file between the copy and the cut. Nothing is copied or cut when the file
     * ends cleanly.
     *
     * @param path the file; not null
     * @param backup where to keep the file as it was before the cut; must not exist; not null
     * @return the torn bytes removed, or empty when the file ended cleanly
     * @throws JournalFileException when the intact part fails verification, the file is locked, or the backup cannot
     *     be written (then nothing is cut)
     */
    public static Optional<TornTail> repairTornTail(Path path, Path backup) {
        Objects.requireNonNull(backup, "backup");
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            lock(path, channel);
            JournalFileContents contents = read(path, channel);
            if (contents.tornTail() == null) {
                return Optional.empty();
            }
            try (FileChannel copy = FileChannel.open(backup, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE)) {
                long size = channel.size();
                long done = 0;
                while (done < size) {
                    done += channel.transferTo(done, size - done, copy);
                }
                copy.force(true);
            } catch (IOException e) {
                throw new JournalFileException(Problem.IO_ERROR, path, 0, "was not repaired: the backup " + backup
                        + " cannot be written (" + e.getMessage() + ")", e);
            }
            channel.truncate(contents.tornTail().offset());
            channel.force(true);
            return Optional.of(contents.tornTail());
        } catch (IOException e) {
            throw new JournalFileException(Problem.IO_ERROR, path, 0, "cannot be repaired: " + e.getMessage(), e);
        }
    }

    /** @return the journal backed by this file: every entry it records is appended here first */
    public TrustJournal journal() {
        return journal;
    }

    /** @return the file */
    public Path path() {
        return path;
    }

    /** Releases the lock and closes the file; the journal then refuses new entries with {@code CLOSED}. */
    @Override
    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
        }
        closeQuietly(channel);
    }

    /** The journal's sink, called under the journal's lock, in sequence order. */
    private synchronized void append(TrustEntry entry) {
        long line = entry.sequence() + 1;
        if (closed) {
            throw new JournalFileException(Problem.CLOSED, path, line, "is closed (or an earlier write failed); "
                    + "entry " + entry.id() + " was not recorded", null);
        }
        if (entry.sequence() != lastSequence + 1 || !entry.previousHash().equals(lastHash)) {
            throw new JournalFileException(Problem.BROKEN_CHAIN, path, line, "entry " + entry.id()
                    + " does not follow the last entry written", null);
        }
        byte[] bytes = line(JournalLineCodec.entryLine(entry));
        long before = -1;
        try {
            before = channel.size();
            writeFully(channel, before, bytes);
            channel.force(true);
        } catch (IOException e) {
            closed = true;
            String rollback = "";
            if (before >= 0) {
                try {
                    channel.truncate(before);
                    channel.force(true);
                } catch (IOException again) {
                    rollback = "; rolling back also failed, so the file may end in a torn line";
                }
            }
            closeQuietly(channel);
            throw new JournalFileException(Problem.WRITE_FAILED, path, line, "entry " + entry.id()
                    + " could not be written and was not recorded: " + e.getMessage() + rollback, e);
        }
        lastSequence = entry.sequence();
        lastHash = entry.hash();
    }

    /**
     * Reads through the given channel with positional reads, so the channel (and any lock on it) stays open: on
     * POSIX systems closing any other descriptor of the file would release this process's lock.
     */
    private static JournalFileContents read(Path path, FileChannel channel) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(512);
        long lineNumber = 0;
        long offset = 0;
        TrustAccount account = null;
        JournalHash previous = null;
        List<TrustEntry> entries = new ArrayList<>();
        ByteBuffer chunk = ByteBuffer.allocate(1 << 16);
        long position = 0;
        int read;
        while ((read = channel.read(chunk.clear(), position)) > 0) {
            position += read;
            byte[] data = chunk.array();
            int start = 0;
            for (int i = 0; i < read; i++) {
                if (data[i] != '\n') {
                    continue;
                }
                buffer.write(data, start, i - start);
                start = i + 1;
                lineNumber++;
                byte[] bytes = buffer.toByteArray();
                buffer.reset();
                offset += bytes.length + 1L;
                String text = decode(path, lineNumber, decoder, bytes);
                if (lineNumber == 1) {
                    account = readHeader(path, text);
                    previous = TrustEntryCanonicalForm.genesis(account);
                } else {
                    TrustEntry entry = readEntry(path, lineNumber, text, account, previous);
                    entries.add(entry);
                    previous = entry.hash();
                }
            }
            buffer.write(data, start, read - start);
        }
        TornTail torn = buffer.size() == 0 ? null : new TornTail(lineNumber + 1, offset, buffer.size());
        if (account == null) {
            throw new JournalFileException(Problem.MISSING_HEADER, path, 1, torn == null ? "is empty"
                    : "has only a torn header line (" + torn.length() + " bytes)", null);
        }
        try {
            // replays the invariants; the profile is not applied on replay, only to later posts
            TrustJournal.restore(account, TrustAccountingProfile.configurableDefaults(account.jurisdiction(),
                    account.currency()), entries, Clock.systemUTC(), JournalSink.NONE);
        } catch (JournalIntegrityException e) {
            throw integrity(path, e);
        }
        return new JournalFileContents(path, account, entries, torn);
    }

    private static TrustAccount readHeader(Path path, String text) {
        try {
            JsonNode node = JournalLineCodec.parse(text);
            JournalLineCodec.ParsedHeader header = JournalLineCodec.parseHeader(node);
            JournalHash genesis = TrustEntryCanonicalForm.genesis(header.account());
            if (!genesis.hex().equals(header.storedGenesis())) {
                throw new JournalFileException(Problem.HASH_MISMATCH, path, 1, "the header's genesis hash does not "
                        + "match its account: the header was altered", null);
            }
            requireCanonical(path, 1, text, JournalLineCodec.headerLine(header.account(), genesis));
            return header.account();
        } catch (JournalLineCodec.ShapeException e) {
            throw new JournalFileException(Problem.MISSING_HEADER, path, 1, "is not a trust journal header: "
                    + e.getMessage(), e);
        } catch (JournalFileException e) {
            throw e;
        } catch (BillingException e) {
            throw new JournalFileException(Problem.MISSING_HEADER, path, 1, "has an invalid header: "
                    + e.getMessage(), e);
        }
    }

    private static TrustEntry readEntry(Path path, long line, String text, TrustAccount account,
            JournalHash previous) {
        JournalLineCodec.ParsedEntry parsed;
        try {
            parsed = JournalLineCodec.parseEntry(JournalLineCodec.parse(text));
        } catch (JournalLineCodec.ShapeException e) {
            throw new JournalFileException(Problem.MALFORMED_LINE, path, line, e.getMessage(), e);
        } catch (BillingException e) {
            throw new JournalFileException(Problem.INVALID_ENTRY, path, line, e.getMessage(), e);
        }
        TrustEntry entry = parsed.entry();
        if (!entry.hash().hex().equals(parsed.storedHash())) {
            throw new JournalFileException(Problem.HASH_MISMATCH, path, line, "entry " + entry.id()
                    + " does not match its stored hash: the entry was altered", null);
        }
        requireCanonical(path, line, text, JournalLineCodec.entryLine(entry));
        if (!entry.id().account().equals(account.id())) {
            throw new JournalFileException(Problem.WRONG_ACCOUNT, path, line, "entry belongs to trust account "
                    + entry.id().account() + ", but the header names " + account.id(), null);
        }
        long expected = line - 1;
        if (entry.sequence() != expected) {
            throw new JournalFileException(Problem.SEQUENCE_GAP, path, line, "holds entry " + entry.sequence()
                    + " where entry " + expected + " belongs: lines were removed, inserted or moved", null);
        }
        if (!entry.previousHash().equals(previous)) {
            throw new JournalFileException(Problem.BROKEN_CHAIN, path, line, "entry " + entry.id()
                    + " does not chain to line " + (line - 1) + ": a line was removed, inserted or moved", null);
        }
        return entry;
    }

    private static void requireCanonical(Path path, long line, String actual, String canonical) {
        if (!actual.equals(canonical)) {
            int at = 0;
            while (at < actual.length() && at < canonical.length() && actual.charAt(at) == canonical.charAt(at)) {
                at++;
            }
            throw new JournalFileException(Problem.NOT_CANONICAL, path, line, "differs from the canonical "
                    + "encoding of its own content at column " + (at + 1), null);
        }
    }

    private static String decode(Path path, long line, CharsetDecoder decoder, byte[] bytes) {
        try {
            CharBuffer chars = decoder.reset().decode(ByteBuffer.wrap(bytes));
            return chars.toString();
        } catch (CharacterCodingException e) {
            throw new JournalFileException(Problem.INVALID_ENCODING, path, line, "is not valid UTF-8", e);
        }
    }

    private static JournalFileException integrity(Path path, JournalIntegrityException e) {
        Problem problem;
        switch (e.problem()) {
            case BROKEN_CHAIN:
                problem = Problem.BROKEN_CHAIN;
                break;
            case SEQUENCE_GAP:
                problem = Problem.SEQUENCE_GAP;
                break;
            case WRONG_ACCOUNT:
                problem = Problem.WRONG_ACCOUNT;
                break;
            default:
                problem = Problem.INVALID_HISTORY;
                break;
        }
        return new JournalFileException(problem, path, e.sequence() + 1, e.getMessage(), e);
    }

    private static FileLock lock(Path path, FileChannel channel) {
        try {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                closeQuietly(channel);
                throw new JournalFileException(Problem.LOCKED, path, 0, "is locked by another process", null);
            }
            return lock;
        } catch (OverlappingFileLockException e) {
            closeQuietly(channel);
            throw new JournalFileException(Problem.LOCKED, path, 0, "is already open in this process", e);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new JournalFileException(Problem.IO_ERROR, path, 0, "cannot be locked: " + e.getMessage(), e);
        }
    }

    private static byte[] line(String json) {
        return (json + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private static void writeFully(FileChannel channel, long position, byte[] bytes) throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        long at = position;
        while (buffer.hasRemaining()) {
            at += channel.write(buffer, at);
        }
    }

    /** Makes the new file's directory entry durable; not supported everywhere, so failures are ignored. */
    private static void forceDirectory(Path path) {
        Path dir = path.toAbsolutePath().getParent();
        if (dir == null) {
            return;
        }
        try (FileChannel d = FileChannel.open(dir, StandardOpenOption.READ)) {
            d.force(true);
        } catch (IOException | UnsupportedOperationException ignored) {
            // best effort: some platforms cannot open or force directories
        }
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException ignored) {
            // nothing more can be done
        }
    }
}

package dev.legalbilling.cli.internal;

import dev.legalbilling.json.JsonInputException;
import dev.legalbilling.json.trust.BankStatementFormatException;
import dev.legalbilling.json.trust.BankStatementReader;
import dev.legalbilling.json.trust.JournalFileContents;
import dev.legalbilling.json.trust.JournalFileException;
import dev.legalbilling.json.trust.TornTail;
import dev.legalbilling.json.trust.TrustJournalFile;
import dev.legalbilling.trust.BankStatement;
import dev.legalbilling.trust.ReconciliationFrequency;
import dev.legalbilling.trust.TrustAccount;
import dev.legalbilling.trust.TrustAccountingProfile;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

/**
 * Reads the trust files the commands take ({@code billing trust reconcile}, {@code billing check --trust-journal}):
 * a journal, verified line by line and refused when its last line is torn, and a bank statement of the same account
 * and currency. Every problem is an exception whose message names the file (and line or key).
 */
public final class TrustFiles {
    private static final long LOCK_RETRY_MILLIS = 20;

    private TrustFiles() {
    }

    /**
     * @param journal a trust journal file (JSON Lines, as {@code TrustJournalFile} writes it)
     * @param purpose what the journal is read for, for the torn-line message ("reconciling")
     * @return its account and entries
     * @throws JsonInputException when the file is missing or not a file
     * @throws JournalFileException when a line is malformed or tampered with, or the last line is torn
     */
    public static JournalFileContents readJournal(Path journal, String purpose) {
        requireFile(journal);
        JournalFileContents contents = TrustJournalFile.read(journal);
        if (contents.tornTail() != null) {
            TornTail torn = contents.tornTail();
            throw new JournalFileException(JournalFileException.Problem.TORN_LAST_LINE, journal, torn.line(),
                    "ends in " + torn.length() + " torn bytes from an interrupted write; run 'billing trust repair "
                            + "--journal " + journal + "' before " + purpose, null);
        }
        return contents;
    }

    /**
     * @param journal a trust journal file
     * @return its account and verified entries, with any torn last line (what a repair needs)
     * @throws JsonInputException when the file is missing or not a file
     * @throws JournalFileException when a complete line is malformed or tampered with
     */
    public static JournalFileContents readJournalAllowingTornTail(Path journal) {
        requireFile(journal);
        return TrustJournalFile.read(journal);
    }

    /**
     * Opens a journal file for appending, waiting while another writer holds its lock: the lock is what keeps two
     * writers from interleaving, so a second writer queues behind the first instead of failing at once.
     *
     * @param journal the file
     * @param profile the profile new posts are checked under
     * @param wait how long to wait for the lock
     * @return the open file, holding the lock; close it to release
     * @throws JsonInputException when the file is missing or not a file
     * @throws JournalFileException when the file fails verification, ends in a torn line, or is still locked after
     *     the wait
     */
    public static TrustJournalFile openForAppend(Path journal, TrustAccountingProfile profile, Duration wait) {
        requireFile(journal);
        long deadline = System.nanoTime() + wait.toNanos();
        while (true) {
            try {
                return TrustJournalFile.open(journal, profile, Clock.systemUTC());
            } catch (JournalFileException e) {
                if (e.problem() == JournalFileException.Problem.TORN_LAST_LINE) {
                    throw new JournalFileException(e.problem(), journal, e.line(), "ends in a torn line from an "
                            + "interrupted write; run 'billing trust repair --journal " + journal
                            + "' before posting", e);
                }
                if (e.problem() != JournalFileException.Problem.LOCKED) {
                    throw e;
                }
                if (System.nanoTime() - deadline > 0) {
                    throw new JournalFileException(e.problem(), journal, 0, "is locked by another writer; gave up "
                            + "after waiting " + wait.toSeconds() + " s (nothing was recorded)", e);
                }
            }
            try {
                Thread.sleep(LOCK_RETRY_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new JournalFileException(JournalFileException.Problem.LOCKED, journal, 0,
                        "is locked by another writer (interrupted while waiting)", e);
            }
        }
    }

    /**
     * @param statement a bank statement file (JSON)
     * @param account the journal's account, which the statement must be of
     * @return the statement
     * @throws JsonInputException when the file is missing or unreadable
     * @throws BankStatementFormatException when it is malformed, or of another account or currency
     */
    public static BankStatement readStatement(Path statement, TrustAccount account) {
        requireFile(statement);
        try {
            return BankStatementReader.read(statement, account);
        } catch (UncheckedIOException e) {
            throw new JsonInputException(statement.toString(), "", 0, 0,
                    "cannot be read: " + e.getCause().getMessage());
        }
    }

    /**
     * @param account the trust account
     * @param frequency the reconciliation frequency, or null for the jurisdiction profile's configurable default
     * @return the trust accounting profile the commands use
     */
    public static TrustAccountingProfile profile(TrustAccount account, ReconciliationFrequency frequency) {
        TrustAccountingProfile profile = TrustAccountingProfile.configurableDefaults(account.jurisdiction(),
                account.currency());
        return frequency == null ? profile : profile.withReconciliationFrequency(frequency);
    }

    private static void requireFile(Path path) {
        if (!Files.exists(path)) {
            throw new JsonInputException(path.toString(), "", 0, 0, "file not found");
        }
        if (!Files.isRegularFile(path)) {
            throw new JsonInputException(path.toString(), "", 0, 0, "is not a regular file");
        }
    }
}

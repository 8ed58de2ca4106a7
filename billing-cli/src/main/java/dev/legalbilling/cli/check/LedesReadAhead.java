package dev.legalbilling.cli.check;

import dev.legalbilling.ledes.LedesFormat;
import dev.legalbilling.ledes.LedesFormatException;
import dev.legalbilling.ledes.LedesInvoices;
import dev.legalbilling.ledes.LedesIssue;
import dev.legalbilling.ledes.LedesReadResult;
import dev.legalbilling.ledes.LedesReader;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Reads a LEDES file's invoices on a thread of its own, at most {@value #AHEAD} invoices ahead of the thread that
 * checks them, so that reading and validating the next invoice overlaps checking the last one (on another core, or
 * while a worker JVM checks it). The invoices come out in file order, exactly as {@link LedesInvoices} gives them;
 * at most {@value #AHEAD} + 2 invoices are held at once (the queue's, the one being read, the one being checked).
 *
 * <p>Used by one checking thread; {@link #close()} stops the reading thread and closes the file.
 */
final class LedesReadAhead implements AutoCloseable {
    /** Invoices read but not yet taken. */
    static final int AHEAD = 2;

    /** What the reading thread hands over: an invoice, or the end of the file. */
    sealed interface Item {
    }

    /**
     * One invoice as read.
     *
     * @param result the reader's result
     * @param format the file's format as known once the invoice was read
     */
    record Read(LedesReadResult result, LedesFormat format) implements Item {
    }

    /**
     * The end of the file: every invoice before it was handed over.
     *
     * @param fileIssues the issues about the whole file (empty when reading failed)
     * @param error why the file could not be read to its end, or null
     * @param failure an unexpected failure of the reader, rethrown to the checking thread, or null
     */
    record End(List<LedesIssue> fileIssues, LedesFormatException error, Throwable failure) implements Item {
    }

    private final BlockingQueue<Item> queue = new ArrayBlockingQueue<>(AHEAD);
    private final Thread thread;

    private LedesReadAhead(LedesReader reader, Path path) {
        this.thread = new Thread(() -> read(reader, path), "billing-read-" + path.getFileName());
        thread.setDaemon(true);
    }

    /**
     * Starts reading.
     *
     * @param reader the reader (thread-safe)
     * @param path the file
     * @return the read-ahead, reading
     */
    static LedesReadAhead start(LedesReader reader, Path path) {
        LedesReadAhead ahead = new LedesReadAhead(reader, path);
        ahead.thread.start();
        return ahead;
    }

    private void read(LedesReader reader, Path path) {
        try {
            End end;
            try (LedesInvoices invoices = reader.open(path)) {
                while (invoices.hasNext()) {
                    LedesReadResult result = invoices.next();
                    queue.put(new Read(result, invoices.format().orElse(LedesFormat.B1998)));
                }
                end = new End(invoices.fileIssues(), null, null);
            } catch (LedesFormatException e) {
                end = new End(List.of(), e, null);
            } catch (RuntimeException | Error e) {
                end = new End(List.of(), null, e);
            }
            queue.put(end);
        } catch (InterruptedException e) {
            // closed by the checking thread: stop reading
        }
    }

    /**
     * @return the next invoice, or the end of the file (after which nothing more comes)
     * @throws IllegalStateException when interrupted while waiting
     */
    Item next() {
        try {
            return queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading ahead", e);
        }
    }

    /** Stops the reading thread (it closes the file) if it is still reading. */
    @Override
    public void close() {
        thread.interrupt();
        queue.clear();
    }
}

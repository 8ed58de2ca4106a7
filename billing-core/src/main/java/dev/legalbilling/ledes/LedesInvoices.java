package dev.legalbilling.ledes;

import dev.legalbilling.ledes.internal.FileParser;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.Charset;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The invoices of one open LEDES file, read one at a time: an {@link Iterator} of {@link LedesReadResult}s that
 * holds only the current invoice's rows in memory. Obtained from {@link LedesReader#open}; close it (try-with-
 * resources) to close the file.
 *
 * <p>File-level issues (header, field names, blank lines, mixed encodings, rows before the first invoice) and the
 * detected encoding accumulate as reading proceeds and are complete once {@link #hasNext()} returns false.
 * I/O failures while iterating throw {@link LedesFormatException} ({@link LedesErrorCode#IO_ERROR}); bad content
 * never throws.
 *
 * <p>Not thread-safe: iterate from one thread.
 */
public final class LedesInvoices implements Iterator<LedesReadResult>, Closeable {
    private final FileParser parser;
    private final String file;
    private LedesReadResult next;
    private boolean finished;

    LedesInvoices(FileParser parser, String file) {
        this.parser = parser;
        this.file = file;
    }

    /**
     * @return true when another invoice follows
     * @throws LedesFormatException when the file cannot be read
     */
    @Override
    public boolean hasNext() {
        if (next == null && !finished) {
            try {
                next = parser.next();
            } catch (IOException e) {
                finished = true;
                throw new LedesFormatException(LedesErrorCode.IO_ERROR, file, null, null, null,
                        "cannot be read: " + e.getMessage(), e);
            }
            finished = next == null;
        }
        return next != null;
    }

    /**
     * @return the next invoice's result
     * @throws NoSuchElementException when there is none
     * @throws LedesFormatException when the file cannot be read
     */
    @Override
    public LedesReadResult next() {
        if (!hasNext()) {
            throw new NoSuchElementException("no more invoices in " + file);
        }
        LedesReadResult r = next;
        next = null;
        return r;
    }

    /** @return the remaining invoices as a sequential stream; closing the stream closes the file */
    public Stream<LedesReadResult> stream() {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(this,
                Spliterator.ORDERED | Spliterator.NONNULL), false).onClose(this::close);
    }

    /** @return the file name as given to the reader */
    public String file() {
        return file;
    }

    /** @return the format, once the header has been read */
    public Optional<LedesFormat> format() {
        return Optional.ofNullable(parser.format());
    }

    /** @return the widest encoding seen so far: US-ASCII, UTF-8 or windows-1252 */
    public Charset charset() {
        return parser.charset();
    }

    /** @return issues about the file rather than one invoice, found so far, ordered by line */
    public List<LedesIssue> fileIssues() {
        return parser.fileIssues();
    }

    /**
     * Closes the file.
     *
     * @throws LedesFormatException when closing fails
     */
    @Override
    public void close() {
        try {
            parser.close();
        } catch (IOException e) {
            throw new LedesFormatException(LedesErrorCode.IO_ERROR, file, null, null, null,
                    "cannot be closed: " + e.getMessage(), e);
        }
    }
}

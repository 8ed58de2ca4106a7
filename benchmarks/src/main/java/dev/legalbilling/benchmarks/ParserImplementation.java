package dev.legalbilling.benchmarks;

import dev.legalbilling.ledes.LedesInvoice;
import dev.legalbilling.ledes.LedesInvoices;
import dev.legalbilling.ledes.LedesReadResult;
import dev.legalbilling.ledes.LedesReader;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * The ways of reading a LEDES 1998B file the parsing benchmark times, selected with JMH's {@code -p parser=…}.
 *
 * <p>{@link #RAW_SPLIT} is the yardstick: read the lines and split them on {@code |}, nothing more.
 * {@link #LEDES_READER} is billing-core's LEDES reader, which builds validated invoices. Files are read as UTF-8
 * (the generated files are plain ASCII).
 */
public enum ParserImplementation {
    /** Read every line and split it on {@code |}; each row's fields go to the sink as a {@code String[]}. */
    RAW_SPLIT {
        @Override
        public long parse(Path file, Consumer<Object> sink) throws IOException {
            long rows = 0;
            try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                String line;
                while ((line = in.readLine()) != null) {
                    sink.accept(line.split("\\|", -1));
                    rows++;
                }
            }
            return Math.max(0, rows - 2);
        }
    },
    /**
     * billing-core's LEDES reader ({@link LedesReader}, dialect {@code spec}, USD), streaming: invoices are read one
     * at a time ({@link LedesReader#open(Path)}), each accepted {@link LedesInvoice} goes to the sink, and no more
     * than one invoice's rows is held. The reader decodes each line as UTF-8 (Windows-1252 only for lines that are not
     * valid UTF-8), so on the generated ASCII files it reads the same characters as {@link #RAW_SPLIT}.
     *
     * @throws IllegalStateException when the reader rejects an invoice of the file (the generated files are valid,
     *     so a rejection means the figures would not be comparable)
     */
    LEDES_READER {
        @Override
        public long parse(Path file, Consumer<Object> sink) {
            long lines = 0;
            try (LedesInvoices invoices = Readers.LEDES.open(file)) {
                while (invoices.hasNext()) {
                    LedesReadResult result = invoices.next();
                    LedesInvoice invoice = result.invoice().orElseThrow(() -> new IllegalStateException(
                            "the LEDES reader rejected invoice " + result.invoiceNumber() + " of " + file + ": "
                                    + result.errors()));
                    lines += invoice.invoice().lines().size();
                    sink.accept(invoice);
                }
            }
            return lines;
        }
    };

    /**
     * Reads a whole LEDES 1998B file.
     *
     * @param file the file
     * @param sink receives what was read (rows or invoices), so the work cannot be optimised away
     * @return the number of line items read (header lines not counted)
     * @throws IOException when the file cannot be read
     * @throws dev.legalbilling.ledes.LedesFormatException when the LEDES reader cannot read the file
     */
    public abstract long parse(Path file, Consumer<Object> sink) throws IOException;

    /** The reader every parse shares (immutable and thread-safe). */
    private static final class Readers {
        static final LedesReader LEDES = LedesReader.create();
    }
}

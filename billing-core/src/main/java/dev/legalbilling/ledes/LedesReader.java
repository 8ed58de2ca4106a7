package dev.legalbilling.ledes;

import dev.legalbilling.InvalidValueException;
import dev.legalbilling.ledes.internal.FileParser;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Objects;

/**
 * Reads LEDES 1998B and LEDES 98BI V2 files into {@link LedesInvoice}s and checks them against a
 * {@link LedesDialect}, reporting every problem as a {@link LedesIssue}.
 *
 * <pre>{@code
 * LedesReader reader = LedesReader.builder().dialect(LedesDialect.brightflag()).build();
 * LedesFileResult result = reader.readAll(Path.of("invoice.txt"));
 * result.allIssues().forEach(System.out::println);   // invoice.txt:7: LINE_ITEM_TOTAL '631' is not ... [A301]
 * }</pre>
 *
 * <p><b>What it accepts.</b> The header says the format ({@code LEDES1998B[]}: 24 fields; {@code LEDES98BI V2[]}:
 * 52 fields), the second line holds the field names, and each further line is one invoice line ending in
 * {@code []}. Lines may end in CRLF or LF; the last line needs no line end; blank lines at the end are ignored
 * (elsewhere they are {@link LedesErrorCode#BLANK_LINE} warnings); blanks after {@code []} are ignored. Numbers are
 * digits with one optional {@code .} and a leading {@code -}: {@code 1250.}, {@code .5} and {@code 0.200} are fine.
 * Two-letter pre-2014 timekeeper classifications are read as their 2014 equivalents (with a warning in dialects
 * that want it).
 *
 * <p><b>Encoding.</b> LEDES files should be ASCII. Each line is decoded on its own: as UTF-8 when its bytes are
 * valid UTF-8, else as Windows-1252 ("ANSI"). The file's encoding is reported as the widest found
 * ({@link LedesFileResult#charset()}); a file mixing UTF-8 and Windows-1252 lines gets a
 * {@link LedesErrorCode#MIXED_ENCODING} warning. Lines with characters outside the dialect's
 * {@linkplain LedesDialect#charsets() accepted encodings} get {@link LedesErrorCode#ENCODING_NOT_ACCEPTED}: a
 * warning under {@code spec}, an error under {@code collaborati} (which wants ANSI).
 *
 * <p><b>Invoices and streaming.</b> An invoice is a contiguous run of rows with the same INVOICE_NUMBER; one file
 * may hold several. {@link #open} yields them one at a time and never holds more than one invoice's rows, and lines
 * longer than {@link Builder#maxLineLength(int) the limit} (1 MiB by default) are skipped without being held
 * ({@link LedesErrorCode#LINE_TOO_LONG}). When an invoice number reappears after another invoice, the later run is
 * yielded as its own result with a {@link LedesErrorCode#DUPLICATE_INVOICE_NUMBER} error (remembering the numbers
 * seen costs memory proportional to the number of invoices, not rows).
 *
 * <p><b>Currency.</b> 1998B has no currency field: amounts are read in the {@link Builder#defaultCurrency default
 * currency} (USD unless set). 98BI invoices use their INVOICE_CURRENCY.
 *
 * <p><b>Errors.</b> Bad content never throws: every problem of the file is reported (unless
 * {@link Builder#stopAtFirstError(boolean)} is set), each naming file, line, field and value. Only I/O failures
 * throw {@link LedesFormatException}. At most {@link Builder#maxIssuesPerInvoice(int)} issues are listed per invoice
 * (and for the file); the rest are counted in one {@link LedesErrorCode#TOO_MANY_ISSUES} issue.
 *
 * <p>Immutable and thread-safe; each {@link LedesInvoices} it opens is not.
 */
public final class LedesReader {
    /** Default longest line: 1 MiB. */
    public static final int DEFAULT_MAX_LINE_LENGTH = 1 << 20;
    /** Default most issues listed per invoice. */
    public static final int DEFAULT_MAX_ISSUES = 1000;

    private final LedesDialect dialect;
    private final Currency defaultCurrency;
    private final boolean stopAtFirstError;
    private final int maxLineLength;
    private final int maxIssues;

    private LedesReader(Builder b) {
        this.dialect = b.dialect;
        this.defaultCurrency = b.defaultCurrency;
        this.stopAtFirstError = b.stopAtFirstError;
        this.maxLineLength = b.maxLineLength;
        this.maxIssues = b.maxIssues;
    }

    /** @return a builder with dialect {@code spec}, currency USD, all errors, 1 MiB lines */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a reader with the default settings */
    public static LedesReader create() {
        return builder().build();
    }

    /** @return the dialect files are checked against */
    public LedesDialect dialect() {
        return dialect;
    }

    /**
     * Opens a file for reading invoice by invoice.
     *
     * @param file the LEDES file
     * @return the invoices; close them when done
     * @throws LedesFormatException with {@link LedesErrorCode#IO_ERROR} when the file cannot be opened
     */
    public LedesInvoices open(Path file) {
        Objects.requireNonNull(file, "file");
        try {
            return open(Files.newInputStream(file), file.toString());
        } catch (IOException e) {
            throw new LedesFormatException(LedesErrorCode.IO_ERROR, file.toString(), null, null, null,
                    "cannot be opened: " + e.getMessage(), e);
        }
    }

    /**
     * Opens a stream for reading invoice by invoice. The stream is read lazily and closed with the result.
     *
     * @param in the file's bytes
     * @param fileName the name used in issues
     * @return the invoices; close them when done
     */
    public LedesInvoices open(InputStream in, String fileName) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(fileName, "fileName");
        return new LedesInvoices(new FileParser(in, fileName, new FileParser.Settings(dialect, defaultCurrency,
                stopAtFirstError, maxLineLength, maxIssues)), fileName);
    }

    /**
     * Reads a whole file into memory.
     *
     * @param file the LEDES file
     * @return every invoice and issue
     * @throws LedesFormatException with {@link LedesErrorCode#IO_ERROR} when the file cannot be read
     */
    public LedesFileResult readAll(Path file) {
        try (LedesInvoices invoices = open(file)) {
            return collect(invoices);
        }
    }

    /**
     * Reads a whole stream into memory and closes it.
     *
     * @param in the file's bytes
     * @param fileName the name used in issues
     * @return every invoice and issue
     * @throws LedesFormatException with {@link LedesErrorCode#IO_ERROR} when the stream fails
     */
    public LedesFileResult readAll(InputStream in, String fileName) {
        try (LedesInvoices invoices = open(in, fileName)) {
            return collect(invoices);
        }
    }

    /**
     * Reads LEDES text (as if it were a UTF-8 file).
     *
     * @param content the file's content
     * @param fileName the name used in issues
     * @return every invoice and issue
     */
    public LedesFileResult readAll(String content, String fileName) {
        return readAll(new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)), fileName);
    }

    private static LedesFileResult collect(LedesInvoices invoices) {
        List<LedesReadResult> results = new ArrayList<>();
        invoices.forEachRemaining(results::add);
        return new LedesFileResult(invoices.file(), invoices.format().orElse(null), invoices.charset(), results,
                invoices.fileIssues());
    }

    /** Configures a {@link LedesReader}; not thread-safe. */
    public static final class Builder {
        private LedesDialect dialect = LedesDialect.spec();
        private Currency defaultCurrency = Currency.getInstance("USD");
        private boolean stopAtFirstError;
        private int maxLineLength = DEFAULT_MAX_LINE_LENGTH;
        private int maxIssues = DEFAULT_MAX_ISSUES;

        private Builder() {
        }

        /** @param value the dialect to check against (default {@code spec}) @return this builder */
        public Builder dialect(LedesDialect value) {
            this.dialect = Objects.requireNonNull(value, "dialect");
            return this;
        }

        /** @param value currency of 1998B amounts (default USD) @return this builder */
        public Builder defaultCurrency(Currency value) {
            this.defaultCurrency = Objects.requireNonNull(value, "defaultCurrency");
            return this;
        }

        /**
         * @param value true to stop after the first error: the invoice holding it is the last result, its issues
         *     end with that error, and the rest of the file is not read
         * @return this builder
         */
        public Builder stopAtFirstError(boolean value) {
            this.stopAtFirstError = value;
            return this;
        }

        /**
         * @param bytes the longest line kept, in bytes (at least 256); longer lines are skipped with an error
         * @return this builder
         * @throws InvalidValueException when below 256
         */
        public Builder maxLineLength(int bytes) {
            if (bytes < 256) {
                throw new InvalidValueException("maxLineLength", bytes, "must be at least 256 bytes");
            }
            this.maxLineLength = bytes;
            return this;
        }

        /**
         * @param value most issues listed per invoice (and for the file), at least 1
         * @return this builder
         * @throws InvalidValueException when below 1
         */
        public Builder maxIssuesPerInvoice(int value) {
            if (value < 1) {
                throw new InvalidValueException("maxIssuesPerInvoice", value, "must be at least 1");
            }
            this.maxIssues = value;
            return this;
        }

        /** @return the reader */
        public LedesReader build() {
            return new LedesReader(this);
        }
    }
}

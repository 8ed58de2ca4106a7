package dev.legalbilling.kafka.internal;

import dev.legalbilling.invoice.Invoice;
import dev.legalbilling.invoice.InvoiceLine;
import dev.legalbilling.invoice.LineType;
import dev.legalbilling.json.BillingJson;
import dev.legalbilling.kafka.InvoiceReview;
import dev.legalbilling.kafka.UnreadableSubmissionException;
import dev.legalbilling.ledes.LedesFileResult;
import dev.legalbilling.ledes.LedesFormat;
import dev.legalbilling.ledes.LedesInvoice;
import dev.legalbilling.ledes.LedesIssue;
import dev.legalbilling.ledes.LedesReader;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One submission as read: its invoices and, for LEDES, what the file said beyond them and its format issues.
 *
 * @param invoices the invoices that could be built, in record order; never empty
 * @param ledes the LEDES invoices, parallel to {@code invoices}, or null for JSON
 * @param format the LEDES format, or null for JSON
 * @param issues format issues (LEDES), ordered by line
 */
public record Submission(List<Invoice> invoices, List<LedesInvoice> ledes, LedesFormat format,
        List<LedesIssue> issues) {
    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = BillingJson.mapper();

    /**
     * Reads a record's value: JSON when its first character after blanks (and a byte-order mark) is {@code {} or
     * {@code [}, else LEDES under the dialect.
     *
     * @param source the record, {@code topic-partition@offset}, as errors name it
     * @param bytes the value
     * @param reader the LEDES reader of the record's dialect
     * @param maxBytes the largest value read
     * @return the submission
     * @throws UnreadableSubmissionException when no invoice can be built from it, or it is too large
     * @throws dev.legalbilling.json.JsonInputException when it is JSON that is not a valid invoice
     */
    public static Submission read(String source, byte[] bytes, LedesReader reader, int maxBytes) {
        if (bytes == null || bytes.length == 0) {
            throw new UnreadableSubmissionException("SUBMISSION_EMPTY", source, 0, null, source
                    + ": the record has no value");
        }
        if (bytes.length > maxBytes) {
            throw new UnreadableSubmissionException("SUBMISSION_TOO_LARGE", source, 0, null, source + ": the record "
                    + "has " + bytes.length + " bytes, more than billing.max-record-bytes (" + maxBytes + ")");
        }
        int first = firstNonBlank(bytes);
        if (first < bytes.length && (bytes[first] == '{' || bytes[first] == '[')) {
            String text = new String(bytes, StandardCharsets.UTF_8);
            List<Invoice> invoices = bytes[first] == '['
                    ? List.of(BillingJson.read(JSON, source, text, Invoice[].class))
                    : List.of(BillingJson.read(JSON, source, text, Invoice.class));
            if (invoices.isEmpty()) {
                throw new UnreadableSubmissionException("SUBMISSION_EMPTY", source, 1, null, source
                        + ": the JSON array holds no invoice");
            }
            return new Submission(invoices, null, null, List.of());
        }
        LedesFileResult result = reader.readAll(new ByteArrayInputStream(bytes), source);
        List<LedesInvoice> built = result.builtInvoices();
        List<LedesIssue> issues = result.allIssues();
        if (built.isEmpty()) {
            LedesIssue firstError = issues.stream().filter(LedesIssue::isError).findFirst().orElse(null);
            if (firstError == null) {
                throw new UnreadableSubmissionException("SUBMISSION_EMPTY", source, 0, null, source
                        + ": the LEDES file holds no invoice");
            }
            throw UnreadableSubmissionException.of(firstError);
        }
        return new Submission(built.stream().map(LedesInvoice::invoice).toList(), built,
                result.formatIfKnown().orElse(LedesFormat.B1998), issues);
    }

    /**
     * @param review the instance's review, for the reader
     * @param source the record
     * @param bytes the value
     * @param dialect the record's dialect header, or null
     * @param maxBytes the largest value read
     * @return the submission
     */
    static Submission read(InvoiceReview review, String source, byte[] bytes, String dialect, int maxBytes) {
        return read(source, bytes, review.reader(dialect), maxBytes);
    }

    /**
     * Cuts the fee lines of every invoice into one slice per invoice, timekeeper and day: a copy of the invoice
     * holding only that day's entries of that timekeeper.
     *
     * @return slices by {@code timekeeper|date} key, in line order; a key may hold slices of several invoices
     */
    public Map<String, List<Invoice>> daySlices() {
        Map<String, List<Invoice>> slices = new LinkedHashMap<>();
        for (Invoice invoice : invoices) {
            Map<String, List<InvoiceLine>> byDay = new LinkedHashMap<>();
            for (InvoiceLine l : invoice.lines()) {
                if (l.type() == LineType.FEE && l.timekeeper() != null) {
                    byDay.computeIfAbsent(dayKey(l), k -> new ArrayList<>()).add(l);
                }
            }
            byDay.forEach((day, lines) -> slices.computeIfAbsent(day, k -> new ArrayList<>())
                    .add(Invoice.builder(invoice.number(), invoice.client(), invoice.matter())
                            .lawFirmId(invoice.lawFirmId()).invoiceDate(invoice.invoiceDate())
                            .period(invoice.periodStart(), invoice.periodEnd()).currency(invoice.currency())
                            .lines(lines).build()));
        }
        return slices;
    }

    /** @return {@code timekeeperId|date} of a fee line */
    static String dayKey(InvoiceLine line) {
        return line.timekeeper().id().value() + "|" + line.date();
    }

    private static int firstNonBlank(byte[] bytes) {
        int i = 0;
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            i = 3;
        }
        while (i < bytes.length && (bytes[i] == ' ' || bytes[i] == '\t' || bytes[i] == '\r' || bytes[i] == '\n')) {
            i++;
        }
        return i;
    }
}

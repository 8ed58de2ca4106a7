package dev.legalbilling.ledes;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything read from one LEDES file at once: each invoice's {@link LedesReadResult}, the issues that concern the
 * file rather than one invoice (header, field-name line, blank lines, mixed encodings, rows before the first
 * invoice), the format and the detected encoding. Produced by {@link LedesReader#readAll}; for files too large to
 * hold, iterate {@link LedesReader#open} instead.
 *
 * <p>Immutable and thread-safe.
 *
 * @param file the file name as given to the reader
 * @param format the format named by the header (or recognised from the field names), or null when unknown
 * @param charset the detected encoding: US-ASCII, UTF-8 or windows-1252 (the widest seen on any line)
 * @param invoices one result per invoice, in file order
 * @param fileIssues issues not tied to one invoice, ordered by line
 */
public record LedesFileResult(String file, LedesFormat format, Charset charset, List<LedesReadResult> invoices,
        List<LedesIssue> fileIssues) {

    /** Copies the lists. */
    public LedesFileResult {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(charset, "charset");
        invoices = List.copyOf(invoices);
        fileIssues = List.copyOf(fileIssues);
    }

    /** @return the format, when the header or field names told it */
    public Optional<LedesFormat> formatIfKnown() {
        return Optional.ofNullable(format);
    }

    /** @return file issues and every invoice's issues, ordered by line */
    public List<LedesIssue> allIssues() {
        List<LedesIssue> all = new ArrayList<>(fileIssues);
        invoices.forEach(r -> all.addAll(r.issues()));
        all.sort(Comparator.comparingInt(LedesIssue::line));
        return List.copyOf(all);
    }

    /** @return the invoices that were built, errors or not */
    public List<LedesInvoice> builtInvoices() {
        return invoices.stream().flatMap(r -> r.invoice().stream()).toList();
    }

    /** @return true when the file or any invoice has an error */
    public boolean hasErrors() {
        return fileIssues.stream().anyMatch(LedesIssue::isError) || invoices.stream().anyMatch(LedesReadResult::hasErrors);
    }

    /** @return true when the file has at least one invoice and no errors */
    public boolean isAccepted() {
        return !invoices.isEmpty() && !hasErrors();
    }
}

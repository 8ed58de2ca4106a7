package dev.legalbilling.cli.check;

import java.util.List;
import java.util.Objects;

/**
 * What checking one file gave.
 *
 * @param file the file, as named on the command line (or found in a directory named there)
 * @param issues format issues, by line
 * @param invoices the invoices checked, in file order
 * @param errors why the file, or an invoice in it, could not be read or checked: one sentence each
 */
record CheckedFile(String file, List<FormatIssue> issues, List<CheckedInvoice> invoices, List<String> errors) {
    CheckedFile {
        Objects.requireNonNull(file, "file");
        issues = List.copyOf(issues);
        invoices = List.copyOf(invoices);
        errors = List.copyOf(errors);
    }

    /** @return true when a format issue is an error or the file could not be read or checked */
    boolean failed() {
        return !errors.isEmpty() || issues.stream().anyMatch(FormatIssue::error);
    }
}

package dev.legalbilling.cli.check;

import dev.legalbilling.json.JsonInputException;
import dev.legalbilling.ledes.LedesIssue;

/**
 * A problem with the format of an invoice file: a {@link LedesIssue} of the LEDES reader, or a JSON invoice that
 * cannot be read. Values of privileged fields are already withheld by the reader.
 *
 * @param file the file, as named on the command line
 * @param line 1-based line in the file, 0 when the issue concerns the whole file
 * @param invoiceNumber the invoice the issue belongs to, or null for a file-level issue
 * @param field the LEDES field or JSON key path at fault, or null
 * @param code the stable code, e.g. {@code A301} or {@code JSON_INPUT}
 * @param error true for an error, false for a warning
 * @param message the sentence describing the issue (for LEDES issues it starts with the field and value)
 */
record FormatIssue(String file, int line, String invoiceNumber, String field, String code, boolean error,
        String message) {

    /**
     * @param issue an issue of the LEDES reader
     * @param invoiceNumber the invoice of the rows it was found in, or null for a file-level issue
     * @return the format issue
     */
    static FormatIssue of(LedesIssue issue, String invoiceNumber) {
        return new FormatIssue(issue.file(), issue.line(), invoiceNumber == null || invoiceNumber.isEmpty() ? null
                : invoiceNumber, issue.field(), issue.code().code(), issue.isError(), issue.message());
    }

    /**
     * @param e why a JSON invoice file cannot be read
     * @param file the file
     * @return the format issue
     */
    static FormatIssue of(JsonInputException e, String file) {
        return new FormatIssue(file, e.line(), null, e.path().isEmpty() ? null : e.path(), e.code(), true,
                e.problem());
    }

    /**
     * @return {@code path:line: FIELD: rest of the message [CODE]}, the field taken out of the message, with
     *     {@code (warning)} appended for warnings; without line or field when the issue has none
     */
    String toText() {
        StringBuilder sb = new StringBuilder(file);
        if (line > 0) {
            sb.append(':').append(line);
        }
        sb.append(": ");
        String rest = message;
        if (field != null) {
            sb.append(field).append(": ");
            if (rest.startsWith(field + " ")) {
                rest = rest.substring(field.length() + 1);
            }
        }
        sb.append(rest).append(" [").append(code).append(']');
        if (!error) {
            sb.append(" (warning)");
        }
        return sb.toString();
    }
}

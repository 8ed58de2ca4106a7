package dev.legalbilling.rules.harness;

import dev.legalbilling.invoice.Invoice;
import dev.legalbilling.ledes.LedesFileResult;
import dev.legalbilling.ledes.LedesIssue;
import dev.legalbilling.ledes.LedesReadResult;
import dev.legalbilling.ledes.LedesReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Reads a LEDES 1998B or 98BI V2 file (the format is told by its header) for a rule test case. Registered by
 * {@link RuleTestRunner#of} for {@code .ledes} and {@code .txt} invoices.
 *
 * <p>The file must hold exactly one invoice that its reader accepts: any LEDES error (under the reader's dialect,
 * {@code spec} by default) fails the test case with the errors as {@code file:line: message [code]}, because a rule
 * test on a file the receiver would reject proves nothing. Warnings are accepted. Each invoice line keeps its line
 * in the file as its source line, so findings point there. 1998B amounts are in the reader's default currency (USD
 * unless configured).
 *
 * <p>Immutable and thread-safe.
 */
public final class LedesInvoiceSource implements InvoiceSource {
    private static final int ERRORS_SHOWN = 5;

    private final LedesReader reader;

    /** A source that reads with the default reader: dialect {@code spec}, 1998B amounts in USD. */
    public LedesInvoiceSource() {
        this(LedesReader.create());
    }

    /**
     * @param reader the reader, which decides the dialect and the default currency
     */
    public LedesInvoiceSource(LedesReader reader) {
        this.reader = Objects.requireNonNull(reader, "reader");
    }

    /**
     * @param file a LEDES file holding one invoice
     * @return the invoice
     * @throws HarnessException naming the file when it has errors, no invoice or several invoices
     * @throws dev.legalbilling.ledes.LedesFormatException when the file cannot be read
     */
    @Override
    public Invoice read(Path file) {
        LedesFileResult result = reader.readAll(file);
        if (result.hasErrors()) {
            List<LedesIssue> errors = result.allIssues().stream().filter(LedesIssue::isError).toList();
            String shown = errors.stream().limit(ERRORS_SHOWN).map(LedesIssue::toString)
                    .collect(Collectors.joining("; "));
            throw new HarnessException(file + ": not a valid LEDES invoice under dialect " + reader.dialect().name()
                    + " (" + errors.size() + (errors.size() == 1 ? " error" : " errors") + "): " + shown
                    + (errors.size() > ERRORS_SHOWN ? "; ..." : ""));
        }
        List<LedesReadResult> invoices = result.invoices();
        if (invoices.size() != 1) {
            throw new HarnessException(file + ": a test case needs a file with exactly one invoice, this one holds "
                    + invoices.size());
        }
        return invoices.get(0).invoice()
                .orElseThrow(() -> new HarnessException(file + ": the invoice could not be built although the"
                        + " reader reported no error"))
                .invoice();
    }

    @Override
    public String toString() {
        return "LedesInvoiceSource[" + reader.dialect().name() + "]";
    }
}

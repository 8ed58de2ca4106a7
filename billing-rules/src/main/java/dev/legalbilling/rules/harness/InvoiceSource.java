package dev.legalbilling.rules.harness;

import dev.legalbilling.invoice.Invoice;
import java.nio.file.Path;

/**
 * Reads an invoice from a file for a rule test case: the seam where LEDES, JSON or any other format plugs in. The
 * harness picks a source by the file's extension ({@link RuleTestRunner#withInvoiceSource}).
 *
 * <p>Implementations should set each line's {@code sourceLine} to its line in the file, so findings point there.
 */
@FunctionalInterface
public interface InvoiceSource {
    /**
     * @param file the invoice file
     * @return the invoice
     * @throws dev.legalbilling.BillingException (or another unchecked exception) naming file and line when the file
     *     is not a valid invoice
     * @throws java.io.UncheckedIOException when the file cannot be read
     */
    Invoice read(Path file);
}

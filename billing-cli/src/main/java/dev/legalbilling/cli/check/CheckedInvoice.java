package dev.legalbilling.cli.check;

import dev.legalbilling.invoice.Invoice;
import dev.legalbilling.ledes.LedesFormat;
import dev.legalbilling.ledes.LedesInvoice;
import dev.legalbilling.rules.ComplianceReport;
import java.util.Objects;

/**
 * One invoice that was checked, with what writing its adjusted version needs.
 *
 * @param report the compliance report
 * @param firstLine the file line of its first row (LEDES), 0 for JSON
 * @param lastLine the file line of its last row (LEDES), 0 for JSON
 * @param invoice the invoice as read, or null when it was not kept (no {@code --adjusted})
 * @param ledes the LEDES invoice it was read as, or null (JSON, or not kept)
 * @param format the LEDES format of its file, or null for JSON
 */
record CheckedInvoice(ComplianceReport report, int firstLine, int lastLine, Invoice invoice, LedesInvoice ledes,
        LedesFormat format) {
    CheckedInvoice {
        Objects.requireNonNull(report, "report");
    }
}

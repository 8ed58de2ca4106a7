package dev.legalbilling.cli.check;

import dev.legalbilling.invoice.Invoice;
import dev.legalbilling.invoice.InvoiceLine;
import dev.legalbilling.ledes.LedesFormat;
import dev.legalbilling.ledes.LedesInvoice;
import dev.legalbilling.ledes.LedesInvoiceHeader;
import dev.legalbilling.ledes.LedesLineDetails;
import dev.legalbilling.ledes.LedesWriter;
import dev.legalbilling.money.Money;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes {@code --adjusted OUT.ledes}: every checked invoice with its suggested adjustments applied
 * ({@link dev.legalbilling.rules.ComplianceReport#applyTo}: original lines untouched, one IF/IE adjustment line per
 * adjusted line). Invoices read from LEDES keep what the file said beyond the domain invoice (98BI parties, tax,
 * timekeeper names as written), except the stated INVOICE_TOTAL, which becomes the sum of the lines (and the 98BI
 * INVOICE_NET_TOTAL follows it). The file is LEDES 98BI V2 when every invoice came from a 98BI file or one is not
 * in US dollars (1998B has no currency field and is read as USD), else 1998B.
 * Stateless.
 */
final class AdjustedInvoices {
    private AdjustedInvoices() {
    }

    /**
     * What was written.
     *
     * @param invoices how many invoices
     * @param adjustmentLines how many adjustment lines were appended
     * @param writtenDown the total written down, per invoice
     * @param format the format of the file
     */
    record Written(int invoices, int adjustmentLines, List<Money> writtenDown, LedesFormat format) {
    }

    /**
     * @param out the file to write (atomically)
     * @param checked the invoices, kept when they were read
     * @return what was written
     * @throws dev.legalbilling.ledes.LedesFormatException when a value cannot be written in LEDES or the file
     *     cannot be written
     */
    static Written write(Path out, List<CheckedInvoice> checked) {
        List<LedesInvoice> adjusted = new ArrayList<>();
        List<Money> writtenDown = new ArrayList<>();
        int added = 0;
        boolean all98bi = !checked.isEmpty();
        boolean anyOtherCurrency = false;
        for (CheckedInvoice c : checked) {
            Invoice original = c.invoice();
            Invoice result = c.report().applyTo(original);
            added += result.lines().size() - original.lines().size();
            writtenDown.add(original.total().minus(result.total()));
            adjusted.add(c.ledes() == null ? LedesInvoice.of(result) : withSourceDetails(c.ledes(), result));
            all98bi &= c.format() == LedesFormat.BI_V2;
            anyOtherCurrency |= !result.currency().getCurrencyCode().equals("USD");
        }
        LedesFormat format = all98bi || anyOtherCurrency ? LedesFormat.BI_V2 : LedesFormat.B1998;
        LedesWriter.of(format).write(adjusted, out);
        return new Written(adjusted.size(), added, writtenDown, format);
    }

    private static LedesInvoice withSourceDetails(LedesInvoice source, Invoice adjusted) {
        List<LedesLineDetails> details = new ArrayList<>(source.lineDetails());
        List<InvoiceLine> lines = adjusted.lines();
        for (int i = details.size(); i < lines.size(); i++) {
            details.add(LedesLineDetails.none(lines.get(i).lineNumber()));
        }
        LedesInvoiceHeader h = source.header();
        BigDecimal net = h.taxTotal() == null || h.netTotal() == null ? h.netTotal()
                : adjusted.total().amount().subtract(h.taxTotal());
        LedesInvoiceHeader header = h.toBuilder().statedTotal(null).tax(h.taxTotal(), net).build();
        return LedesInvoice.of(adjusted, header, details);
    }
}

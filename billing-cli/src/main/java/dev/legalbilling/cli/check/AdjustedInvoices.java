package dev.legalbilling.cli.check;

import dev.legalbilling.invoice.Invoice;
import dev.legalbilling.ledes.LedesFormat;
import dev.legalbilling.ledes.LedesInvoice;
import dev.legalbilling.ledes.LedesWriter;
import dev.legalbilling.money.Money;
import dev.legalbilling.rules.ComplianceReport;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes {@code --adjusted OUT.ledes}: every checked invoice with the review's adjustments applied
 * ({@link ComplianceReport#applyTo(Invoice, ComplianceReport.Apply)}: the profile's actions, or with
 * {@code --apply-suggestions} every suggestion; original lines untouched, one IF/IE adjustment line per adjusted
 * line). Invoices read from LEDES are written with {@link LedesInvoice#adjusted}: the source header kept (98BI
 * parties, tax ids, timekeeper names as written) and every total recomputed (INVOICE_TOTAL, INVOICE_TAX_TOTAL,
 * INVOICE_NET_TOTAL). The file is LEDES 98BI V2 when every invoice came from a 98BI file or one is not in US dollars
 * (1998B has no currency field and is read as USD), else 1998B. Stateless.
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
     * @param pendingSuggestions how many suggested adjustments were not applied (the profile only flags them)
     */
    record Written(int invoices, int adjustmentLines, List<Money> writtenDown, LedesFormat format,
            int pendingSuggestions) {
    }

    /**
     * @param out the file to write (atomically)
     * @param checked the invoices, kept when they were read
     * @param which the profile's actions, or every suggestion
     * @return what was written
     * @throws dev.legalbilling.ledes.LedesFormatException when a value cannot be written in LEDES or the file
     *     cannot be written
     */
    static Written write(Path out, List<CheckedInvoice> checked, ComplianceReport.Apply which) {
        List<LedesInvoice> adjusted = new ArrayList<>();
        List<Money> writtenDown = new ArrayList<>();
        int added = 0;
        int pending = 0;
        boolean all98bi = !checked.isEmpty();
        boolean anyOtherCurrency = false;
        for (CheckedInvoice c : checked) {
            Invoice original = c.invoice();
            Invoice result = c.report().applyTo(original, which);
            added += result.lines().size() - original.lines().size();
            pending += which == ComplianceReport.Apply.PROFILE_ACTIONS ? c.report().pendingSuggestions() : 0;
            writtenDown.add(original.total().minus(result.total()));
            adjusted.add(c.ledes() == null ? LedesInvoice.of(result) : LedesInvoice.adjusted(c.ledes(), result));
            all98bi &= c.format() == LedesFormat.BI_V2;
            anyOtherCurrency |= !result.currency().getCurrencyCode().equals("USD");
        }
        LedesFormat format = all98bi || anyOtherCurrency ? LedesFormat.BI_V2 : LedesFormat.B1998;
        LedesWriter.of(format).write(adjusted, out);
        return new Written(adjusted.size(), added, writtenDown, format, pending);
    }
}

package dev.legalbilling.benchmarks.data;

import dev.legalbilling.invoice.Invoice;
import dev.legalbilling.invoice.InvoiceLine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Writes invoices as a LEDES 1998B file: the line {@code LEDES1998B[]}, the 24 field names joined by {@code |}
 * ending {@code []}, then one row of 24 {@code |}-separated fields per invoice line, each ending {@code []}.
 *
 * <p>Just enough LEDES to feed the parsing benchmarks: dates as {@code CCYYMMDD}, amounts and units as plain
 * decimals, INVOICE_TOTAL (the sum of the invoice's line totals) repeated on every row, TIMEKEEPER_NAME as
 * {@code Last, First}. Rows end with a line feed. Not thread-safe: one writer per output.
 */
public final class LedesWriter {
    /** The 24 LEDES 1998B field names, in file order. */
    public static final List<String> FIELDS = List.of("INVOICE_DATE", "INVOICE_NUMBER", "CLIENT_ID",
            "LAW_FIRM_MATTER_ID", "INVOICE_TOTAL", "BILLING_START_DATE", "BILLING_END_DATE", "INVOICE_DESCRIPTION",
            "LINE_ITEM_NUMBER", "EXP/FEE/INV_ADJ_TYPE", "LINE_ITEM_NUMBER_OF_UNITS", "LINE_ITEM_ADJUSTMENT_AMOUNT",
            "LINE_ITEM_TOTAL", "LINE_ITEM_DATE", "LINE_ITEM_TASK_CODE", "LINE_ITEM_EXPENSE_CODE",
            "LINE_ITEM_ACTIVITY_CODE", "TIMEKEEPER_ID", "LINE_ITEM_DESCRIPTION", "LAW_FIRM_ID",
            "LINE_ITEM_UNIT_COST", "TIMEKEEPER_NAME", "TIMEKEEPER_CLASSIFICATION", "CLIENT_MATTER_ID");

    private final Writer out;
    private final StringBuilder row = new StringBuilder(512);
    private long rows;
    private boolean headerWritten;

    /**
     * @param out where the file goes; the caller closes it
     */
    public LedesWriter(Writer out) {
        this.out = Objects.requireNonNull(out, "out");
    }

    /**
     * Writes the two header lines (once, before the first invoice) and one row per line of the invoice.
     *
     * @param invoice the invoice
     * @return this writer
     * @throws LedesWriteException when a field contains {@code |}, {@code []} or a line break
     * @throws UncheckedIOException when writing fails
     */
    public LedesWriter write(Invoice invoice) {
        Objects.requireNonNull(invoice, "invoice");
        try {
            if (!headerWritten) {
                out.write("LEDES1998B[]\n");
                out.write(String.join("|", FIELDS));
                out.write("[]\n");
                headerWritten = true;
            }
            String total = plain(invoice.total().amount());
            for (InvoiceLine line : invoice.lines()) {
                row.setLength(0);
                String number = invoice.number().value();
                String lineNumber = line.lineNumber();
                field(number, lineNumber, 0, date(invoice.invoiceDate()));
                field(number, lineNumber, 1, number);
                field(number, lineNumber, 2, invoice.client().value());
                field(number, lineNumber, 3, invoice.matter().value());
                field(number, lineNumber, 4, total);
                field(number, lineNumber, 5, date(invoice.periodStart()));
                field(number, lineNumber, 6, date(invoice.periodEnd()));
                field(number, lineNumber, 7, invoice.description());
                field(number, lineNumber, 8, lineNumber);
                field(number, lineNumber, 9, line.type().ledesCode());
                field(number, lineNumber, 10, plain(line.units()));
                field(number, lineNumber, 11, plain(line.adjustment().amount()));
                field(number, lineNumber, 12, plain(line.total().amount()));
                field(number, lineNumber, 13, date(line.date()));
                field(number, lineNumber, 14, line.taskCode());
                field(number, lineNumber, 15, line.expenseCode());
                field(number, lineNumber, 16, line.activityCode());
                field(number, lineNumber, 17, line.timekeeper() == null ? null : line.timekeeper().id().value());
                field(number, lineNumber, 18, line.narrative());
                field(number, lineNumber, 19, invoice.lawFirmId());
                field(number, lineNumber, 20, line.unitCost() == null ? null : plain(line.unitCost().amount()));
                field(number, lineNumber, 21, line.timekeeper() == null ? null : line.timekeeper().ledesName());
                field(number, lineNumber, 22,
                        line.timekeeper() == null ? null : line.timekeeper().classification().code());
                field(number, lineNumber, 23, invoice.clientMatterId().orElse(null));
                row.append("[]\n");
                out.append(row);
                rows++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write LEDES rows of invoice " + invoice.number(), e);
        }
        return this;
    }

    /** @return the number of line-item rows written so far (header lines not counted) */
    public long rows() {
        return rows;
    }

    private void field(String invoice, String line, int index, String value) {
        if (index > 0) {
            row.append('|');
        }
        if (value == null) {
            return;
        }
        if (value.indexOf('|') >= 0 || value.contains("[]") || value.indexOf('\n') >= 0
                || value.indexOf('\r') >= 0) {
            throw new LedesWriteException(invoice, line, FIELDS.get(index));
        }
        row.append(value);
    }

    private static String plain(BigDecimal value) {
        return value.toPlainString();
    }

    private static String date(LocalDate date) {
        int y = date.getYear();
        int m = date.getMonthValue();
        int d = date.getDayOfMonth();
        String digits = String.valueOf(y * 10000 + m * 100 + d);
        return digits.length() >= 8 ? digits : "0".repeat(8 - digits.length()) + digits;
    }
}

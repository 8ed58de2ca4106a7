package dev.legalbilling.ledes;

import dev.legalbilling.internal.AtomicFiles;
import dev.legalbilling.invoice.Invoice;
import dev.legalbilling.invoice.InvoiceLine;
import dev.legalbilling.ledes.internal.Field;
import dev.legalbilling.ledes.internal.Timekeepers;
import dev.legalbilling.ledes.internal.Values;
import dev.legalbilling.money.Money;
import dev.legalbilling.party.Timekeeper;
import dev.legalbilling.party.TimekeeperClassification;
import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Writes invoices as LEDES 1998B or LEDES 98BI V2 files, exactly per the specification: the header line, the
 * field-name line, then one row per invoice line with the invoice fields repeated, fields in specification order
 * joined by {@code |}, every line ending in {@code []}.
 *
 * <p><b>Values.</b> Dates are CCYYMMDD. Amounts are plain decimals without currency symbols or thousands
 * separators: money at the currency's scale ({@code 630.00}), units and unit costs as held ({@code 0.200},
 * {@code 350.00}). INVOICE_TOTAL is the {@linkplain LedesInvoiceHeader#statedTotal() stated total} when the invoice
 * carries one, else the sum of its lines. In 98BI, INVOICE_TAX_TOTAL and INVOICE_NET_TOTAL are the header's when it
 * states INVOICE_TOTAL (an invoice as read), else computed: the sum of the LINE_ITEM_TAX_TOTALs and INVOICE_TOTAL less
 * that tax; LINE_ITEM_TAX_TOTAL is zero on lines without tax, and INVOICE_CURRENCY is always written, so a receiver
 * never sees a blank net total. Use {@link LedesInvoice#adjusted(LedesInvoice, Invoice)} to write a changed invoice
 * with the source's header and every total recomputed. Invoice-level adjustments are the invoice's IF and IE
 * lines. TIMEKEEPER_NAME is {@code "Last, First"}. Fields a {@link LedesInvoice} remembers as written (a legacy
 * {@code PT}, a blank unit count, a blank billing period a dialect allowed) are written as they were while they still
 * denote the domain value. 1998B has no currency field: amounts are written in whatever currency the invoice has.
 *
 * <p><b>Refusals.</b> A pipe cannot be escaped in LEDES, so text containing {@code |} is refused, as are control
 * characters, characters the output charset cannot encode, and dates outside years 0000–9999: a
 * {@link LedesFormatException} ({@link LedesErrorCode#UNWRITABLE_VALUE}) names invoice, line and field. Line breaks
 * in text are refused too, unless {@link Builder#lineBreaks(LineBreaks)} says to replace each by a space. Invoices
 * without lines ({@link LedesErrorCode#NO_LINE_ITEMS}) and two invoices with one number
 * ({@link LedesErrorCode#DUPLICATE_INVOICE_NUMBER}) are refused. Everything is checked before anything is written.
 *
 * <p><b>Output.</b> Lines end in CRLF by default ({@link LineEnding}); {@link LedesReader} accepts both. The default
 * charset is UTF-8 (identical to ASCII for ASCII text); choose US-ASCII to refuse any non-ASCII character, or
 * windows-1252 for receivers that want ANSI. No byte order mark is written; the last line ends with a line end.
 *
 * <p>Immutable and thread-safe.
 */
public final class LedesWriter {
    /** How lines end. */
    public enum LineEnding {
        /** {@code []} + CR LF (the default; what Windows billing systems produce). */
        CRLF("\r\n"),
        /** {@code []} + LF. */
        LF("\n");

        private final String chars;

        LineEnding(String chars) {
            this.chars = chars;
        }

        /** @return the line-end characters */
        public String chars() {
            return chars;
        }
    }

    /** What to do with line breaks inside text values. */
    public enum LineBreaks {
        /** Refuse with {@link LedesErrorCode#UNWRITABLE_VALUE} (the default). */
        REFUSE,
        /** Replace each CR LF, CR or LF by one space. */
        REPLACE_WITH_SPACE
    }

    private final LedesFormat format;
    private final LineEnding lineEnding;
    private final Charset charset;
    private final LineBreaks lineBreaks;

    private LedesWriter(Builder b) {
        this.format = b.format;
        this.lineEnding = b.lineEnding;
        this.charset = b.charset;
        this.lineBreaks = b.lineBreaks;
    }

    /** @return a builder: LEDES 1998B, CRLF, UTF-8, line breaks refused */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * @param format the format to write
     * @return a writer for that format with the other defaults
     */
    public static LedesWriter of(LedesFormat format) {
        return builder().format(format).build();
    }

    /** @return the format this writer writes */
    public LedesFormat format() {
        return format;
    }

    /**
     * Writes a file atomically: into a temporary file next to it, then moved into place, so a refusal or failure
     * never leaves a partial file. A new file is readable by its owner only (0600); a replaced file keeps its
     * permissions (the project's one output-file policy, see {@code README.md}).
     *
     * @param invoices the invoices, in order
     * @param file the file to create or replace
     * @throws LedesFormatException when a value cannot be written or the file cannot be written
     */
    public void write(Collection<LedesInvoice> invoices, Path file) {
        List<String[]> rows = rows(invoices, file.toString());
        try {
            AtomicFiles.write(file, out -> emit(rows, out));
        } catch (IOException e) {
            throw new LedesFormatException(LedesErrorCode.IO_ERROR, file.toString(), null, null, null,
                    "cannot be written: " + e.getMessage(), e);
        }
    }

    /**
     * Writes to a stream, which is flushed and left open.
     *
     * @param invoices the invoices, in order
     * @param out where the bytes go
     * @throws LedesFormatException when a value cannot be written (before anything is written) or the stream
     *     fails
     */
    public void write(Collection<LedesInvoice> invoices, OutputStream out) {
        List<String[]> rows = rows(invoices, null);
        try {
            emit(rows, out);
        } catch (IOException e) {
            throw new LedesFormatException(LedesErrorCode.IO_ERROR, null, null, null, null,
                    "the output stream failed: " + e.getMessage(), e);
        }
    }

    /**
     * @param invoices the invoices, in order
     * @return the file's content as text
     * @throws LedesFormatException when a value cannot be written
     */
    public String toText(Collection<LedesInvoice> invoices) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(invoices, out);
        return out.toString(charset);
    }

    /**
     * @param invoice one domain invoice
     * @return the file's content as text, with the sum of the lines as INVOICE_TOTAL
     * @throws LedesFormatException when a value cannot be written
     */
    public String toText(Invoice invoice) {
        return toText(List.of(LedesInvoice.of(invoice)));
    }

    private void emit(List<String[]> rows, OutputStream out) throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(out, charset.newEncoder()));
        w.write(format.header());
        w.write("[]");
        w.write(lineEnding.chars());
        w.write(String.join("|", format.fieldNames()));
        w.write("[]");
        w.write(lineEnding.chars());
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                if (i > 0) {
                    w.write('|');
                }
                w.write(row[i]);
            }
            w.write("[]");
            w.write(lineEnding.chars());
        }
        w.flush();
    }

    /** Builds and checks every row before anything is written. */
    private List<String[]> rows(Collection<LedesInvoice> invoices, String file) {
        Objects.requireNonNull(invoices, "invoices");
        CharsetEncoder encoder = charset.newEncoder();
        Set<String> numbers = new HashSet<>();
        List<String[]> rows = new ArrayList<>();
        for (LedesInvoice li : invoices) {
            Invoice inv = li.invoice();
            String number = inv.number().value();
            if (!numbers.add(number)) {
                throw new LedesFormatException(LedesErrorCode.DUPLICATE_INVOICE_NUMBER, file, number, null, null,
                        "is written twice; a reader would merge or reject the two", null);
            }
            if (inv.lines().isEmpty()) {
                throw new LedesFormatException(LedesErrorCode.NO_LINE_ITEMS, file, number, null, null,
                        "has no lines; LEDES has no way to write an invoice without rows", null);
            }
            for (int i = 0; i < inv.lines().size(); i++) {
                InvoiceLine line = inv.lines().get(i);
                String[] row = row(li, line, li.lineDetails().get(i), file);
                for (int f = 0; f < row.length; f++) {
                    row[f] = checked(row[f], encoder, file, number, line.lineNumber(), Field.values()[f]);
                }
                rows.add(row);
            }
        }
        return rows;
    }

    private String checked(String value, CharsetEncoder encoder, String file, String invoice, String line,
            Field field) {
        String v = value;
        if (lineBreaks == LineBreaks.REPLACE_WITH_SPACE) {
            v = v.replace("\r\n", " ").replace('\r', ' ').replace('\n', ' ');
        }
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            String problem = null;
            if (c == '|') {
                problem = "contains a pipe '|', which separates LEDES fields and cannot be escaped";
            } else if (c == '\r' || c == '\n') {
                problem = "contains a line break, which would end the LEDES row";
            } else if ((c < 0x20 && c != '\t') || c == 0x7F) {
                problem = String.format("contains control character U+%04X", (int) c);
            }
            if (problem != null) {
                throw new LedesFormatException(LedesErrorCode.UNWRITABLE_VALUE, file, invoice, line,
                        field.ledesName(), problem + " at position " + (i + 1), null);
            }
        }
        if (!encoder.canEncode(v)) {
            throw new LedesFormatException(LedesErrorCode.UNWRITABLE_VALUE, file, invoice, line, field.ledesName(),
                    "contains characters " + charset.name() + " cannot encode", null);
        }
        return v;
    }

    private String[] row(LedesInvoice li, InvoiceLine line, LedesLineDetails d, String file) {
        Invoice inv = li.invoice();
        LedesInvoiceHeader h = li.header();
        String[] r = new String[format.fieldCount()];
        String number = inv.number().value();
        r[Field.INVOICE_DATE.ordinal()] = date(inv.invoiceDate(), file, number, line, Field.INVOICE_DATE);
        r[Field.INVOICE_NUMBER.ordinal()] = number;
        r[Field.CLIENT_ID.ordinal()] = inv.client().value();
        boolean matterBlank = h.blankFields().contains(Field.LAW_FIRM_MATTER_ID.ledesName())
                && inv.clientMatterId().filter(m -> m.equals(inv.matter().value())).isPresent();
        r[Field.LAW_FIRM_MATTER_ID.ordinal()] = matterBlank ? "" : inv.matter().value();
        r[Field.INVOICE_TOTAL.ordinal()] = (h.statedTotal() != null ? h.statedTotal() : inv.total()).amount()
                .toPlainString();
        r[Field.BILLING_START_DATE.ordinal()] = periodDate(li, inv.periodStart(), true, file, number, line);
        r[Field.BILLING_END_DATE.ordinal()] = periodDate(li, inv.periodEnd(), false, file, number, line);
        r[Field.INVOICE_DESCRIPTION.ordinal()] = inv.description();
        r[Field.LINE_ITEM_NUMBER.ordinal()] = line.lineNumber();
        r[Field.EXP_FEE_INV_ADJ_TYPE.ordinal()] = line.type().ledesCode();
        r[Field.LINE_ITEM_NUMBER_OF_UNITS.ordinal()] = line.units().signum() == 0
                && d.blankFields().contains(Field.LINE_ITEM_NUMBER_OF_UNITS.ledesName()) ? ""
                        : line.units().toPlainString();
        r[Field.LINE_ITEM_ADJUSTMENT_AMOUNT.ordinal()] = line.adjustment().isZero()
                && d.blankFields().contains(Field.LINE_ITEM_ADJUSTMENT_AMOUNT.ledesName()) ? ""
                        : amount(line.adjustment());
        r[Field.LINE_ITEM_TOTAL.ordinal()] = amount(line.total());
        r[Field.LINE_ITEM_DATE.ordinal()] = date(line.date(), file, number, line, Field.LINE_ITEM_DATE);
        r[Field.LINE_ITEM_TASK_CODE.ordinal()] = orEmpty(line.taskCode());
        r[Field.LINE_ITEM_EXPENSE_CODE.ordinal()] = orEmpty(line.expenseCode());
        r[Field.LINE_ITEM_ACTIVITY_CODE.ordinal()] = orEmpty(line.activityCode());
        Timekeeper tk = line.timekeeper();
        r[Field.TIMEKEEPER_ID.ordinal()] = tk == null ? "" : tk.id().value();
        r[Field.LINE_ITEM_DESCRIPTION.ordinal()] = line.narrative();
        r[Field.LAW_FIRM_ID.ordinal()] = inv.lawFirmId();
        r[Field.LINE_ITEM_UNIT_COST.ordinal()] = line.unitCost() == null ? ""
                : line.unitCost().amount().toPlainString();
        String[] names = timekeeperNames(tk, d);
        r[Field.TIMEKEEPER_NAME.ordinal()] = names[0];
        r[Field.TIMEKEEPER_CLASSIFICATION.ordinal()] = classification(tk, d);
        r[Field.CLIENT_MATTER_ID.ordinal()] = inv.clientMatterId().orElse("");
        if (format == LedesFormat.BI_V2) {
            r[Field.PO_NUMBER.ordinal()] = h.poNumber();
            r[Field.CLIENT_TAX_ID.ordinal()] = h.clientTaxId();
            r[Field.MATTER_NAME.ordinal()] = h.matterName();
            BigDecimal[] taxAndNet = taxAndNet(li);
            r[Field.INVOICE_TAX_TOTAL.ordinal()] = plain(taxAndNet[0]);
            r[Field.INVOICE_NET_TOTAL.ordinal()] = plain(taxAndNet[1]);
            r[Field.INVOICE_CURRENCY.ordinal()] = inv.currency().getCurrencyCode();
            r[Field.TIMEKEEPER_LAST_NAME.ordinal()] = names[1];
            r[Field.TIMEKEEPER_FIRST_NAME.ordinal()] = names[2];
            r[Field.ACCOUNT_TYPE.ordinal()] = h.accountType();
            LedesInvoiceHeader.Party firm = h.lawFirm();
            r[Field.LAW_FIRM_NAME.ordinal()] = firm.name();
            r[Field.LAW_FIRM_ADDRESS_1.ordinal()] = firm.address1();
            r[Field.LAW_FIRM_ADDRESS_2.ordinal()] = firm.address2();
            r[Field.LAW_FIRM_CITY.ordinal()] = firm.city();
            r[Field.LAW_FIRM_STATE_OR_REGION.ordinal()] = firm.stateOrRegion();
            r[Field.LAW_FIRM_POSTCODE.ordinal()] = firm.postcode();
            r[Field.LAW_FIRM_COUNTRY.ordinal()] = firm.country();
            LedesInvoiceHeader.Party client = h.client();
            r[Field.CLIENT_NAME.ordinal()] = client.name();
            r[Field.CLIENT_ADDRESS_1.ordinal()] = client.address1();
            r[Field.CLIENT_ADDRESS_2.ordinal()] = client.address2();
            r[Field.CLIENT_CITY.ordinal()] = client.city();
            r[Field.CLIENT_STATE_OR_REGION.ordinal()] = client.stateOrRegion();
            r[Field.CLIENT_POSTCODE.ordinal()] = client.postcode();
            r[Field.CLIENT_COUNTRY.ordinal()] = client.country();
            r[Field.LINE_ITEM_TAX_RATE.ordinal()] = plain(d.taxRate());
            r[Field.LINE_ITEM_TAX_TOTAL.ordinal()] = plain(lineTax(d, inv));
            r[Field.LINE_ITEM_TAX_TYPE.ordinal()] = d.taxType();
            r[Field.INVOICE_REPORTED_TAX_TOTAL.ordinal()] = plain(h.reportedTaxTotal());
            r[Field.INVOICE_TAX_CURRENCY.ordinal()] = h.taxCurrency() == null ? ""
                    : h.taxCurrency().getCurrencyCode();
        }
        return r;
    }

    /** @return LINE_ITEM_TAX_TOTAL as held, or zero at the currency's scale when the line has none */
    private static BigDecimal lineTax(LedesLineDetails d, Invoice invoice) {
        return d.taxTotal() != null ? d.taxTotal() : Money.zero(invoice.currency()).amount();
    }

    /**
     * INVOICE_TAX_TOTAL and INVOICE_NET_TOTAL: as the header states them when it states INVOICE_TOTAL too (an
     * invoice as read, written as read); otherwise computed, as for INVOICE_TOTAL: the tax is the sum of the lines'
     * LINE_ITEM_TAX_TOTAL, the net total the invoice total less the tax. Blank stated figures are computed too.
     */
    private static BigDecimal[] taxAndNet(LedesInvoice li) {
        LedesInvoiceHeader h = li.header();
        Invoice inv = li.invoice();
        Money total = h.statedTotal() != null ? h.statedTotal() : inv.total();
        BigDecimal tax = h.statedTotal() != null ? h.taxTotal() : null;
        if (tax == null) {
            tax = Money.zero(inv.currency()).amount();
            for (LedesLineDetails d : li.lineDetails()) {
                tax = tax.add(lineTax(d, inv));
            }
        }
        BigDecimal net = h.statedTotal() != null ? h.netTotal() : null;
        if (net == null) {
            net = total.amount().subtract(tax);
        }
        return new BigDecimal[] {tax, net};
    }

    /** Writes a billing date blank again when the file had it blank and it is still the one derived from lines. */
    private String periodDate(LedesInvoice li, LocalDate date, boolean start, String file, String number,
            InvoiceLine line) {
        Field field = start ? Field.BILLING_START_DATE : Field.BILLING_END_DATE;
        if (li.header().blankFields().contains(field.ledesName())) {
            LocalDate derived = li.invoice().lines().stream().map(InvoiceLine::date)
                    .reduce((a, b) -> start ? (a.isBefore(b) ? a : b) : (a.isAfter(b) ? a : b)).orElse(null);
            if (date.equals(derived)) {
                return "";
            }
        }
        return date(date, file, number, line, field);
    }

    /**
     * TIMEKEEPER_NAME, and in 98BI TIMEKEEPER_LAST_NAME and TIMEKEEPER_FIRST_NAME: as written while they still give
     * the domain timekeeper's name the way the reader derives it, else {@code "Last, First"}, last and first.
     */
    private String[] timekeeperNames(Timekeeper tk, LedesLineDetails d) {
        if (tk == null) {
            return new String[] {d.timekeeperName(), d.timekeeperLastName(), d.timekeeperFirstName()};
        }
        Timekeepers.Name domain = new Timekeepers.Name(tk.lastName(), tk.firstName());
        boolean nameAsWritten = domain.equals(Timekeepers.parse(d.timekeeperName()));
        if (format != LedesFormat.BI_V2) {
            return new String[] {nameAsWritten ? d.timekeeperName() : tk.ledesName(), "", ""};
        }
        String last = tk.lastName();
        String first = tk.firstName();
        if (!d.timekeeperLastName().isBlank()
                && domain.equals(Timekeepers.of(null, d.timekeeperLastName(), d.timekeeperFirstName()))) {
            last = d.timekeeperLastName();
            first = d.timekeeperFirstName();
        } else if (d.timekeeperLastName().isBlank() && nameAsWritten) {
            last = "";
            first = d.timekeeperFirstName();
        }
        String name;
        if (nameAsWritten) {
            name = d.timekeeperName();
        } else if (d.timekeeperName().isBlank() && !last.isEmpty()) {
            name = "";
        } else {
            name = tk.ledesName();
        }
        return new String[] {name, last, first};
    }

    private static String classification(Timekeeper tk, LedesLineDetails d) {
        if (tk == null) {
            return d.timekeeperClassification();
        }
        String written = d.timekeeperClassification();
        if (TimekeeperClassification.isKnown(written)
                && TimekeeperClassification.fromCode(written) == tk.classification()) {
            return written;
        }
        return tk.classification().code();
    }

    private static String date(LocalDate date, String file, String invoice, InvoiceLine line, Field field) {
        if (date.getYear() < 0 || date.getYear() > 9999) {
            throw new LedesFormatException(LedesErrorCode.UNWRITABLE_VALUE, file, invoice, line.lineNumber(),
                    field.ledesName(), "is " + date + "; CCYYMMDD holds years 0000 to 9999 only", null);
        }
        return Values.date(date);
    }

    private static String amount(Money m) {
        return m.amount().toPlainString();
    }

    private static String plain(BigDecimal n) {
        return n == null ? "" : n.toPlainString();
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    /** Configures a {@link LedesWriter}; not thread-safe. */
    public static final class Builder {
        private LedesFormat format = LedesFormat.B1998;
        private LineEnding lineEnding = LineEnding.CRLF;
        private Charset charset = StandardCharsets.UTF_8;
        private LineBreaks lineBreaks = LineBreaks.REFUSE;

        private Builder() {
        }

        /** @param value the format (default 1998B) @return this builder */
        public Builder format(LedesFormat value) {
            this.format = Objects.requireNonNull(value, "format");
            return this;
        }

        /** @param value how lines end (default CRLF) @return this builder */
        public Builder lineEnding(LineEnding value) {
            this.lineEnding = Objects.requireNonNull(value, "lineEnding");
            return this;
        }

        /** @param value output charset (default UTF-8) @return this builder */
        public Builder charset(Charset value) {
            this.charset = Objects.requireNonNull(value, "charset");
            return this;
        }

        /** @param value what to do with line breaks in text (default refuse) @return this builder */
        public Builder lineBreaks(LineBreaks value) {
            this.lineBreaks = Objects.requireNonNull(value, "lineBreaks");
            return this;
        }

        /** @return the writer */
        public LedesWriter build() {
            return new LedesWriter(this);
        }
    }
}

package dev.legalbilling.invoice;

import dev.legalbilling.InvalidValueException;
import dev.legalbilling.money.CurrencyMismatchException;
import dev.legalbilling.money.Money;
import dev.legalbilling.party.ClientId;
import dev.legalbilling.party.MatterId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An invoice for one matter and billing period, in one currency.
 *
 * <p>The total is always the exact sum of the line totals ({@link #total()}); lines are rounded where they are
 * created, never here. A {@link InvoiceStatus#DRAFT draft} accepts new lines and can be rebuilt
 * ({@link #toBuilder()}); a {@link InvoiceStatus#FINAL final} invoice is frozen and only grows by correction lines
 * ({@link #withCorrection(InvoiceLine)}): a finalised line is never edited, and a final invoice gives no builder. Line numbers are unique; every line is in the invoice's currency (multi-currency invoices are
 * refused with {@link CurrencyMismatchException}).
 *
 * <p>Immutable and thread-safe: every change returns a new invoice.
 */
public final class Invoice {
    private final InvoiceNumber number;
    private final ClientId client;
    private final MatterId matter;
    private final String clientMatterId;
    private final String lawFirmId;
    private final LocalDate invoiceDate;
    private final LocalDate periodStart;
    private final LocalDate periodEnd;
    private final String description;
    private final Currency currency;
    private final List<InvoiceLine> lines;
    private final InvoiceStatus status;

    private Invoice(Builder b, List<InvoiceLine> lines, InvoiceStatus status) {
        this.number = Objects.requireNonNull(b.number, "number");
        this.client = Objects.requireNonNull(b.client, "client");
        this.matter = Objects.requireNonNull(b.matter, "matter");
        this.clientMatterId = b.clientMatterId == null || b.clientMatterId.isBlank() ? null : b.clientMatterId;
        this.lawFirmId = b.lawFirmId == null ? "" : b.lawFirmId;
        if (b.invoiceDate == null) {
            throw new InvalidValueException("invoiceDate", null, "is required");
        }
        if (b.periodStart == null || b.periodEnd == null) {
            throw new InvalidValueException("billingPeriod", null, "needs a start and an end date");
        }
        if (b.periodEnd.isBefore(b.periodStart)) {
            throw new InvalidValueException("billingEndDate", b.periodEnd, "must not be before " + b.periodStart);
        }
        this.invoiceDate = b.invoiceDate;
        this.periodStart = b.periodStart;
        this.periodEnd = b.periodEnd;
        this.description = b.description == null ? "" : b.description;
        this.currency = Objects.requireNonNull(b.currency, "currency");
        Set<String> seen = new HashSet<>();
        for (InvoiceLine line : lines) {
            if (!line.currency().equals(currency)) {
                throw new CurrencyMismatchException(currency, line.currency());
            }
            if (!seen.add(line.lineNumber())) {
                throw new InvalidValueException("lineNumber", line.lineNumber(),
                        "is used twice in invoice " + number);
            }
        }
        this.lines = List.copyOf(lines);
        this.status = status;
    }

    /**
     * @param number invoice number
     * @param client client id
     * @param matter firm matter id
     * @return a builder for a draft invoice
     */
    public static Builder builder(InvoiceNumber number, ClientId client, MatterId matter) {
        return new Builder(number, client, matter);
    }

    /** @return the invoice number */
    public InvoiceNumber number() {
        return number;
    }

    /** @return the client id */
    public ClientId client() {
        return client;
    }

    /** @return the firm's matter id */
    public MatterId matter() {
        return matter;
    }

    /** @return the client's matter id, if known */
    public Optional<String> clientMatterId() {
        return Optional.ofNullable(clientMatterId);
    }

    /** @return the firm's id (its tax id in LEDES), possibly empty */
    public String lawFirmId() {
        return lawFirmId;
    }

    /** @return the invoice date */
    public LocalDate invoiceDate() {
        return invoiceDate;
    }

    /** @return first day of the billing period */
    public LocalDate periodStart() {
        return periodStart;
    }

    /** @return last day of the billing period (inclusive) */
    public LocalDate periodEnd() {
        return periodEnd;
    }

    /** @return invoice description, possibly empty */
    public String description() {
        return description;
    }

    /** @return the currency of every amount on the invoice */
    public Currency currency() {
        return currency;
    }

    /** @return the lines, in order; unmodifiable */
    public List<InvoiceLine> lines() {
        return lines;
    }

    /** @return draft or final */
    public InvoiceStatus status() {
        return status;
    }

    /** @return the exact sum of all line totals */
    public Money total() {
        Money sum = Money.zero(currency);
        for (InvoiceLine l : lines) {
            sum = sum.plus(l.total());
        }
        return sum;
    }

    /** @return the sum of F and IF line totals */
    public Money feeTotal() {
        return sumOf(true);
    }

    /** @return the sum of E and IE line totals */
    public Money expenseTotal() {
        return sumOf(false);
    }

    private Money sumOf(boolean fees) {
        Money sum = Money.zero(currency);
        for (InvoiceLine l : lines) {
            if (l.type().isFee() == fees) {
                sum = sum.plus(l.total());
            }
        }
        return sum;
    }

    /**
     * @param lineNumber a line number
     * @return the line with that number, if any
     */
    public Optional<InvoiceLine> line(String lineNumber) {
        return lines.stream().filter(l -> l.lineNumber().equals(lineNumber)).findFirst();
    }

    /**
     * @param line a line to append
     * @return a new draft with the line appended
     * @throws InvoiceStateException when this invoice is final
     */
    public Invoice withLine(InvoiceLine line) {
        if (status == InvoiceStatus.FINAL) {
            throw new InvoiceStateException(number,
                    "is final; add a correction line (write-down, discount or credit) instead of line "
                            + line.lineNumber());
        }
        return withAppended(List.of(line));
    }

    /**
     * Appends a correction to a final invoice: an invoice-level adjustment (IF or IE line) such as a write-down,
     * discount or credit. Existing lines are never edited.
     *
     * @param correction an IF or IE line
     * @return a new final invoice with the correction appended
     * @throws InvoiceStateException when this invoice is a draft, or the line is not an IF/IE line
     */
    public Invoice withCorrection(InvoiceLine correction) {
        return withCorrections(List.of(Objects.requireNonNull(correction, "correction")));
    }

    /**
     * Appends corrections to a final invoice at once, in order: invoice-level adjustments (IF or IE lines) such as
     * write-downs, discounts or credits. Existing lines are never edited.
     *
     * @param corrections IF or IE lines
     * @return a new final invoice with the corrections appended (this invoice when there are none)
     * @throws InvoiceStateException when this invoice is a draft, or a line is not an IF/IE line
     */
    public Invoice withCorrections(List<InvoiceLine> corrections) {
        if (status != InvoiceStatus.FINAL) {
            throw new InvoiceStateException(number, "is a draft; add or rebuild lines instead of correcting");
        }
        for (InvoiceLine correction : corrections) {
            if (!correction.type().isInvoiceAdjustment()) {
                throw new InvoiceStateException(number, "corrections must be IF or IE lines, line "
                        + correction.lineNumber() + " is " + correction.type().ledesCode());
            }
        }
        return corrections.isEmpty() ? this : withAppended(corrections);
    }

    private Invoice withAppended(List<InvoiceLine> added) {
        List<InvoiceLine> appended = new ArrayList<>(lines);
        added.forEach(line -> appended.add(Objects.requireNonNull(line, "line")));
        return new Invoice(copy(), appended, status);
    }

    /** @return this invoice frozen as final (itself when already final) */
    public Invoice finalise() {
        return status == InvoiceStatus.FINAL ? this : new Invoice(copy(), lines, InvoiceStatus.FINAL);
    }

    /**
     * Rebuilds a draft: a builder holding this draft's header and lines, to add, drop or replace lines before the
     * invoice is finalised. A final invoice has been issued under its number, so it gives no builder: correct it with
     * {@link #withCorrection(InvoiceLine)} (a write-down, discount or credit line), or issue a new invoice under a
     * new number with {@link #builder(InvoiceNumber, ClientId, MatterId)}.
     *
     * @return a builder producing a draft with this invoice's header and lines
     * @throws InvoiceStateException when this invoice is final
     */
    public Builder toBuilder() {
        if (status == InvoiceStatus.FINAL) {
            throw new InvoiceStateException(number, "is final and cannot be rebuilt; append a correction line"
                    + " (write-down, discount or credit) with withCorrection, or issue a new invoice under a new"
                    + " number");
        }
        return copy();
    }

    private Builder copy() {
        Builder b = new Builder(number, client, matter);
        b.clientMatterId = clientMatterId;
        b.lawFirmId = lawFirmId;
        b.invoiceDate = invoiceDate;
        b.periodStart = periodStart;
        b.periodEnd = periodEnd;
        b.description = description;
        b.currency = currency;
        b.lines.addAll(lines);
        return b;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Invoice i && number.equals(i.number) && client.equals(i.client)
                && matter.equals(i.matter) && Objects.equals(clientMatterId, i.clientMatterId)
                && lawFirmId.equals(i.lawFirmId) && invoiceDate.equals(i.invoiceDate)
                && periodStart.equals(i.periodStart) && periodEnd.equals(i.periodEnd)
                && description.equals(i.description) && currency.equals(i.currency) && lines.equals(i.lines)
                && status == i.status;
    }

    @Override
    public int hashCode() {
        return Objects.hash(number, client, matter, invoiceDate, periodStart, periodEnd, currency, lines, status);
    }

    /** @return number, matter, period, status, line count and total; no narratives */
    @Override
    public String toString() {
        return "Invoice[" + number + ", matter " + matter + ", " + periodStart + ".." + periodEnd + ", " + status
                + ", " + lines.size() + " lines, total " + total() + "]";
    }

    /** Builds a draft {@link Invoice}; not thread-safe. */
    public static final class Builder {
        private final InvoiceNumber number;
        private final ClientId client;
        private final MatterId matter;
        private String clientMatterId;
        private String lawFirmId = "";
        private LocalDate invoiceDate;
        private LocalDate periodStart;
        private LocalDate periodEnd;
        private String description = "";
        private Currency currency = Currency.getInstance("USD");
        private final List<InvoiceLine> lines = new ArrayList<>();

        private Builder(InvoiceNumber number, ClientId client, MatterId matter) {
            this.number = number;
            this.client = client;
            this.matter = matter;
        }

        /** @param value the client's matter id @return this builder */
        public Builder clientMatterId(String value) {
            this.clientMatterId = value;
            return this;
        }

        /** @param value the firm's id @return this builder */
        public Builder lawFirmId(String value) {
            this.lawFirmId = value;
            return this;
        }

        /** @param value invoice date @return this builder */
        public Builder invoiceDate(LocalDate value) {
            this.invoiceDate = value;
            return this;
        }

        /** @param start first day @param end last day, inclusive @return this builder */
        public Builder period(LocalDate start, LocalDate end) {
            this.periodStart = start;
            this.periodEnd = end;
            return this;
        }

        /** @param value description @return this builder */
        public Builder description(String value) {
            this.description = value;
            return this;
        }

        /** @param value currency @return this builder */
        public Builder currency(Currency value) {
            this.currency = value;
            return this;
        }

        /** @param value a line to append @return this builder */
        public Builder line(InvoiceLine value) {
            this.lines.add(Objects.requireNonNull(value, "line"));
            return this;
        }

        /** @param values lines to append @return this builder */
        public Builder lines(List<InvoiceLine> values) {
            values.forEach(this::line);
            return this;
        }

        /** @return the validated draft invoice */
        public Invoice build() {
            return new Invoice(this, lines, InvoiceStatus.DRAFT);
        }

        /** @return the validated invoice, already final */
        public Invoice buildFinal() {
            return new Invoice(this, lines, InvoiceStatus.FINAL);
        }
    }
}

package dev.legalbilling.matter;

import dev.legalbilling.InvalidValueException;
import dev.legalbilling.contingency.Recovery;
import dev.legalbilling.invoice.InvoiceNumber;
import dev.legalbilling.matter.Matter;
import dev.legalbilling.money.Money;
import dev.legalbilling.party.MatterId;
import dev.legalbilling.party.Timekeeper;
import dev.legalbilling.party.TimekeeperId;
import dev.legalbilling.work.Expense;
import dev.legalbilling.work.TimeEntry;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What {@link InvoiceDrafts#draft(DraftRequest)} needs: the matter, the invoice's number, date and billing period,
 * the matter's unbilled work (which may include work dated outside the period: it is reported, not billed), the
 * timekeeper directory, the fees billed before and any recoveries.
 *
 * <p>Built with {@link #builder(Matter, InvoiceNumber, LocalDate, LocalDate)}. Immutable and thread-safe.
 *
 * @param matter the matter billed; its arrangement prices the work
 * @param number the invoice number
 * @param invoiceDate the invoice date
 * @param periodStart first day of the billing period
 * @param periodEnd last day of the billing period, inclusive
 * @param time the matter's unbilled time entries
 * @param expenses the matter's unbilled expenses
 * @param timekeepers every timekeeper the work names, by id
 * @param priorFees fees billed on earlier invoices of the matter, net of fee adjustments; zero when none
 * @param recoveries recoveries recorded on the matter (contingency and success fees)
 * @param lawFirmId the firm's id (LEDES LAW_FIRM_ID), possibly empty
 * @param description the invoice description, possibly empty
 */
public record DraftRequest(Matter matter, InvoiceNumber number, LocalDate invoiceDate, LocalDate periodStart,
        LocalDate periodEnd, List<TimeEntry> time, List<Expense> expenses, Map<TimekeeperId, Timekeeper> timekeepers,
        Money priorFees, List<Recovery> recoveries, String lawFirmId, String description) {

    /**
     * Validates the request.
     *
     * @throws InvalidValueException when a time entry or expense belongs to another matter, or the period is missing
     *     or reversed
     */
    public DraftRequest {
        Objects.requireNonNull(matter, "matter");
        Objects.requireNonNull(number, "number");
        if (periodStart == null || periodEnd == null) {
            throw new InvalidValueException("billingPeriod", null, "needs a start and an end date");
        }
        if (periodEnd.isBefore(periodStart)) {
            throw new InvalidValueException("billingEndDate", periodEnd, "must not be before " + periodStart);
        }
        invoiceDate = invoiceDate == null ? periodEnd : invoiceDate;
        time = List.copyOf(time);
        expenses = List.copyOf(expenses);
        timekeepers = Map.copyOf(timekeepers);
        recoveries = List.copyOf(recoveries);
        priorFees = priorFees == null ? Money.zero(matter.currency()) : priorFees;
        lawFirmId = lawFirmId == null ? "" : lawFirmId;
        description = description == null ? "" : description;
        for (TimeEntry e : time) {
            requireMatter(matter.id(), "timeEntry.matter", e.matter());
        }
        for (Expense x : expenses) {
            requireMatter(matter.id(), "expense.matter", x.matter());
        }
    }

    private static void requireMatter(MatterId billed, String field, MatterId other) {
        if (!billed.equals(other)) {
            throw new InvalidValueException(field, other, "is not matter " + billed + ", which is being billed");
        }
    }

    /**
     * @param matter the matter
     * @param number the invoice number
     * @param periodStart first day of the billing period
     * @param periodEnd last day, inclusive
     * @return a builder; the invoice date defaults to the period's last day
     */
    public static Builder builder(Matter matter, InvoiceNumber number, LocalDate periodStart, LocalDate periodEnd) {
        return new Builder(matter, number, periodStart, periodEnd);
    }

    /** Builds a {@link DraftRequest}; not thread-safe. */
    public static final class Builder {
        private final Matter matter;
        private final InvoiceNumber number;
        private final LocalDate periodStart;
        private final LocalDate periodEnd;
        private LocalDate invoiceDate;
        private final List<TimeEntry> time = new ArrayList<>();
        private final List<Expense> expenses = new ArrayList<>();
        private final Map<TimekeeperId, Timekeeper> timekeepers = new LinkedHashMap<>();
        private Money priorFees;
        private final List<Recovery> recoveries = new ArrayList<>();
        private String lawFirmId = "";
        private String description = "";

        private Builder(Matter matter, InvoiceNumber number, LocalDate periodStart, LocalDate periodEnd) {
            this.matter = matter;
            this.number = number;
            this.periodStart = periodStart;
            this.periodEnd = periodEnd;
        }

        /** @param value the invoice date @return this builder */
        public Builder invoiceDate(LocalDate value) {
            this.invoiceDate = value;
            return this;
        }

        /** @param values time entries to add @return this builder */
        public Builder time(Collection<TimeEntry> values) {
            time.addAll(values);
            return this;
        }

        /** @param values expenses to add @return this builder */
        public Builder expenses(Collection<Expense> values) {
            expenses.addAll(values);
            return this;
        }

        /** @param values timekeepers to add to the directory @return this builder */
        public Builder timekeepers(Collection<Timekeeper> values) {
            values.forEach(tk -> timekeepers.put(tk.id(), tk));
            return this;
        }

        /** @param value the directory, by id @return this builder */
        public Builder timekeepers(Map<TimekeeperId, Timekeeper> value) {
            timekeepers.putAll(value);
            return this;
        }

        /** @param value fees billed before, net of fee adjustments @return this builder */
        public Builder priorFees(Money value) {
            this.priorFees = value;
            return this;
        }

        /** @param values recoveries to add @return this builder */
        public Builder recoveries(Collection<Recovery> values) {
            recoveries.addAll(values);
            return this;
        }

        /** @param value the firm's id @return this builder */
        public Builder lawFirmId(String value) {
            this.lawFirmId = value;
            return this;
        }

        /** @param value the invoice description @return this builder */
        public Builder description(String value) {
            this.description = value;
            return this;
        }

        /** @return the validated request */
        public DraftRequest build() {
            return new DraftRequest(matter, number, invoiceDate, periodStart, periodEnd, time, expenses, timekeepers,
                    priorFees, recoveries, lawFirmId, description);
        }
    }
}

package dev.legalbilling.fee;

import dev.legalbilling.InvalidValueException;
import dev.legalbilling.contingency.Recovery;
import dev.legalbilling.money.CurrencyMismatchException;
import dev.legalbilling.money.Money;
import dev.legalbilling.party.MatterId;
import dev.legalbilling.party.Timekeeper;
import dev.legalbilling.party.TimekeeperId;
import dev.legalbilling.utbms.UtbmsCodeSet;
import dev.legalbilling.work.Expense;
import dev.legalbilling.work.TimeEntry;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * A matter's work to be billed for one billing period: what a {@link FeeArrangement} turns into invoice lines.
 *
 * <p>Everything here belongs to the matter and falls in the period; the constructor refuses anything else, so an
 * arrangement never has to check. (Selecting the work of a period from a larger set, and reporting what was left out,
 * is the job of {@code dev.legalbilling.matter.InvoiceDrafts}.) Time entries and expenses are kept in date order,
 * entries of the same day in the order given.
 *
 * <p>Immutable and thread-safe.
 *
 * @param matterId the matter billed
 * @param currency the matter's currency: every amount of the work and of the lines made from it
 * @param codeSet the UTBMS code set the matter is coded in; every task code of the work belongs to it
 * @param periodStart first day of the billing period
 * @param periodEnd last day of the billing period, inclusive
 * @param time the period's time entries, billable or not
 * @param expenses the period's expenses
 * @param timekeepers directory of every timekeeper named by the time entries and expenses, by id
 * @param priorFees fees billed on earlier invoices of the matter, net of fee adjustments (the sum of their F and IF
 *     lines); used by volume discounts and not-to-exceed caps; zero when none
 * @param recoveries recoveries recorded in the period (for contingency and success fees)
 */
public record UnbilledWork(MatterId matterId, Currency currency, UtbmsCodeSet codeSet, LocalDate periodStart, LocalDate periodEnd, List<TimeEntry> time,
        List<Expense> expenses, Map<TimekeeperId, Timekeeper> timekeepers, Money priorFees,
        List<Recovery> recoveries) {

    /**
     * Validates the work.
     *
     * @throws InvalidValueException when an item belongs to another matter or falls outside the period, a task code is
     *     not in the matter's UTBMS code set, a timekeeper is missing from the directory, or the period is reversed
     * @throws CurrencyMismatchException when an expense, the prior fees or a recovery is not in the matter's currency
     */
    public UnbilledWork {
        Objects.requireNonNull(matterId, "matterId");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(codeSet, "codeSet");
        if (periodStart == null || periodEnd == null) {
            throw new InvalidValueException("billingPeriod", null, "needs a start and an end date");
        }
        if (periodEnd.isBefore(periodStart)) {
            throw new InvalidValueException("billingEndDate", periodEnd, "must not be before " + periodStart);
        }
        timekeepers = Map.copyOf(timekeepers);
        timekeepers.forEach((id, tk) -> {
            if (!tk.id().equals(id)) {
                throw new InvalidValueException("timekeepers", id, "maps to timekeeper " + tk.id());
            }
        });
        priorFees = priorFees == null ? Money.zero(currency) : priorFees;
        requireCurrency(currency, priorFees);
        if (priorFees.isNegative()) {
            throw new InvalidValueException("priorFees", priorFees, "must not be negative");
        }
        String period = periodStart + ".." + periodEnd;
        for (TimeEntry e : time) {
            requireSameMatter(matterId, "timeEntry.matter", e.matter());
            requireInPeriod("timeEntry.date", e.date(), periodStart, periodEnd, period);
            if (!codeSet.isValidTask(e.taskCode())) {
                throw new InvalidValueException("taskCode", e.taskCode(), "is not a task code of the "
                        + codeSet + " code set of matter " + matterId);
            }
            requireKnown(timekeepers, e.timekeeper());
        }
        for (Expense x : expenses) {
            requireSameMatter(matterId, "expense.matter", x.matter());
            requireInPeriod("expense.date", x.date(), periodStart, periodEnd, period);
            if (!x.unitCost().currency().equals(currency)) {
                throw new CurrencyMismatchException(currency, x.unitCost().currency());
            }
            if (x.timekeeper() != null) {
                requireKnown(timekeepers, x.timekeeper());
            }
        }
        for (Recovery r : recoveries) {
            requireInPeriod("recovery.date", r.date(), periodStart, periodEnd, period);
            requireCurrency(currency, r.amount());
        }
        time = sortedByDate(time, TimeEntry::date);
        expenses = sortedByDate(expenses, Expense::date);
        recoveries = sortedByDate(recoveries, Recovery::date);
    }

    /**
     * @param matterId the matter
     * @param currency the matter's currency
     * @param codeSet the matter's UTBMS code set
     * @param periodStart first day of the period
     * @param periodEnd last day, inclusive
     * @return a builder with no work, no timekeepers, no prior fees and no recoveries
     */
    public static Builder builder(MatterId matterId, Currency currency, UtbmsCodeSet codeSet, LocalDate periodStart,
            LocalDate periodEnd) {
        return new Builder(matterId, currency, codeSet, periodStart, periodEnd);
    }

    /**
     * @param id a timekeeper named by the work
     * @return the timekeeper
     * @throws InvalidValueException when the directory does not hold it
     */
    public Timekeeper timekeeper(TimekeeperId id) {
        return requireKnown(timekeepers, id);
    }

    private static Timekeeper requireKnown(Map<TimekeeperId, Timekeeper> directory, TimekeeperId id) {
        Timekeeper tk = directory.get(id);
        if (tk == null) {
            throw new InvalidValueException("timekeeper", id, "is not in the timekeeper directory");
        }
        return tk;
    }

    private static void requireSameMatter(MatterId matterId, String field, Object other) {
        if (!matterId.equals(other)) {
            throw new InvalidValueException(field, other, "is not matter " + matterId + ", which is being billed");
        }
    }

    private static void requireInPeriod(String field, LocalDate date, LocalDate start, LocalDate end, String period) {
        if (date.isBefore(start) || date.isAfter(end)) {
            throw new InvalidValueException(field, date, "is outside the billing period " + period);
        }
    }

    private static void requireCurrency(Currency currency, Money amount) {
        if (!amount.currency().equals(currency)) {
            throw new CurrencyMismatchException(currency, amount.currency());
        }
    }

    private static <T> List<T> sortedByDate(List<T> items, Function<T, LocalDate> date) {
        List<T> copy = new ArrayList<>(items);
        copy.sort(Comparator.comparing(date));
        return List.copyOf(copy);
    }

    /** Collects a period's work; not thread-safe. */
    public static final class Builder {
        private final MatterId matterId;
        private final Currency currency;
        private final UtbmsCodeSet codeSet;
        private final LocalDate periodStart;
        private final LocalDate periodEnd;
        private final List<TimeEntry> time = new ArrayList<>();
        private final List<Expense> expenses = new ArrayList<>();
        private final Map<TimekeeperId, Timekeeper> timekeepers = new LinkedHashMap<>();
        private Money priorFees;
        private final List<Recovery> recoveries = new ArrayList<>();

        private Builder(MatterId matterId, Currency currency, UtbmsCodeSet codeSet, LocalDate periodStart,
                LocalDate periodEnd) {
            this.matterId = matterId;
            this.currency = currency;
            this.codeSet = codeSet;
            this.periodStart = periodStart;
            this.periodEnd = periodEnd;
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

        /** @return the validated work */
        public UnbilledWork build() {
            return new UnbilledWork(matterId, currency, codeSet, periodStart, periodEnd, time, expenses, timekeepers,
                    priorFees, recoveries);
        }
    }
}

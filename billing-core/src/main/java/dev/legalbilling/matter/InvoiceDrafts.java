package dev.legalbilling.matter;

import dev.legalbilling.InvalidValueException;
import dev.legalbilling.contingency.Recovery;
import dev.legalbilling.fee.FeeArrangement;
import dev.legalbilling.fee.PricedWork;
import dev.legalbilling.fee.UnbilledWork;
import dev.legalbilling.invoice.Invoice;
import dev.legalbilling.matter.Matter;
import dev.legalbilling.money.CurrencyMismatchException;
import dev.legalbilling.rate.NoApplicableRateException;
import dev.legalbilling.work.Expense;
import dev.legalbilling.work.TimeEntry;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Drafts an invoice for a matter and billing period from its unbilled work, priced by the matter's
 * {@link FeeArrangement}.
 *
 * <p>Work dated inside the period is billed; work dated outside is reported in the {@link DraftResult} as an
 * {@link Exclusion} with its reason, never dropped silently. Time entries recorded as not billable appear as
 * zero-value lines (hours shown, total zero), so the client sees the no-charge work. The arrangement decides every
 * line: fee lines (F) from time and fixed fees, expense lines (E), and invoice-level adjustments (IF) for discounts
 * and caps; each line total is {@code units × unit cost + adjustment}, rounded once, and the invoice total is the sum
 * of the lines. Lines are numbered {@code "1"}, {@code "2"}, …
 *
 * <p>Stateless and thread-safe. Narratives are never logged.
 */
public final class InvoiceDrafts {
    private static final Logger LOG = LoggerFactory.getLogger(InvoiceDrafts.class);

    private InvoiceDrafts() {
    }

    /**
     * Drafts the invoice.
     *
     * @param request the matter, invoice header, period and work; not null
     * @return the draft invoice, closing statements, and the work left out with reasons
     * @throws InvalidValueException when billed work has a task code outside the matter's UTBMS code set (naming the
     *     code), names a timekeeper missing from the directory, or the arrangement does not fit the matter
     * @throws CurrencyMismatchException when billed work, a rate, the prior fees or a recovery is in another currency
     *     than the matter
     * @throws NoApplicableRateException when hourly work has no rate for its timekeeper and day
     */
    public static DraftResult draft(DraftRequest request) {
        Matter matter = request.matter();
        LocalDate start = request.periodStart();
        LocalDate end = request.periodEnd();
        List<TimeEntry> time = new ArrayList<>();
        List<Exclusion<TimeEntry>> excludedTime = partition(request.time(), TimeEntry::date, start, end, time);
        List<Expense> expenses = new ArrayList<>();
        List<Exclusion<Expense>> excludedExpenses = partition(request.expenses(), Expense::date, start, end,
                expenses);
        List<Recovery> recoveries = new ArrayList<>();
        List<Exclusion<Recovery>> excludedRecoveries = partition(request.recoveries(), Recovery::date, start, end,
                recoveries);

        UnbilledWork work = new UnbilledWork(matter.id(), matter.currency(), matter.codeSet(), start, end, time,
                expenses, request.timekeepers(), request.priorFees(), recoveries);
        PricedWork priced = matter.arrangement().bill(work);
        Invoice invoice = Invoice.builder(request.number(), matter.client().id(), matter.id())
                .clientMatterId(matter.clientMatterId())
                .lawFirmId(request.lawFirmId())
                .invoiceDate(request.invoiceDate())
                .period(start, end)
                .description(request.description())
                .currency(matter.currency())
                .lines(priced.lines())
                .build();
        DraftResult result = new DraftResult(invoice, priced.closingStatements(), excludedTime, excludedExpenses,
                excludedRecoveries);
        if (LOG.isDebugEnabled()) {
            LOG.debug("drafted invoice {} for matter {} ({}..{}): {} lines, total {}, {} time entries, {} expenses"
                            + " and {} recoveries outside the period", invoice.number(), matter.id(), start, end,
                    invoice.lines().size(), invoice.total(), excludedTime.size(), excludedExpenses.size(),
                    excludedRecoveries.size());
        }
        return result;
    }

    private static <T> List<Exclusion<T>> partition(List<T> items, Function<T, LocalDate> dateOf, LocalDate start,
            LocalDate end, List<T> inPeriod) {
        List<Exclusion<T>> excluded = new ArrayList<>();
        for (T item : items) {
            LocalDate date = dateOf.apply(item);
            if (date.isBefore(start)) {
                excluded.add(new Exclusion<>(item, date, Exclusion.Reason.BEFORE_PERIOD));
            } else if (date.isAfter(end)) {
                excluded.add(new Exclusion<>(item, date, Exclusion.Reason.AFTER_PERIOD));
            } else {
                inPeriod.add(item);
            }
        }
        return excluded;
    }
}

package dev.legalbilling.receivables.internal;

import dev.legalbilling.InvalidValueException;
import dev.legalbilling.invoice.Invoice;
import dev.legalbilling.invoice.InvoiceLine;
import dev.legalbilling.invoice.InvoiceStateException;
import dev.legalbilling.invoice.InvoiceStatus;
import dev.legalbilling.invoice.LineType;
import dev.legalbilling.money.Money;
import dev.legalbilling.money.UnitPrice;
import dev.legalbilling.party.MatterId;
import dev.legalbilling.party.Timekeeper;
import dev.legalbilling.party.TimekeeperId;
import dev.legalbilling.work.TimeEntry;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Matches recorded time to billed fee lines per (matter, timekeeper, day) and values both at standard rates. Shared by
 * the realization and leakage metrics. Not part of the API.
 *
 * @param unbilledAtStandard recorded hours in scope not matched by billed hours, at standard rates
 * @param unbilledHours those hours
 * @param billedAtStandard recorded hours matched by billed hours, at standard rates
 * @param billedFees Σ fee totals (F and IF lines) of the bills
 * @param invoiced Σ totals of the bills
 */
public record BilledWork(Money unbilledAtStandard, BigDecimal unbilledHours, Money billedAtStandard,
        Money billedFees, Money invoiced) {

    /** @return standard value of all recorded billable time in scope: unbilled plus billed */
    public Money workedAtStandard() {
        return unbilledAtStandard.plus(billedAtStandard);
    }

    /**
     * Scope: billable time entries on a bill's matter dated within that bill's billing period. Entries outside every
     * bill's period are work in progress and ignored. Each (matter, timekeeper, day) is valued once: hours × the
     * timekeeper's standard rate, rounded half up to the cent, for the unbilled and the billed part separately.
     *
     * @param bills final invoices, at least one, in one currency
     * @param recorded time entries
     * @param timekeepers timekeepers with standard rates
     * @return the matched values
     * @throws InvalidValueException when there are no bills or a timekeeper in scope has no standard rate
     * @throws InvoiceStateException when a bill is a draft
     */
    public static BilledWork of(Collection<Invoice> bills, Collection<TimeEntry> recorded,
            Collection<Timekeeper> timekeepers) {
        if (bills.isEmpty()) {
            throw new InvalidValueException("bills", "[]", "must contain at least one final invoice");
        }
        Currency currency = bills.iterator().next().currency();
        Map<TimekeeperId, UnitPrice> rates = new HashMap<>();
        for (Timekeeper t : timekeepers) {
            t.standardRateIfSet().ifPresent(rate -> rates.put(t.id(), rate));
        }
        Money billedFees = Money.zero(currency);
        Money invoiced = Money.zero(currency);
        Map<Key, BigDecimal> billedHours = new HashMap<>();
        for (Invoice bill : bills) {
            if (bill.status() != InvoiceStatus.FINAL) {
                throw new InvoiceStateException(bill.number(), "is a draft; metrics count final invoices only");
            }
            billedFees = billedFees.plus(bill.feeTotal());
            invoiced = invoiced.plus(bill.total());
            for (InvoiceLine line : bill.lines()) {
                if (line.type() == LineType.FEE && line.timekeeper() != null) {
                    billedHours.merge(new Key(bill.matter(), line.timekeeper().id(), line.date()), line.units(),
                            BigDecimal::add);
                }
            }
        }
        Map<Key, BigDecimal> recordedHours = new LinkedHashMap<>();
        for (TimeEntry e : recorded) {
            if (e.billable() && inScope(e, bills)) {
                recordedHours.merge(new Key(e.matter(), e.timekeeper(), e.date()), e.hours(), BigDecimal::add);
            }
        }
        Money unbilled = Money.zero(currency);
        Money billed = Money.zero(currency);
        BigDecimal unbilledHours = BigDecimal.ZERO;
        for (Map.Entry<Key, BigDecimal> r : recordedHours.entrySet()) {
            UnitPrice rate = rates.get(r.getKey().timekeeper());
            if (rate == null) {
                throw new InvalidValueException("standardRate", r.getKey().timekeeper(),
                        "is required to value recorded time at standard rates");
            }
            BigDecimal hours = r.getValue();
            BigDecimal matched = hours.min(billedHours.getOrDefault(r.getKey(), BigDecimal.ZERO));
            BigDecimal rest = hours.subtract(matched);
            unbilled = unbilled.plus(rate.times(rest, RoundingMode.HALF_UP));
            billed = billed.plus(rate.times(matched, RoundingMode.HALF_UP));
            unbilledHours = unbilledHours.add(rest);
        }
        return new BilledWork(unbilled, unbilledHours, billed, billedFees, invoiced);
    }

    private static boolean inScope(TimeEntry e, Collection<Invoice> bills) {
        for (Invoice b : bills) {
            if (b.matter().equals(e.matter()) && !e.date().isBefore(b.periodStart())
                    && !e.date().isAfter(b.periodEnd())) {
                return true;
            }
        }
        return false;
    }

    private record Key(MatterId matter, TimekeeperId timekeeper, LocalDate date) {
    }
}

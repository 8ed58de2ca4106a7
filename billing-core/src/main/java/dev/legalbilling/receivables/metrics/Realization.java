package dev.legalbilling.receivables.metrics;

import dev.legalbilling.InvalidValueException;
import dev.legalbilling.invoice.Invoice;
import dev.legalbilling.invoice.InvoiceStateException;
import dev.legalbilling.money.CurrencyMismatchException;
import dev.legalbilling.money.Money;
import dev.legalbilling.party.Timekeeper;
import dev.legalbilling.receivables.ReceivablesLedger;
import dev.legalbilling.receivables.UnknownInvoiceException;
import dev.legalbilling.receivables.internal.Arguments;
import dev.legalbilling.receivables.internal.BilledWork;
import dev.legalbilling.work.TimeEntry;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;

/**
 * How much of the work's standard value turned into bills, and how much of the bills into cash.
 *
 * <p>{@link #billingRealization()} = billed fees ÷ worked at standard rates × 100; {@link #collectionRealization()} =
 * collected ÷ invoiced × 100. Percentages have 2 decimals, rounded half up, and are empty when the denominator is
 * zero. Above 100 is possible (premiums, flat fees billed above the time's value).
 *
 * <p>Immutable and thread-safe.
 *
 * @param workedAtStandard recorded billable time in scope valued at standard rates
 * @param billedFees fees billed (F and IF lines) on the bills
 * @param invoiced everything billed (fees and expenses) on the bills
 * @param collected payments and client credit applied to the bills
 */
public record Realization(Money workedAtStandard, Money billedFees, Money invoiced, Money collected) {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /**
     * Validates the amounts.
     *
     * @throws CurrencyMismatchException when they are in different currencies
     */
    public Realization {
        Arguments.sameCurrency(workedAtStandard, billedFees, invoiced, collected);
    }

    /**
     * Measures realization for a set of bills.
     *
     * <p>Worked at standard: billable time entries on a bill's matter dated within that bill's billing period, hours ×
     * the timekeeper's standard rate, rounded half up per matter, timekeeper and day (time outside every bill's period
     * is work in progress and not counted). Billed fees and invoiced: the bills' fee totals and totals. Collected:
     * payments and applied client credit on the bills dated on or before {@code asOf}.
     *
     * @param bills final invoices in one currency, at least one, all in the ledger
     * @param recorded recorded time entries (any; those out of scope are ignored)
     * @param timekeepers timekeepers with standard rates
     * @param ledger the receivables holding the bills
     * @param asOf the date to count collections to
     * @return the realization
     * @throws InvalidValueException when there are no bills, a timekeeper in scope has no standard rate, or
     *     {@code asOf} is before a bill's date
     * @throws InvoiceStateException when a bill is a draft
     * @throws UnknownInvoiceException when a bill is not in the ledger
     */
    public static Realization of(Collection<Invoice> bills, Collection<TimeEntry> recorded,
            Collection<Timekeeper> timekeepers, ReceivablesLedger ledger, LocalDate asOf) {
        BilledWork work = BilledWork.of(bills, recorded, timekeepers);
        Money collected = Money.zero(work.invoiced().currency());
        for (Invoice bill : bills) {
            collected = collected.plus(ledger.state(bill.number(), asOf).paid());
        }
        return new Realization(work.workedAtStandard(), work.billedFees(), work.invoiced(), collected);
    }

    /** @return billed fees ÷ worked at standard, in percent with 2 decimals; empty when nothing was worked */
    public Optional<BigDecimal> billingRealization() {
        return percent(billedFees, workedAtStandard);
    }

    /** @return collected ÷ invoiced, in percent with 2 decimals; empty when nothing was invoiced */
    public Optional<BigDecimal> collectionRealization() {
        return percent(collected, invoiced);
    }

    private static Optional<BigDecimal> percent(Money part, Money whole) {
        if (whole.isZero()) {
            return Optional.empty();
        }
        return Optional.of(part.amount().multiply(HUNDRED).divide(whole.amount(), 2, RoundingMode.HALF_UP));
    }
}

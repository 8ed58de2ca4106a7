package dev.legalbilling.receivables.metrics;

import dev.legalbilling.InvalidValueException;
import dev.legalbilling.invoice.Invoice;
import dev.legalbilling.invoice.InvoiceStateException;
import dev.legalbilling.money.CurrencyMismatchException;
import dev.legalbilling.money.Money;
import dev.legalbilling.party.Timekeeper;
import dev.legalbilling.receivables.AdjustmentReason;
import dev.legalbilling.receivables.EntryKind;
import dev.legalbilling.receivables.LedgerEntry;
import dev.legalbilling.receivables.ReceivablesLedger;
import dev.legalbilling.receivables.UnknownInvoiceException;
import dev.legalbilling.receivables.internal.Arguments;
import dev.legalbilling.receivables.internal.BilledWork;
import dev.legalbilling.work.TimeEntry;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * Where value was lost between recorded time and cash, for a set of bills, at standard rates.
 *
 * <p>Three kinds: recorded billable time that was never billed ({@link #unbilledTime()}); the write-down at billing
 * ({@link #billingWriteDown()}: standard value of the billed recorded time minus the fees billed, negative when the
 * bills carry premiums or flat fees above standard); and reductions after billing by reason (write-offs and credit
 * notes). They add up: worked at standard − billed fees = unbilled time + billing write-down.
 *
 * <p>Immutable and thread-safe.
 *
 * @param unbilledTime standard value of recorded billable time in the bills' periods not matched by billed hours
 * @param unbilledHours those hours
 * @param billingWriteDown standard value of billed recorded time minus billed fees; may be negative
 * @param writeOffs write-offs on the bills by reason (only reasons used); unmodifiable
 * @param creditNotes credit notes on the bills by reason (only reasons used); unmodifiable
 */
public record Leakage(Money unbilledTime, BigDecimal unbilledHours, Money billingWriteDown,
        Map<AdjustmentReason, Money> writeOffs, Map<AdjustmentReason, Money> creditNotes) {

    /**
     * Validates the figures.
     *
     * @throws InvalidValueException when unbilled time or hours, or a reduction, is negative
     * @throws CurrencyMismatchException when amounts are in different currencies
     */
    public Leakage {
        Arguments.notNegative("unbilledTime", unbilledTime);
        if (unbilledHours == null || unbilledHours.signum() < 0) {
            throw new InvalidValueException("unbilledHours", unbilledHours, "must not be negative");
        }
        Arguments.sameCurrency(unbilledTime, billingWriteDown);
        writeOffs = copy("writeOffs", writeOffs, unbilledTime);
        creditNotes = copy("creditNotes", creditNotes, unbilledTime);
    }

    /**
     * Measures leakage for a set of bills; scope and valuation as in {@link Realization#of}. Write-offs and credit
     * notes count when dated on or before {@code asOf}.
     *
     * @param bills final invoices in one currency, at least one, all in the ledger
     * @param recorded recorded time entries
     * @param timekeepers timekeepers with standard rates
     * @param ledger the receivables holding the bills
     * @param asOf the date to count reductions to
     * @return the leakage
     * @throws InvalidValueException when there are no bills or a timekeeper in scope has no standard rate
     * @throws InvoiceStateException when a bill is a draft
     * @throws UnknownInvoiceException when a bill is not in the ledger
     */
    public static Leakage of(Collection<Invoice> bills, Collection<TimeEntry> recorded,
            Collection<Timekeeper> timekeepers, ReceivablesLedger ledger, LocalDate asOf) {
        BilledWork work = BilledWork.of(bills, recorded, timekeepers);
        Map<AdjustmentReason, Money> writeOffs = new EnumMap<>(AdjustmentReason.class);
        Map<AdjustmentReason, Money> credits = new EnumMap<>(AdjustmentReason.class);
        for (Invoice bill : bills) {
            for (LedgerEntry e : ledger.entries(bill.number())) {
                if (e.date().isAfter(asOf)) {
                    continue;
                }
                if (e.kind() == EntryKind.WRITE_OFF) {
                    writeOffs.merge(e.reason(), e.amount(), Money::plus);
                } else if (e.kind() == EntryKind.CREDIT_NOTE) {
                    credits.merge(e.reason(), e.amount(), Money::plus);
                }
            }
        }
        return new Leakage(work.unbilledAtStandard(), work.unbilledHours(),
                work.billedAtStandard().minus(work.billedFees()), writeOffs, credits);
    }

    /** @return write-offs and credit notes together, by reason */
    public Map<AdjustmentReason, Money> reductionsAfterBilling() {
        Map<AdjustmentReason, Money> all = new EnumMap<>(AdjustmentReason.class);
        all.putAll(writeOffs);
        creditNotes.forEach((reason, amount) -> all.merge(reason, amount, Money::plus));
        return Collections.unmodifiableMap(all);
    }

    /** @return unbilled time + billing write-down + all reductions after billing */
    public Money total() {
        Money sum = unbilledTime.plus(billingWriteDown);
        for (Money m : reductionsAfterBilling().values()) {
            sum = sum.plus(m);
        }
        return sum;
    }

    private static Map<AdjustmentReason, Money> copy(String field, Map<AdjustmentReason, Money> in, Money like) {
        Map<AdjustmentReason, Money> out = new EnumMap<>(AdjustmentReason.class);
        for (Map.Entry<AdjustmentReason, Money> e : Objects.requireNonNull(in, field).entrySet()) {
            Arguments.notNegative(field, e.getValue());
            Arguments.sameCurrency(like, e.getValue());
            out.put(Objects.requireNonNull(e.getKey(), field), e.getValue());
        }
        return Collections.unmodifiableMap(out);
    }
}

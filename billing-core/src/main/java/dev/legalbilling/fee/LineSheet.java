package dev.legalbilling.fee;

import dev.legalbilling.InvalidValueException;
import dev.legalbilling.invoice.InvoiceLine;
import dev.legalbilling.invoice.LineType;
import dev.legalbilling.money.CurrencyMismatchException;
import dev.legalbilling.money.Money;
import dev.legalbilling.money.UnitPrice;
import dev.legalbilling.work.Expense;
import dev.legalbilling.work.TimeEntry;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/**
 * Collects the invoice lines of one arrangement's bill and numbers them at the end: fee lines first, then expense
 * lines, then invoice-level adjustments. Every priced line is rounded once, by {@link InvoiceLine.Builder#price}.
 * Not thread-safe; one per bill.
 */
final class LineSheet {
    /** Rate basis of a time entry recorded as not billable. */
    static final String NO_CHARGE = "no charge: time recorded as not billable";

    private static final String PROVISIONAL = "0";

    private final UnbilledWork work;
    private final Currency currency;
    private final RoundingMode rounding;
    private final List<InvoiceLine> fees = new ArrayList<>();
    private final List<InvoiceLine> expenses = new ArrayList<>();
    private final List<InvoiceLine> adjustments = new ArrayList<>();

    LineSheet(UnbilledWork work, RoundingMode rounding) {
        this.work = work;
        this.currency = work.currency();
        this.rounding = rounding;
    }

    UnbilledWork work() {
        return work;
    }

    RoundingMode rounding() {
        return rounding;
    }

    /** A fee line for time: {@code units × rate}. */
    void time(TimeEntry entry, BigDecimal units, UnitPrice rate, String basis) {
        requireCurrency(rate.currency());
        fees.add(timeLine(entry, units, rate, basis));
    }

    /** A zero-value fee line showing the recorded hours, for work the arrangement does not charge by the hour. */
    void timeAtNoCharge(TimeEntry entry, String basis) {
        fees.add(timeLine(entry, entry.hours(), UnitPrice.of(BigDecimal.ZERO, currency), basis));
    }

    private InvoiceLine timeLine(TimeEntry entry, BigDecimal units, UnitPrice rate, String basis) {
        return InvoiceLine.builder(PROVISIONAL, LineType.FEE, entry.date())
                .timekeeper(work.timekeeper(entry.timekeeper()))
                .units(units)
                .unitCost(rate)
                .codes(entry.taskCode(), entry.activityCode())
                .narrative(entry.narrative())
                .nonWorkingTravel(entry.nonWorkingTravel())
                .actualTime(entry.actualTime())
                .rateBasis(basis)
                .price(rounding);
    }

    /** An expense line at cost: {@code quantity × unit cost}. */
    void expenseAtCost(Expense expense) {
        expenses.add(expenseLine(expense, null, "expense at cost"));
    }

    /** An expense line showing its cost, offset by an equal negative adjustment: total zero. */
    void expenseAtNoCharge(Expense expense, String basis) {
        expenses.add(expenseLine(expense, expense.amount(rounding).negate(), basis));
    }

    private InvoiceLine expenseLine(Expense expense, Money adjustment, String basis) {
        return InvoiceLine.builder(PROVISIONAL, LineType.EXPENSE, expense.date())
                .timekeeper(expense.timekeeper() == null ? null : work.timekeeper(expense.timekeeper()))
                .units(expense.quantity())
                .unitCost(expense.unitCost())
                .adjustment(adjustment)
                .expenseCode(expense.expenseCode())
                .narrative(expense.narrative())
                .receipt(expense.receipt())
                .rateBasis(basis)
                .price(rounding);
    }

    /** A fee line for a fixed amount (flat fee, contingency fee, success fee): one unit at the amount. */
    void fixedFee(LocalDate date, Money amount, String taskCode, String narrative, String basis) {
        requireCurrency(amount.currency());
        if (amount.isNegative()) {
            throw new InvalidValueException("fee", amount, "must not be negative");
        }
        fees.add(InvoiceLine.builder(PROVISIONAL, LineType.FEE, date)
                .units(BigDecimal.ONE)
                .unitCost(UnitPrice.of(amount))
                .codes(taskCode, null)
                .narrative(narrative)
                .rateBasis(basis)
                .price(rounding));
    }

    /** An invoice-level fee adjustment (IF): a discount or cap when negative. */
    void feeAdjustment(Money amount, String narrative, String basis) {
        requireCurrency(amount.currency());
        adjustments.add(InvoiceLine.builder(PROVISIONAL, LineType.FEE_ADJUSTMENT, work.periodEnd())
                .adjustment(amount)
                .narrative(narrative)
                .rateBasis(basis)
                .price(rounding));
    }

    /** @return the sum of the fee lines so far, before invoice-level adjustments */
    Money fees() {
        Money sum = Money.zero(currency);
        for (InvoiceLine line : fees) {
            sum = sum.plus(line.total());
        }
        return sum;
    }

    /** @return the lines numbered 1, 2, … with the given closing statements */
    PricedWork finish(List<ClosingStatement> closingStatements) {
        List<InvoiceLine> all = new ArrayList<>(fees.size() + expenses.size() + adjustments.size());
        for (List<InvoiceLine> group : List.of(fees, expenses, adjustments)) {
            for (InvoiceLine l : group) {
                all.add(new InvoiceLine(String.valueOf(all.size() + 1), l.type(), l.date(), l.timekeeper(),
                        l.units(), l.unitCost(), l.adjustment(), l.total(), l.taskCode(), l.activityCode(),
                        l.expenseCode(), l.narrative(), l.nonWorkingTravel(), l.receipt(), l.actualTime(),
                        l.rateBasis(), l.sourceLine()));
            }
        }
        return new PricedWork(all, closingStatements);
    }

    private void requireCurrency(Currency other) {
        if (!currency.equals(other)) {
            throw new CurrencyMismatchException(currency, other);
        }
    }
}

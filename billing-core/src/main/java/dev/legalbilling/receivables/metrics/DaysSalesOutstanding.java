package dev.legalbilling.receivables.metrics;

import dev.legalbilling.money.CurrencyMismatchException;
import dev.legalbilling.money.Money;
import dev.legalbilling.receivables.EntryKind;
import dev.legalbilling.receivables.LedgerEntry;
import dev.legalbilling.receivables.ReceivableState;
import dev.legalbilling.receivables.ReceivablesLedger;
import dev.legalbilling.receivables.internal.Arguments;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;
import java.util.Optional;

/**
 * Days sales outstanding: how many days of billing are still unpaid.
 *
 * <p><b>Formula.</b> {@code DSO = receivables ÷ billed × days}, where {@code receivables} is the sum of open invoice
 * balances (including interest charged, not netted against unapplied client credit) on the period's last day,
 * {@code billed} the sum of invoice amounts (without interest) of invoices dated within the period, and {@code days}
 * the period's length counting both ends. Result in days with 1 decimal, rounded half up; empty when nothing was
 * billed. Example: USD 60,000 open on 31 March, USD 90,000 billed in March (31 days): 60,000 ÷ 90,000 × 31 = 20.7.
 *
 * <p>Immutable and thread-safe.
 *
 * @param period the measuring period
 * @param receivables open balances on the period's last day
 * @param billed amounts invoiced within the period
 */
public record DaysSalesOutstanding(ReportingPeriod period, Money receivables, Money billed) {

    /**
     * Validates the figures.
     *
     * @throws CurrencyMismatchException when the amounts are in different currencies
     */
    public DaysSalesOutstanding {
        Objects.requireNonNull(period, "period");
        Arguments.sameCurrency(receivables, billed);
    }

    /**
     * @param ledger the receivables
     * @param period the measuring period
     * @param currency the currency to measure
     * @return the figures for that currency
     */
    public static DaysSalesOutstanding of(ReceivablesLedger ledger, ReportingPeriod period, Currency currency) {
        Money open = Money.zero(currency);
        for (ReceivableState s : ledger.states(period.last())) {
            if (s.currency().equals(currency)) {
                open = open.plus(s.balance());
            }
        }
        Money billed = Money.zero(currency);
        for (LedgerEntry e : ledger.entries()) {
            if (e.kind() == EntryKind.INVOICED && e.amount().currency().equals(currency)
                    && period.contains(e.date())) {
                billed = billed.plus(e.amount());
            }
        }
        return new DaysSalesOutstanding(period, open, billed);
    }

    /** @return {@code receivables ÷ billed × days}, 1 decimal, half up; empty when nothing was billed */
    public Optional<BigDecimal> days() {
        if (billed.isZero()) {
            return Optional.empty();
        }
        return Optional.of(receivables.amount().multiply(BigDecimal.valueOf(period.days()))
                .divide(billed.amount(), 1, RoundingMode.HALF_UP));
    }
}

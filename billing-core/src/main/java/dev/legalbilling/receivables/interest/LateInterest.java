package dev.legalbilling.receivables.interest;

import dev.legalbilling.InvalidValueException;
import dev.legalbilling.agreement.InterestTerms;
import dev.legalbilling.invoice.InvoiceNumber;
import dev.legalbilling.money.Money;
import dev.legalbilling.receivables.LedgerEntry;
import dev.legalbilling.receivables.Receivable;
import dev.legalbilling.receivables.ReceivableState;
import dev.legalbilling.receivables.ReceivablesLedger;
import dev.legalbilling.receivables.UnknownInvoiceException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Computes late-payment interest where, and only where, the fee agreement provides for it.
 *
 * <p><b>Method.</b> Simple interest at the agreed annual rate, day count <b>Actual/365 Fixed</b> (actual calendar
 * days, always divided by 365, also in leap years). The accrual window runs from {@code accruesFrom = due date + grace
 * days} to {@code asOf}; its length is {@code asOf − accruesFrom} days, so an invoice due 31 January, no grace, paid
 * 10 February carries 10 days of interest. The principal is the invoice amount less payments, applied credit, credit
 * notes and write-offs (they reduce principal before interest: the client-favourable order), never interest already
 * charged (no compounding). A reduction dated {@code d} lowers the principal from day {@code d} on. Interest for the
 * window is rounded <b>once</b> per invoice per computation, half up, and what was already charged is subtracted, so
 * repeated computations never charge a day twice.
 *
 * <p><b>Without agreement.</b> When the fee agreement does not provide for interest, nothing is computed: an overdue
 * invoice with a balance yields an {@link InterestWithoutAgreement} fact for the ethics rule
 * {@value InterestWithoutAgreement#RULE_ID}; anything else yields {@link NoInterestDue}.
 *
 * <p>Stateless and thread-safe.
 */
public final class LateInterest {
    private static final BigDecimal PERCENT_DAYS_PER_YEAR = BigDecimal.valueOf(36_500);

    private LateInterest() {
    }

    /**
     * Assesses interest on one invoice.
     *
     * @param ledger the receivables
     * @param invoice the invoice
     * @param asOf the date to accrue to; not before the invoice date
     * @return an accrual, a without-agreement fact, or no interest due
     * @throws UnknownInvoiceException when the ledger does not hold the invoice
     * @throws InvalidValueException when {@code asOf} is before the invoice date
     */
    public static InterestAssessment assess(ReceivablesLedger ledger, InvoiceNumber invoice, LocalDate asOf) {
        ReceivableState state = ledger.state(invoice, asOf);
        Receivable r = state.receivable();
        InterestTerms terms = r.interestTerms();
        if (!asOf.isAfter(r.dueDate())) {
            return new NoInterestDue(invoice, asOf, NoInterestDue.Reason.NOT_OVERDUE);
        }
        if (!terms.agreed()) {
            if (!state.isOpen()) {
                return new NoInterestDue(invoice, asOf, NoInterestDue.Reason.NOTHING_OUTSTANDING);
            }
            return new InterestWithoutAgreement(invoice, r.client(), r.matter(), asOf, state.daysPastDue(),
                    state.balance());
        }
        LocalDate from = r.dueDate().plusDays(terms.graceDays());
        if (!asOf.isAfter(from)) {
            return new NoInterestDue(invoice, asOf, NoInterestDue.Reason.WITHIN_GRACE_PERIOD);
        }
        BigDecimal principalDays = principalDays(r, ledger.entries(invoice), from, asOf);
        int scale = Money.zero(r.currency()).amount().scale();
        BigDecimal exact = principalDays.multiply(terms.annualRatePercent());
        Money accrued = Money.of(exact.divide(PERCENT_DAYS_PER_YEAR, scale, RoundingMode.HALF_UP), r.currency());
        Money charged = state.interestCharged();
        Money due = accrued.minus(charged).max(Money.zero(r.currency()));
        return new InterestAccrual(invoice, asOf, terms.annualRatePercent(), from,
                ChronoUnit.DAYS.between(from, asOf), principalDays, accrued, charged, due);
    }

    /**
     * Accrues interest on every receivable whose fee agreement provides for it (others are left alone: a batch run
     * is not an attempt to charge them).
     *
     * @param ledger the receivables
     * @param asOf the date to accrue to
     * @return one accrual per agreed, overdue receivable past its grace period and invoiced on or before
     *     {@code asOf}, in ledger order
     */
    public static List<InterestAccrual> accrueAll(ReceivablesLedger ledger, LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf");
        List<InterestAccrual> out = new ArrayList<>();
        for (Receivable r : ledger.receivables()) {
            if (r.interestTerms().agreed() && !r.invoiceDate().isAfter(asOf)
                    && assess(ledger, r.invoice(), asOf) instanceof InterestAccrual a) {
                out.add(a);
            }
        }
        return List.copyOf(out);
    }

    /** Σ principal × days over [from, asOf), principal changing on the dates of reducing entries. */
    private static BigDecimal principalDays(Receivable r, List<LedgerEntry> entries, LocalDate from,
            LocalDate asOf) {
        TreeSet<LocalDate> changes = new TreeSet<>();
        for (LedgerEntry e : entries) {
            if (e.kind().invoiceSign() < 0 && e.date().isAfter(from) && e.date().isBefore(asOf)) {
                changes.add(e.date());
            }
        }
        BigDecimal total = BigDecimal.ZERO;
        LocalDate start = from;
        for (LocalDate next : changes) {
            total = total.add(principalOn(r, entries, start).multiply(days(start, next)));
            start = next;
        }
        return total.add(principalOn(r, entries, start).multiply(days(start, asOf)));
    }

    private static BigDecimal principalOn(Receivable r, List<LedgerEntry> entries, LocalDate day) {
        BigDecimal principal = r.amount().amount();
        for (LedgerEntry e : entries) {
            if (e.kind().invoiceSign() < 0 && !e.date().isAfter(day)) {
                principal = principal.subtract(e.amount().amount());
            }
        }
        return principal.max(BigDecimal.ZERO);
    }

    private static BigDecimal days(LocalDate from, LocalDate to) {
        return BigDecimal.valueOf(ChronoUnit.DAYS.between(from, to));
    }
}

package dev.legalbilling.receivables;

import dev.legalbilling.InvalidValueException;
import dev.legalbilling.invoice.InvoiceNumber;
import dev.legalbilling.money.Money;
import dev.legalbilling.party.ClientId;
import dev.legalbilling.party.MatterId;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A receivable as it stands on one date, derived from its ledger entries dated on or before that date
 * ({@link ReceivablesLedger#state(InvoiceNumber, LocalDate)}).
 *
 * <p>Always {@code balance = invoiced + interestCharged − paid − credited − writtenOff}, and the balance is never
 * negative. Besides amounts it carries the facts the ethics rules need: whether interest was charged and whether the
 * fee agreement allows it, whether and since when the invoice is disputed and for how much, and when notice of the
 * client's right to fee arbitration was served.
 *
 * <p>Immutable and thread-safe.
 *
 * @param receivable the receivable
 * @param asOf the date the state is taken on; not before the invoice date
 * @param invoiced the invoice amount
 * @param interestCharged interest charged so far
 * @param paid payments and client credit applied
 * @param credited credit notes
 * @param writtenOff write-offs
 * @param balance what the client still owes
 * @param status derived status (see {@link ReceivableStatus})
 * @param disputedSince the day the unresolved dispute was raised, or null when not disputed
 * @param amountInDispute the amount the client disputes; zero when not disputed
 * @param arbitrationNoticeServed the latest day notice of the right to fee arbitration was served, or null
 * @param lastPaymentDate the latest day a payment or credit was applied, or null
 */
public record ReceivableState(Receivable receivable, LocalDate asOf, Money invoiced, Money interestCharged,
        Money paid, Money credited, Money writtenOff, Money balance, ReceivableStatus status,
        LocalDate disputedSince, Money amountInDispute, LocalDate arbitrationNoticeServed,
        LocalDate lastPaymentDate) {

    /**
     * Validates that the amounts add up.
     *
     * @throws InvalidValueException when the balance is not the sum of the parts, is negative, or the date is before
     *     the invoice date
     */
    public ReceivableState {
        Objects.requireNonNull(receivable, "receivable");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(status, "status");
        if (asOf.isBefore(receivable.invoiceDate())) {
            throw new InvalidValueException("asOf", asOf,
                    "must not be before invoice date " + receivable.invoiceDate() + " of " + receivable.invoice());
        }
        Money expected = invoiced.plus(interestCharged).minus(paid).minus(credited).minus(writtenOff);
        if (!expected.equals(balance)) {
            throw new InvalidValueException("balance", balance,
                    "must equal invoiced + interest - paid - credited - written off = " + expected);
        }
        if (balance.isNegative()) {
            throw new InvalidValueException("balance", balance, "must not be negative on " + receivable.invoice());
        }
        Objects.requireNonNull(amountInDispute, "amountInDispute");
    }

    /**
     * Derives the state from a receivable's entries.
     *
     * @param receivable the receivable
     * @param entries its entries in posting order (dates non-decreasing)
     * @param asOf the date
     * @return the state counting entries dated on or before {@code asOf}
     */
    static ReceivableState derive(Receivable receivable, List<LedgerEntry> entries, LocalDate asOf) {
        Money zero = Money.zero(receivable.currency());
        Money invoiced = zero;
        Money interest = zero;
        Money paid = zero;
        Money credited = zero;
        Money writtenOff = zero;
        Money balance = zero;
        EntryKind closedBy = null;
        LocalDate disputedSince = null;
        Money inDispute = zero;
        LocalDate notice = null;
        LocalDate lastPayment = null;
        for (LedgerEntry e : entries) {
            if (e.date().isAfter(asOf)) {
                break;
            }
            switch (e.kind()) {
                case INVOICED -> invoiced = invoiced.plus(e.amount());
                case INTEREST_CHARGED -> interest = interest.plus(e.amount());
                case PAYMENT, CREDIT_APPLIED -> {
                    paid = paid.plus(e.amount());
                    lastPayment = e.date();
                }
                case CREDIT_NOTE -> credited = credited.plus(e.amount());
                case WRITE_OFF -> writtenOff = writtenOff.plus(e.amount());
                case DISPUTE_RAISED -> {
                    disputedSince = e.date();
                    inDispute = e.amount();
                }
                case DISPUTE_RESOLVED -> {
                    disputedSince = null;
                    inDispute = zero;
                }
                case ARBITRATION_NOTICE_SERVED -> notice = e.date();
                default -> throw new IllegalStateException("client-credit entry on invoice " + e);
            }
            balance = balance.plus(e.invoiceEffect());
            if (e.kind().invoiceSign() > 0) {
                closedBy = null;
            } else if (e.kind().invoiceSign() < 0 && balance.isZero()) {
                closedBy = e.kind();
            }
        }
        ReceivableStatus status;
        if (balance.isZero()) {
            status = closedBy == EntryKind.WRITE_OFF ? ReceivableStatus.WRITTEN_OFF : ReceivableStatus.PAID;
        } else if (disputedSince != null) {
            status = ReceivableStatus.DISPUTED;
        } else if (paid.isPositive()) {
            status = ReceivableStatus.PARTIALLY_PAID;
        } else {
            status = ReceivableStatus.OPEN;
        }
        return new ReceivableState(receivable, asOf, invoiced, interest, paid, credited, writtenOff, balance, status,
                disputedSince, inDispute, notice, lastPayment);
    }

    /** @return the invoice number */
    public InvoiceNumber invoice() {
        return receivable.invoice();
    }

    /** @return the client */
    public ClientId client() {
        return receivable.client();
    }

    /** @return the matter */
    public MatterId matter() {
        return receivable.matter();
    }

    /** @return the due date */
    public LocalDate dueDate() {
        return receivable.dueDate();
    }

    /** @return the currency */
    public Currency currency() {
        return receivable.currency();
    }

    /** @return calendar days from the due date to {@link #asOf()}: negative before, 0 on the due date */
    public long daysPastDue() {
        return ChronoUnit.DAYS.between(receivable.dueDate(), asOf);
    }

    /** @return true when the balance is above zero */
    public boolean isOpen() {
        return balance.isPositive();
    }

    /** @return true while a dispute is unresolved, whatever the balance */
    public boolean isDisputed() {
        return disputedSince != null;
    }

    /** @return the balance less the part of it in dispute (never below zero): what may be collected undisputed */
    public Money undisputedBalance() {
        return balance.minus(amountInDispute.min(balance));
    }

    /** @return true when interest has been charged on this invoice */
    public boolean chargesInterest() {
        return interestCharged.isPositive();
    }

    /** @return true when the fee agreement provides for late-payment interest */
    public boolean interestAgreed() {
        return receivable.interestTerms().agreed();
    }

    /** @return the day the unresolved dispute was raised, if disputed */
    public Optional<LocalDate> disputedSinceIfAny() {
        return Optional.ofNullable(disputedSince);
    }

    /** @return the latest day notice of the right to fee arbitration was served, if ever */
    public Optional<LocalDate> arbitrationNoticeServedIfAny() {
        return Optional.ofNullable(arbitrationNoticeServed);
    }

    /** @return the latest day a payment or credit was applied, if any */
    public Optional<LocalDate> lastPaymentDateIfAny() {
        return Optional.ofNullable(lastPaymentDate);
    }
}

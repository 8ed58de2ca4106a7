package dev.legalbilling.receivables.interest;

import dev.legalbilling.InvalidValueException;
import dev.legalbilling.invoice.InvoiceNumber;
import dev.legalbilling.money.Money;
import dev.legalbilling.receivables.InterestCharge;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Agreed late-payment interest on one invoice, accrued up to one date.
 *
 * <p>{@code accruedToDate = round(principalDays × annualRatePercent ÷ 36,500)}, rounded once, half up, to the
 * currency's minor unit; {@code principalDays} is the exact sum over the accrual window of the unpaid principal times
 * the days it was unpaid (Actual/365 Fixed). {@code due} is what has not been charged yet.
 *
 * @param invoice the invoice
 * @param asOf the end of the accrual window (exclusive: a payment on this day stops nothing more)
 * @param annualRatePercent the agreed simple rate, percent per year
 * @param accruesFrom the start of the accrual window: due date plus grace days
 * @param days calendar days in the window, {@code asOf − accruesFrom}
 * @param principalDays Σ unpaid principal × days, in currency units × days; exact
 * @param accruedToDate interest for the whole window, rounded once
 * @param alreadyCharged interest already posted to the invoice
 * @param due {@code max(accruedToDate − alreadyCharged, 0)}
 */
public record InterestAccrual(InvoiceNumber invoice, LocalDate asOf, BigDecimal annualRatePercent,
        LocalDate accruesFrom, long days, BigDecimal principalDays, Money accruedToDate, Money alreadyCharged,
        Money due) implements InterestAssessment {

    /**
     * Validates that {@code due} follows from the other amounts.
     *
     * @throws InvalidValueException when it does not, or the window is empty
     */
    public InterestAccrual {
        Objects.requireNonNull(invoice, "invoice");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(annualRatePercent, "annualRatePercent");
        Objects.requireNonNull(accruesFrom, "accruesFrom");
        Objects.requireNonNull(principalDays, "principalDays");
        if (days <= 0) {
            throw new InvalidValueException("days", days, "must be above zero");
        }
        Money expected = accruedToDate.minus(alreadyCharged).max(Money.zero(accruedToDate.currency()));
        if (!expected.equals(due)) {
            throw new InvalidValueException("due", due, "must be accrued minus already charged = " + expected);
        }
    }

    /** @return an interest charge for {@link #due()} dated {@link #asOf()}, when anything is due */
    public Optional<InterestCharge> toCharge() {
        return due.isPositive() ? Optional.of(new InterestCharge(invoice, asOf, due)) : Optional.empty();
    }
}

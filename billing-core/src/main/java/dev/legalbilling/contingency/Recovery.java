package dev.legalbilling.contingency;

import dev.legalbilling.InvalidValueException;
import dev.legalbilling.money.CurrencyMismatchException;
import dev.legalbilling.money.Money;
import java.time.LocalDate;
import java.util.Objects;

/**
 * How a contingent matter (or a hybrid matter's success component) ended: when, at which {@link Stage}, what was
 * recovered for the client (a settlement or a collected judgment) and the case costs to be reimbursed out of it.
 *
 * <p>The one recovery type: a {@code ContingencyFee} bills it and writes its closing statement, a
 * {@code SuccessFee} is computed from it, and a {@code FeeAgreement} records it as the outcome the ethics rules
 * (closing statement, statutory cap) judge. A zero amount is a loss; a win without money (a defence verdict that
 * triggers a fixed success bonus) is also a recovery of zero. Immutable and thread-safe.
 *
 * @param date the day the recovery was received or the outcome (settlement, judgment, final decision) reached
 * @param amount the gross amount recovered, not negative; zero when lost
 * @param stage how far the matter had gone
 * @param costs the case costs and expenses of the whole matter, reimbursed out of this recovery; not negative, same
 *     currency as the amount
 */
public record Recovery(LocalDate date, Money amount, Stage stage, Money costs) {
    /**
     * Validates the recovery.
     *
     * @throws InvalidValueException when an amount is negative or the date is missing
     * @throws CurrencyMismatchException when amount and costs are in different currencies
     */
    public Recovery {
        if (date == null) {
            throw new InvalidValueException("recovery.date", null, "is required");
        }
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(costs, "costs");
        if (amount.isNegative()) {
            throw new InvalidValueException("recovery.amount", amount, "must not be negative");
        }
        if (costs.isNegative()) {
            throw new InvalidValueException("recovery.costs", costs, "must not be negative");
        }
        if (!costs.currency().equals(amount.currency())) {
            throw new CurrencyMismatchException(amount.currency(), costs.currency());
        }
    }

    /**
     * @param date the day
     * @param amount gross amount recovered
     * @param stage stage reached
     * @return a recovery with no costs to reimburse
     */
    public static Recovery withoutCosts(LocalDate date, Money amount, Stage stage) {
        return new Recovery(date, amount, stage, Money.zero(amount.currency()));
    }

    /** @return true when nothing was recovered */
    public boolean isLoss() {
        return amount.isZero();
    }

    /**
     * @param basis what the fee is measured on
     * @return the amount a percentage applies to under that basis: the whole recovery ({@link Basis#GROSS}), or the
     *     recovery less costs, never below zero ({@link Basis#NET})
     */
    public Money feeBase(Basis basis) {
        return basis == Basis.NET ? amount.minus(costs).max(Money.zero(amount.currency())) : amount;
    }
}

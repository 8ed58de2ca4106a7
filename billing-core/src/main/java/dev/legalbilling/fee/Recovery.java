package dev.legalbilling.fee;

import dev.legalbilling.InvalidValueException;
import dev.legalbilling.money.CurrencyMismatchException;
import dev.legalbilling.money.Money;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A successful outcome recorded on a matter: money recovered for the client (a settlement or a collected judgment)
 * at some stage, with the case costs to be reimbursed out of it.
 *
 * <p>Contingency fees and success fees are computed from it. A win without money (a defence verdict that triggers a
 * fixed success bonus) is a recovery of zero. Immutable and thread-safe.
 *
 * @param date the day the recovery was received or the outcome achieved
 * @param amount the gross amount recovered, not negative
 * @param stage how far the matter had gone
 * @param costs the case costs advanced by the firm over the whole matter, reimbursed out of this recovery; not
 *     negative, same currency as the amount
 */
public record Recovery(LocalDate date, Money amount, LitigationStage stage, Money costs) {
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
    public static Recovery withoutCosts(LocalDate date, Money amount, LitigationStage stage) {
        return new Recovery(date, amount, stage, Money.zero(amount.currency()));
    }
}

package dev.legalbilling.trust;

import dev.legalbilling.InvalidValueException;
import dev.legalbilling.internal.Checks;
import dev.legalbilling.money.Money;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One item in a bank reconciliation: a deposit in transit, an outstanding check, or a bank charge or interest
 * credit shown on the statement.
 *
 * @param date the day of the item (deposit or check date; posting date on the statement); never null
 * @param reference check number, deposit slip or the bank's description, e.g. {@code 1047}; not blank
 * @param amount the amount, always positive; never null
 */
public record StatementItem(LocalDate date, String reference, Money amount) {
    /** Validates the item. */
    public StatementItem {
        Objects.requireNonNull(date, "date");
        reference = Checks.identifier("reference", reference);
        Objects.requireNonNull(amount, "amount");
        if (!amount.isPositive()) {
            throw new InvalidValueException("amount", amount, "of statement item " + reference + " must be positive");
        }
    }
}

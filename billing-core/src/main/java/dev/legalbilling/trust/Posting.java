package dev.legalbilling.trust;

import dev.legalbilling.InvalidValueException;
import dev.legalbilling.money.Money;
import java.util.Objects;

/**
 * One line of a trust transaction: a signed amount credited (positive) or debited (negative) to one ledger.
 *
 * @param ledger the ledger; never null
 * @param amount the signed amount; never null or zero
 */
public record Posting(LedgerId ledger, Money amount) {
    /** Validates the posting. */
    public Posting {
        Objects.requireNonNull(ledger, "ledger");
        Objects.requireNonNull(amount, "amount");
        if (amount.isZero()) {
            throw new InvalidValueException("posting.amount", amount, "must not be zero");
        }
    }

    /** @return this posting with the opposite sign */
    public Posting negate() {
        return new Posting(ledger, amount.negate());
    }
}

package dev.legalbilling.fee;

import dev.legalbilling.InvalidValueException;
import dev.legalbilling.contingency.Recovery;
import dev.legalbilling.money.Fraction;
import dev.legalbilling.money.Money;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * The success part of a {@link HybridFee}: either a share of the gross recovery or a fixed bonus, due when a
 * {@link Recovery} (a successful outcome) is recorded.
 *
 * <p>Exactly one of the two components is set. Immutable and thread-safe.
 *
 * @param shareOfRecovery share of the gross recovery, or null for a fixed bonus
 * @param fixedBonus fixed amount on success, not negative, or null for a share
 */
public record SuccessFee(Fraction shareOfRecovery, Money fixedBonus) {
    /**
     * Validates the fee.
     *
     * @throws InvalidValueException when both or neither component is set, the share is above 100 % or the bonus is
     *     negative
     */
    public SuccessFee {
        if (shareOfRecovery != null && !shareOfRecovery.isAtMostOne()) {
            throw new InvalidValueException("successFee.shareOfRecovery", shareOfRecovery.toPercentString(),
                    "must be at most 100%");
        }
        if ((shareOfRecovery == null) == (fixedBonus == null)) {
            throw new InvalidValueException("successFee", shareOfRecovery == null ? "neither" : "both",
                    "must be either a share of the recovery or a fixed bonus");
        }
        if (fixedBonus != null && fixedBonus.isNegative()) {
            throw new InvalidValueException("successFee.fixedBonus", fixedBonus, "must not be negative");
        }
    }

    /**
     * @param share share of the gross recovery
     * @return a success fee of that share
     */
    public static SuccessFee shareOf(Fraction share) {
        return new SuccessFee(Objects.requireNonNull(share, "share"), null);
    }

    /**
     * @param bonus amount due on success
     * @return a fixed success bonus
     */
    public static SuccessFee fixed(Money bonus) {
        return new SuccessFee(null, Objects.requireNonNull(bonus, "bonus"));
    }

    /**
     * @param recovery the successful outcome
     * @param rounding how a share is rounded (once)
     * @return the success fee it earns
     */
    public Money amountFor(Recovery recovery, RoundingMode rounding) {
        return fixedBonus != null ? fixedBonus : recovery.amount().times(shareOfRecovery, rounding);
    }

    /**
     * @param recovery the successful outcome
     * @param rounding how a share is rounded
     * @return e.g. {@code "success fee: 10% of the recovery USD 500000.00 = USD 50000.00"}
     */
    public String explanation(Recovery recovery, RoundingMode rounding) {
        Money amount = amountFor(recovery, rounding);
        return fixedBonus != null
                ? "success fee: fixed bonus " + amount + " on the outcome of " + recovery.date()
                : "success fee: " + shareOfRecovery.toPercentString() + " of the recovery " + recovery.amount() + " = " + amount;
    }
}

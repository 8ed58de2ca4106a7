package dev.legalbilling.agreement;

import dev.legalbilling.contingency.Basis;

/**
 * When a contingent-fee agreement deducts litigation costs and expenses from the recovery: before the fee is
 * calculated (the fee is a percentage of the net recovery) or after (a percentage of the gross recovery). ABA Model
 * Rule 1.5(c) requires the agreement to say which.
 */
public enum CostsDeduction {
    /** Costs come off the recovery first; the percentage applies to what remains. */
    BEFORE_FEE,
    /** The percentage applies to the whole recovery; costs come out of the client's share. */
    AFTER_FEE;

    /** @return {@link Basis#NET} before the fee, {@link Basis#GROSS} after */
    public Basis basis() {
        return this == BEFORE_FEE ? Basis.NET : Basis.GROSS;
    }
}

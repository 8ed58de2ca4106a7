package dev.legalbilling.trust;

/** Why money was deposited to trust; recorded on every {@link TransactionType#DEPOSIT}. */
public enum DepositPurpose {
    /** Money held for the client for any other purpose (escrow, a real-estate closing, funds to pay on). */
    CLIENT_FUNDS,
    /**
     * A fee paid before it is earned: a retainer or a flat fee. ABA Formal Op. 505 (2023): it stays in trust until
     * earned, whatever the agreement calls it ("nonrefundable", "earned on receipt").
     */
    ADVANCE_FEE,
    /** Money paid ahead for expenses; withdrawn only as the expenses are incurred (Rule 1.15(c)). */
    ADVANCE_COSTS,
    /** Proceeds of a settlement or judgment, to be distributed per the closing statement. */
    SETTLEMENT_PROCEEDS
}

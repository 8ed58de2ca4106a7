package dev.legalbilling.trust;

/** The likely causes a reconciliation report names for a difference. */
public enum DiscrepancyKind {
    /** The statement shows a bank charge the journal does not record (bank lower than journal). */
    UNRECORDED_BANK_CHARGE,
    /** The statement shows interest the journal does not record (bank higher than journal). */
    UNRECORDED_INTEREST,
    /** Two journal deposits of the difference's amount share a date or reference: one may be a duplicate. */
    DEPOSIT_RECORDED_TWICE,
    /** A journal payment of the difference's amount is not on the outstanding-check list. */
    OUTSTANDING_CHECK_NOT_LISTED,
    /** A journal deposit of the difference's amount in the period is not on the deposits-in-transit list. */
    DEPOSIT_IN_TRANSIT_NOT_LISTED,
    /**
     * The difference is divisible by 9 (in minor units), the signature of two transposed digits; candidate entries
     * whose amount, with two adjacent digits swapped, changes by exactly the difference are named.
     */
    TRANSPOSITION,
    /** The ledgers do not add up to the journal balance. */
    LEDGERS_DO_NOT_MATCH_JOURNAL,
    /** A ledger is below zero: the reconciliation fails even if the totals agree. */
    NEGATIVE_LEDGER,
    /** A difference remains that no heuristic explains; the explanation lists where to look. */
    UNEXPLAINED
}

package dev.legalbilling.receivables;

/**
 * Why a receivable was reduced by a write-off or credit note. Leakage metrics group reductions by these reasons.
 */
public enum AdjustmentReason {
    /** A discount granted after billing to keep the relationship. */
    COURTESY_DISCOUNT,
    /** The invoice was wrong (rate, hours, duplicate line). */
    BILLING_ERROR,
    /** Reduced to comply with the client's billing guidelines after review. */
    CLIENT_GUIDELINE_REDUCTION,
    /** Agreed to settle a fee dispute. */
    FEE_DISPUTE_SETTLEMENT,
    /** The client cannot or will not pay (bad debt). */
    UNCOLLECTIBLE,
    /** A balance too small to pursue. */
    SMALL_BALANCE,
    /** Any other reason. */
    OTHER
}

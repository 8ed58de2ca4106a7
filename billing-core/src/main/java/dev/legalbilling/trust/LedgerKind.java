package dev.legalbilling.trust;

/** The three kinds of ledger that together account for every cent in a trust account. */
public enum LedgerKind {
    /** Money held for one client (and optionally one matter). */
    CLIENT,
    /**
     * The firm's own money kept in the account only to pay bank charges (ABA Model Rule 1.15(b)); limited by
     * {@link TrustAccountingProfile#bankChargeCushionMax()}.
     */
    FIRM_FUNDS,
    /**
     * Money received whose owner is not yet known. It must be searched for and then moved to a client ledger with
     * an {@link TransactionType#IDENTIFICATION} entry (Alabama Op. 1988-92; Arizona 97-03; D.C. 359).
     */
    UNIDENTIFIED
}

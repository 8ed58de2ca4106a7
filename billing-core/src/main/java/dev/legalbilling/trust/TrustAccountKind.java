package dev.legalbilling.trust;

/**
 * What kind of trust bank account holds the money (Brown v. Legal Found. of Wash., 538 U.S. 216 (2003)).
 */
public enum TrustAccountKind {
    /**
     * A pooled Interest on Lawyers' Trust Accounts account for nominal or short-held funds. Its interest goes to the
     * IOLTA foundation, not to the firm or a client, so the journal refuses {@link TransactionType#INTEREST} entries
     * on it.
     */
    IOLTA,
    /**
     * A separate interest-bearing trust account for funds that can earn net interest for one client; interest is
     * credited to that client's ledger.
     */
    SEPARATE_INTEREST_BEARING
}

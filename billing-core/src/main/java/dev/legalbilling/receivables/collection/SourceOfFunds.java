package dev.legalbilling.receivables.collection;

/**
 * Where the money a collection step seeks would come from. Taking funds held in trust for the client is allowed only
 * for earned, undisputed fees (ABA Model Rule 1.15(c), (e); Model Rules for Client Trust Account Records, Rule 2
 * comment); the ethics rule {@code ETH-COLLECTION-ON-TRUST} checks it.
 */
public enum SourceOfFunds {
    /** The client pays from its own money. */
    CLIENT_PAYMENT,
    /** The firm takes money it holds in trust for the client. */
    FUNDS_HELD_IN_TRUST
}

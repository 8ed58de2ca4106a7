package dev.legalbilling.agreement;

/**
 * What a contingent-fee agreement says the client owes if the matter is lost (ABA Model Rule 1.5(c): the agreement
 * must state the expenses the client pays whatever the outcome).
 */
public enum OwedIfLost {
    /** Nothing: the lawyer bears the costs advanced (permitted by Rule 1.8(e)). */
    NOTHING,
    /** The costs and expenses advanced, but no fee. */
    EXPENSES
}

package dev.legalbilling.receivables.collection;

/** A step taken to collect unpaid fees, from mildest to strongest. */
public enum CollectionActionType {
    /** A payment reminder (letter, e-mail, call). */
    REMINDER,
    /** A formal demand for payment, typically threatening further steps. */
    DEMAND_LETTER,
    /** Handing the debt to a collection agency. */
    REFERRAL_TO_AGENCY,
    /** Suing the client (or serving a claim) for the fees. */
    LAWSUIT
}

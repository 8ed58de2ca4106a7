package dev.legalbilling.work;

/** Whether a receipt backs an expense. LEDES files carry no receipt information, so their expenses are UNKNOWN. */
public enum Receipt {
    /** A receipt is attached. */
    ATTACHED,
    /** No receipt is attached. */
    MISSING,
    /** Not known (e.g. read from LEDES). Receipt rules do not fire on unknown receipts. */
    UNKNOWN
}

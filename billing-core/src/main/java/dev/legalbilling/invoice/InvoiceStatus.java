package dev.legalbilling.invoice;

/** Where an invoice is in its life. */
public enum InvoiceStatus {
    /** Lines may still be added and the invoice rebuilt. */
    DRAFT,
    /** Frozen: sent or ready to send; only correction lines (write-downs, discounts, credits) may be appended. */
    FINAL
}

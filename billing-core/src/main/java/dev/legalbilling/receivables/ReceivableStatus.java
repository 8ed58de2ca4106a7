package dev.legalbilling.receivables;

/**
 * Where a receivable stands on a given date. Always derived from the invoice's ledger entries, never stored.
 *
 * <p>Derivation, in order: a zero balance is {@link #WRITTEN_OFF} when the entry that brought it to zero was a
 * write-off and {@link #PAID} otherwise (payment, applied client credit or credit note; also a zero-amount invoice);
 * a positive balance with an unresolved dispute is {@link #DISPUTED}; a positive balance after any payment or
 * applied credit is {@link #PARTIALLY_PAID}; anything else is {@link #OPEN}.
 */
public enum ReceivableStatus {
    /** Nothing paid yet (credit notes and partial write-offs may have reduced the balance). */
    OPEN("open"),
    /** Some payment or client credit applied, balance still positive. */
    PARTIALLY_PAID("partially paid"),
    /** Settled: balance zero, last reduced by a payment, applied credit or credit note. */
    PAID("paid"),
    /** Closed by a write-off: balance zero, last reduced by a write-off. */
    WRITTEN_OFF("written off"),
    /** The client disputes the invoice and the dispute is unresolved; balance positive. Reminders pause. */
    DISPUTED("disputed");

    private final String label;

    ReceivableStatus(String label) {
        this.label = label;
    }

    /** @return a lower-case label for reports, e.g. {@code "partially paid"} */
    public String label() {
        return label;
    }
}

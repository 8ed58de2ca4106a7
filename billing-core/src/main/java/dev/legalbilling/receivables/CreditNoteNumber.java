package dev.legalbilling.receivables;

import dev.legalbilling.internal.Checks;

/**
 * The number of a credit note. Unique within a {@link ReceivablesLedger}.
 *
 * @param value not blank, no control characters, no surrounding white space
 */
public record CreditNoteNumber(String value) {
    /** Validates the number. */
    public CreditNoteNumber {
        value = Checks.identifier("creditNoteNumber", value);
    }

    /**
     * @param value the number text
     * @return the credit note number
     */
    public static CreditNoteNumber of(String value) {
        return new CreditNoteNumber(value);
    }

    @Override
    public String toString() {
        return value;
    }
}

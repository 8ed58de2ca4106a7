package dev.legalbilling.invoice;

import dev.legalbilling.InvalidValueException;

/** The kind of an invoice line, with its LEDES EXP/FEE/INV_ADJ_TYPE code. */
public enum LineType {
    /** A fee for time or a flat or contingent fee ({@code F}). */
    FEE("F"),
    /** An expense ({@code E}). */
    EXPENSE("E"),
    /** An invoice-level adjustment of fees ({@code IF}): discount, write-down, premium. */
    FEE_ADJUSTMENT("IF"),
    /** An invoice-level adjustment of expenses ({@code IE}). */
    EXPENSE_ADJUSTMENT("IE");

    private final String ledesCode;

    LineType(String ledesCode) {
        this.ledesCode = ledesCode;
    }

    /** @return {@code F}, {@code E}, {@code IF} or {@code IE} */
    public String ledesCode() {
        return ledesCode;
    }

    /** @return true for IF and IE lines */
    public boolean isInvoiceAdjustment() {
        return this == FEE_ADJUSTMENT || this == EXPENSE_ADJUSTMENT;
    }

    /** @return true for F and IF lines */
    public boolean isFee() {
        return this == FEE || this == FEE_ADJUSTMENT;
    }

    /**
     * @param code a LEDES type code
     * @return the line type
     * @throws InvalidValueException when the code is not F, E, IF or IE
     */
    public static LineType fromLedesCode(String code) {
        for (LineType t : values()) {
            if (t.ledesCode.equals(code)) {
                return t;
            }
        }
        throw new InvalidValueException("EXP/FEE/INV_ADJ_TYPE", code, "must be F, E, IF or IE");
    }
}

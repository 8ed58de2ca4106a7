package dev.legalbilling.money;

import dev.legalbilling.BillingException;
import java.util.Currency;

/**
 * Two amounts in different currencies were combined or compared. Code: {@code MONEY_CURRENCY_MISMATCH}.
 */
public final class CurrencyMismatchException extends BillingException {
    private static final long serialVersionUID = 1L;

    private final transient Currency expected;
    private final transient Currency actual;

    /**
     * @param expected the currency of the left-hand amount
     * @param actual the currency of the right-hand amount
     */
    public CurrencyMismatchException(Currency expected, Currency actual) {
        super("MONEY_CURRENCY_MISMATCH",
                "cannot combine amounts in " + expected.getCurrencyCode() + " and " + actual.getCurrencyCode());
        this.expected = expected;
        this.actual = actual;
    }

    /** @return the currency that was expected (left-hand side) */
    public Currency expected() {
        return expected;
    }

    /** @return the currency that was found (right-hand side) */
    public Currency actual() {
        return actual;
    }
}

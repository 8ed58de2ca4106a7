package dev.legalbilling.trust;

import dev.legalbilling.money.Money;

/**
 * Refused: the firm's own money in the account would exceed the
 * {@link TrustAccountingProfile#bankChargeCushionMax() bank-charge cushion} (commingling; Rule 1.15(b) allows only
 * the amount needed for bank charges). Code {@code TRUST_FIRM_FUNDS_OVER_LIMIT}.
 */
public final class FirmFundsLimitException extends TrustTransactionRefusedException {
    private static final long serialVersionUID = 1L;

    private final transient Money limit;
    private final transient Money resultingBalance;

    /**
     * @param transaction the refused transaction
     * @param limit the profile's cushion maximum
     * @param resultingBalance the highest firm-funds balance it would cause
     */
    public FirmFundsLimitException(TrustTransaction transaction, Money limit, Money resultingBalance) {
        super("TRUST_FIRM_FUNDS_OVER_LIMIT", transaction, "refused " + transaction.type() + " of "
                + transaction.bankAmount().abs() + " on " + transaction.date() + ": firm funds would reach "
                + resultingBalance + ", above the bank-charge cushion of " + limit);
        this.limit = limit;
        this.resultingBalance = resultingBalance;
    }

    /** @return the profile's cushion maximum */
    public Money limit() {
        return limit;
    }

    /** @return the firm-funds balance the transaction would have caused */
    public Money resultingBalance() {
        return resultingBalance;
    }
}

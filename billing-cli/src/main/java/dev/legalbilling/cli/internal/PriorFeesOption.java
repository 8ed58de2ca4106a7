package dev.legalbilling.cli.internal;

import dev.legalbilling.InvalidValueException;
import dev.legalbilling.money.Money;
import java.util.Currency;
import picocli.CommandLine.Option;

/**
 * {@code --prior-fees AMOUNT}, shared by {@code billing check} and {@code billing invoice}: the fees billed on the
 * matter before, in the matter's currency, read with the command line's one amount parser ({@link MoneyOption}) once
 * the currency is known. Created with the command for one run; not thread-safe.
 */
public final class PriorFeesOption {
    static final String NAME = "--prior-fees";

    @Option(names = NAME, paramLabel = "AMOUNT",
            description = "Fees billed on the matter before, in its currency (e.g. 2500 or 2,500.00): for budgets,"
                    + " volume discounts and not-to-exceed caps. Default: 0.")
    String typed;

    /** @return true when the option was given */
    public boolean isSet() {
        return typed != null;
    }

    /**
     * @param currency the matter's currency
     * @return the amount given, or zero in that currency when the option was not given
     * @throws InvalidValueException naming the option when the text is not an amount of zero or more in the currency
     */
    public Money in(Currency currency) {
        return typed == null ? Money.zero(currency) : MoneyOption.nonNegative(NAME, typed, currency);
    }
}

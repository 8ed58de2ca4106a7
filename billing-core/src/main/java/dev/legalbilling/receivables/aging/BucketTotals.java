package dev.legalbilling.receivables.aging;

import dev.legalbilling.InvalidValueException;
import dev.legalbilling.money.CurrencyMismatchException;
import dev.legalbilling.money.Money;
import java.util.Collections;
import java.util.Currency;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * Open balances per aging band for a client, a matter or the firm, in one currency. {@link #total()} is the exact
 * sum of the bands. Immutable and thread-safe.
 *
 * @param currency the currency of every amount
 * @param amounts an amount for every band (missing bands are filled with zero); unmodifiable
 * @param invoices how many open invoices the totals cover
 */
public record BucketTotals(Currency currency, Map<AgingBucket, Money> amounts, int invoices) {

    /**
     * Validates the totals and fills missing bands with zero.
     *
     * @throws CurrencyMismatchException when an amount is in another currency
     * @throws InvalidValueException when an amount is negative or the invoice count is negative
     */
    public BucketTotals {
        Objects.requireNonNull(currency, "currency");
        EnumMap<AgingBucket, Money> copy = new EnumMap<>(AgingBucket.class);
        for (AgingBucket b : AgingBucket.values()) {
            Money m = amounts == null ? null : amounts.get(b);
            m = m == null ? Money.zero(currency) : m;
            if (!m.currency().equals(currency)) {
                throw new CurrencyMismatchException(currency, m.currency());
            }
            if (m.isNegative()) {
                throw new InvalidValueException("amount", m, "must not be negative in band " + b.label());
            }
            copy.put(b, m);
        }
        amounts = Collections.unmodifiableMap(copy);
        if (invoices < 0) {
            throw new InvalidValueException("invoices", invoices, "must not be negative");
        }
    }

    /**
     * @param currency a currency
     * @return zero in every band
     */
    public static BucketTotals zero(Currency currency) {
        return new BucketTotals(currency, Map.of(), 0);
    }

    /**
     * @param line an aging line in this currency
     * @return new totals with the line's balance added to its band and one more invoice
     * @throws CurrencyMismatchException when the line is in another currency
     */
    public BucketTotals plus(AgingLine line) {
        EnumMap<AgingBucket, Money> copy = new EnumMap<>(amounts);
        copy.put(line.bucket(), copy.get(line.bucket()).plus(line.balance()));
        return new BucketTotals(currency, copy, invoices + 1);
    }

    /**
     * @param bucket a band
     * @return the amount in it
     */
    public Money amount(AgingBucket bucket) {
        return amounts.get(bucket);
    }

    /** @return the exact sum of all bands */
    public Money total() {
        return Money.sum(amounts.values(), currency);
    }

    /** @return the sum of the bands past due (all but {@link AgingBucket#CURRENT}) */
    public Money pastDue() {
        return total().minus(amount(AgingBucket.CURRENT));
    }
}

package dev.legalbilling.json.matter.internal;

import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import dev.legalbilling.money.CurrencyMismatchException;
import dev.legalbilling.money.Money;
import dev.legalbilling.money.UnitPrice;
import java.math.BigDecimal;
import java.util.Currency;

/**
 * Amounts in matter and work files are plain decimals in the document's currency (the matter's), which readers and
 * writers carry as an attribute. Not API.
 */
public final class DocumentCurrency {
    /** Reader and writer attribute key whose value is the document's {@link Currency}. */
    public static final String CURRENCY = "dev.legalbilling.json.matter.currency";

    private DocumentCurrency() {
    }

    /**
     * @param ctxt the deserialization context
     * @return the document currency
     * @throws KeyedException when the reader was not given one
     */
    public static Currency currency(DeserializationContext ctxt) {
        if (ctxt.getAttribute(CURRENCY) instanceof Currency currency) {
            return currency;
        }
        throw KeyedException.of(null, "holds amounts, which are in the document's currency, but the reader was not"
                + " given one (use MatterJsonModule.inCurrency)");
    }

    /**
     * @param key where the amount was read
     * @param amount the amount, or null
     * @param currency the document currency
     * @return the money, or null when the amount is null
     * @throws KeyedException when the amount has more decimals than the currency allows
     */
    public static Money money(String key, BigDecimal amount, Currency currency) {
        return amount == null ? null : KeyedException.at(key, () -> Money.of(amount, currency));
    }

    /**
     * @param key where the price was read
     * @param amount the price, or null
     * @param currency the document currency
     * @return the unit price, or null when the amount is null
     * @throws KeyedException when the price is negative or has more than four decimals
     */
    public static UnitPrice price(String key, BigDecimal amount, Currency currency) {
        return amount == null ? null : KeyedException.at(key, () -> UnitPrice.of(amount, currency));
    }

    /**
     * @param money an amount to write, or null
     * @param provider the provider, whose currency attribute (when set) the amount must be in
     * @return the plain decimal, or null
     * @throws CurrencyMismatchException when the amount is in another currency than the document's
     */
    public static BigDecimal plain(Money money, SerializerProvider provider) {
        if (money == null) {
            return null;
        }
        check(money.currency(), provider);
        return money.amount();
    }

    /**
     * @param price a price to write, or null
     * @param provider the provider, whose currency attribute (when set) the price must be in
     * @return the plain decimal, or null
     * @throws CurrencyMismatchException when the price is in another currency than the document's
     */
    public static BigDecimal plain(UnitPrice price, SerializerProvider provider) {
        if (price == null) {
            return null;
        }
        check(price.currency(), provider);
        return price.amount();
    }

    private static void check(Currency currency, SerializerProvider provider) {
        if (provider.getAttribute(CURRENCY) instanceof Currency document && !document.equals(currency)) {
            throw new CurrencyMismatchException(document, currency);
        }
    }
}

/**
 * Exact money: {@link dev.legalbilling.money.Money} (an amount at the currency's minor unit) and
 * {@link dev.legalbilling.money.UnitPrice} (a price per unit, up to four decimals). Nothing here uses
 * {@code double}; rounding happens only where a {@link java.math.RoundingMode} is passed.
 * {@link dev.legalbilling.money.MoneyFormat} is the one way amounts are written as text.
 */
package dev.legalbilling.money;

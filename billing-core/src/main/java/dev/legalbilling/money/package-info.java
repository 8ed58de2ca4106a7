/**
 * Exact money: {@link dev.legalbilling.money.Money} (an amount at the currency's minor unit) and
 * {@link dev.legalbilling.money.UnitPrice} (a price per unit, up to four decimals), the exact rational
 * {@link dev.legalbilling.money.Fraction} every rate and share is, and the marginal rate schedule
 * ({@link dev.legalbilling.money.TieredSchedule} of {@link dev.legalbilling.money.Tier}s, charging a
 * {@link dev.legalbilling.money.TieredAmount}) shared by contingent fees, statutory caps and volume discounts. Nothing here uses
 * {@code double}; rounding happens only where a {@link java.math.RoundingMode} is passed.
 * {@link dev.legalbilling.money.MoneyFormat} is the one way amounts are written as text.
 */
package dev.legalbilling.money;

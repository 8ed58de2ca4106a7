package dev.legalbilling.fee;

import dev.legalbilling.InvalidValueException;
import dev.legalbilling.money.CurrencyMismatchException;
import dev.legalbilling.money.Fraction;
import dev.legalbilling.money.Money;
import dev.legalbilling.money.TieredAmount;
import dev.legalbilling.money.TieredSchedule;
import dev.legalbilling.money.UnitPrice;
import dev.legalbilling.party.Timekeeper;
import dev.legalbilling.rate.RateSelection;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * Hourly billing on negotiated terms: a blended team rate, a client discount, volume discounts on cumulative fees and
 * a not-to-exceed cap, each optional.
 *
 * <p>Time is priced as under {@link HourlyFee} (its card, increment and rounding), except that a blended rate, when
 * set, prices every timekeeper's hours and the card is not consulted. Expenses are billed at cost. The invoice's fee
 * lines then receive invoice-level fee adjustments (IF lines), each rounded once, in this order:
 * <ol>
 *   <li><b>client discount</b>: {@code −discount × fees};
 *   <li><b>volume discount</b>: the {@code volumeDiscounts} schedule (rates are discount shares) applied to the slice
 *       of cumulative fees this invoice adds, from {@link UnbilledWork#priorFees()} to prior fees plus the fees after
 *       the client discount: "5 % off fees above USD 100,000" is {@code 0 % up to 100,000, 5 % above};
 *   <li><b>not-to-exceed cap</b>: when prior fees plus this invoice's fees after discounts pass the cap, an IF line
 *       takes off the excess (at most this invoice's fees, never more: earlier invoices are not refunded here).
 * </ol>
 * The cap is enforced with a negative adjustment line rather than by cutting lines, so every hour worked stays on the
 * invoice at its rate and the client sees exactly what the cap saved.
 *
 * <p>Immutable and thread-safe.
 *
 * @param hourly rate card, billing increment and rounding of the time lines and adjustments
 * @param discount the client discount on fees; {@link Fraction#ZERO} for none
 * @param blendedRate one hourly rate for every timekeeper, or null to use the rate card
 * @param volumeDiscounts discount shares by band of cumulative fees, or null for none
 * @param notToExceed the cap on cumulative fees of the matter, or null for none; not negative
 */
public record CustomRates(HourlyFee hourly, Fraction discount, UnitPrice blendedRate,
        TieredSchedule volumeDiscounts, Money notToExceed) implements FeeArrangement {

    /**
     * Validates the terms.
     *
     * @throws InvalidValueException when the cap is negative or the discount above 100 %
     */
    public CustomRates {
        Objects.requireNonNull(hourly, "hourly");
        discount = discount == null ? Fraction.ZERO : discount;
        if (!discount.isAtMostOne()) {
            throw new InvalidValueException("discount", discount.toPercentString(), "must be at most 100%");
        }
        if (notToExceed != null && notToExceed.isNegative()) {
            throw new InvalidValueException("notToExceed", notToExceed, "must not be negative");
        }
    }

    /**
     * @param hourly rate card, increment and rounding
     * @return a builder with no discount, blended rate, volume discount or cap
     */
    public static Builder builder(HourlyFee hourly) {
        return new Builder(hourly);
    }

    /** @return the blended rate, if one replaces the rate card */
    public Optional<UnitPrice> blendedRateIfSet() {
        return Optional.ofNullable(blendedRate);
    }

    /** @return the volume discount schedule, if any */
    public Optional<TieredSchedule> volumeDiscountsIfSet() {
        return Optional.ofNullable(volumeDiscounts);
    }

    /** @return the not-to-exceed cap, if any */
    public Optional<Money> notToExceedIfSet() {
        return Optional.ofNullable(notToExceed);
    }

    @Override
    public PricedWork bill(UnbilledWork work) {
        LineSheet sheet = new LineSheet(work, hourly.rounding());
        billOnto(sheet);
        return sheet.finish(List.of());
    }

    /** Adds time and expense lines and the fee adjustments to a sheet; shared with {@link HybridFee}. */
    void billOnto(LineSheet sheet) {
        UnbilledWork work = sheet.work();
        BiFunction<Timekeeper, LocalDate, RateSelection> rateFor = blendedRate == null
                ? hourly.rates()::resolve
                : (tk, date) -> RateSelection.blended(tk, date, blendedRate);
        HourlyFee.priceTime(sheet, rateFor, hourly.increment());
        work.expenses().forEach(sheet::expenseAtCost);

        Money fees = sheet.fees();
        Money zero = Money.zero(fees.currency());
        Money discounted = fees;
        if (!discount.isZero()) {
            Money off = fees.times(discount, sheet.rounding());
            if (off.isPositive()) {
                sheet.feeAdjustment(off.negate(), "Client discount " + discount.toPercentString(),
                        "client discount " + discount.toPercentString() + " of fees " + fees + " = " + off);
                discounted = fees.minus(off);
            }
        }
        Money net = discounted;
        if (volumeDiscounts != null) {
            TieredAmount off = volumeDiscounts.applyToSlice(work.priorFees(), discounted, sheet.rounding());
            if (off.total().isPositive()) {
                StringBuilder basis = new StringBuilder("volume discount on cumulative fees from ")
                        .append(work.priorFees()).append(" to ").append(work.priorFees().plus(discounted));
                off.parts().forEach(p -> basis.append("; ").append(p.explanation()));
                sheet.feeAdjustment(off.total().negate(), "Volume discount", basis.toString());
                net = discounted.minus(off.total());
            }
        }
        if (notToExceed != null) {
            if (!notToExceed.currency().equals(fees.currency())) {
                throw new CurrencyMismatchException(fees.currency(), notToExceed.currency());
            }
            Money cumulative = work.priorFees().plus(net);
            Money excess = cumulative.minus(notToExceed).max(zero).min(net.max(zero));
            if (excess.isPositive()) {
                sheet.feeAdjustment(excess.negate(), "Not-to-exceed cap " + notToExceed,
                        "not-to-exceed cap " + notToExceed + ": fees billed before " + work.priorFees()
                                + " + this invoice " + net + " = " + cumulative + ", " + excess + " over the cap");
            }
        }
    }

    /** Builds {@link CustomRates}; not thread-safe. */
    public static final class Builder {
        private final HourlyFee hourly;
        private Fraction discount = Fraction.ZERO;
        private UnitPrice blendedRate;
        private TieredSchedule volumeDiscounts;
        private Money notToExceed;

        private Builder(HourlyFee hourly) {
            this.hourly = hourly;
        }

        /** @param value client discount on fees @return this builder */
        public Builder discount(Fraction value) {
            this.discount = value;
            return this;
        }

        /** @param value one hourly rate for every timekeeper @return this builder */
        public Builder blendedRate(UnitPrice value) {
            this.blendedRate = value;
            return this;
        }

        /** @param value discount shares by band of cumulative fees @return this builder */
        public Builder volumeDiscounts(TieredSchedule value) {
            this.volumeDiscounts = value;
            return this;
        }

        /** @param value cap on cumulative fees @return this builder */
        public Builder notToExceed(Money value) {
            this.notToExceed = value;
            return this;
        }

        /** @return the validated terms */
        public CustomRates build() {
            return new CustomRates(hourly, discount, blendedRate, volumeDiscounts, notToExceed);
        }
    }
}

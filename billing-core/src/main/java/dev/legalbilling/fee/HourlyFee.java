package dev.legalbilling.fee;

import dev.legalbilling.InvalidValueException;
import dev.legalbilling.party.Timekeeper;
import dev.legalbilling.rate.RateCard;
import dev.legalbilling.rate.RateSelection;
import dev.legalbilling.work.TimeEntry;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;

/**
 * Hourly billing: each billable time entry becomes a fee line of its hours, adjusted to the billing increment, times
 * the rate the rate card resolves for the timekeeper on that day; expenses are billed at cost.
 *
 * <p>Every time line's {@code rateBasis} says which rate applied and why ({@link RateSelection#explanation()}), and
 * how the recorded hours were adjusted when they were not a multiple of the increment. Line totals are rounded once,
 * with {@code rounding}. Immutable and thread-safe.
 *
 * @param rates the rate card; an empty card bills every timekeeper at the standard rate
 * @param increment the billing increment and its rounding direction
 * @param rounding how line totals are rounded to the currency's minor unit; not {@code UNNECESSARY}
 */
public record HourlyFee(RateCard rates, BillingIncrement increment, RoundingMode rounding) implements FeeArrangement {

    /**
     * Validates the arrangement.
     *
     * @throws InvalidValueException when the rounding is {@code UNNECESSARY}
     */
    public HourlyFee {
        Objects.requireNonNull(rates, "rates");
        Objects.requireNonNull(increment, "increment");
        requireRounding(rounding);
    }

    /** Hourly at each timekeeper's standard rate, in tenths of an hour rounded up, line totals rounded half up. */
    public HourlyFee() {
        this(RateCard.empty(), BillingIncrement.TENTH_UP, RoundingMode.HALF_UP);
    }

    /**
     * @param rates the rate card
     * @return hourly on that card, in tenths of an hour rounded up, line totals rounded half up
     */
    public static HourlyFee of(RateCard rates) {
        return new HourlyFee(rates, BillingIncrement.TENTH_UP, RoundingMode.HALF_UP);
    }

    /**
     * @param value another increment
     * @return a copy with that increment
     */
    public HourlyFee withIncrement(BillingIncrement value) {
        return new HourlyFee(rates, value, rounding);
    }

    /**
     * @param value another rounding mode for line totals
     * @return a copy with that rounding
     */
    public HourlyFee withRounding(RoundingMode value) {
        return new HourlyFee(rates, increment, value);
    }

    @Override
    public PricedWork bill(UnbilledWork work) {
        LineSheet sheet = new LineSheet(work, rounding);
        priceTime(sheet, rates::resolve, increment);
        work.expenses().forEach(sheet::expenseAtCost);
        return sheet.finish(List.of());
    }

    /** Prices the period's time entries at the rates {@code rateFor} selects; shared with {@link CustomRates}. */
    static void priceTime(LineSheet sheet, BiFunction<Timekeeper, LocalDate, RateSelection> rateFor,
            BillingIncrement increment) {
        UnbilledWork work = sheet.work();
        for (TimeEntry entry : work.time()) {
            if (!entry.billable()) {
                sheet.timeAtNoCharge(entry, LineSheet.NO_CHARGE);
                continue;
            }
            RateSelection rate = rateFor.apply(work.timekeeper(entry.timekeeper()), entry.date());
            BigDecimal units = increment.apply(entry.hours());
            String basis = rate.explanation();
            if (units.compareTo(entry.hours()) != 0) {
                basis += "; " + entry.hours().toPlainString() + " h recorded, billed as " + units.toPlainString()
                        + " h (" + increment + ")";
            }
            sheet.time(entry, units, rate.hourlyRate(), basis);
        }
    }

    static RoundingMode requireRounding(RoundingMode rounding) {
        Objects.requireNonNull(rounding, "rounding");
        if (rounding == RoundingMode.UNNECESSARY) {
            throw new InvalidValueException("rounding", rounding, "must say how to round line totals");
        }
        return rounding;
    }
}

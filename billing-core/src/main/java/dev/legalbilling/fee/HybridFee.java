package dev.legalbilling.fee;

import dev.legalbilling.contingency.Recovery;
import dev.legalbilling.money.CurrencyMismatchException;
import java.util.List;
import java.util.Objects;

/**
 * Reduced hourly billing plus a success fee: time is billed as under {@link CustomRates} (typically a card of reduced
 * rates or a client discount), and every {@link Recovery} in the billing period adds a fee line for the
 * {@link SuccessFee}.
 *
 * <p>The success fee is not subject to the hourly part's discounts or cap: those are computed on the time lines
 * before it is added. Immutable and thread-safe.
 *
 * @param hourly the (reduced) hourly part
 * @param successFee the fee due on success
 */
public record HybridFee(CustomRates hourly, SuccessFee successFee) implements FeeArrangement {
    /** Validates the fee. */
    public HybridFee {
        Objects.requireNonNull(hourly, "hourly");
        Objects.requireNonNull(successFee, "successFee");
    }

    /**
     * @param reducedHourly the hourly part, on its own terms
     * @param successFee the fee due on success
     * @return the hybrid fee
     */
    public static HybridFee of(HourlyFee reducedHourly, SuccessFee successFee) {
        return new HybridFee(CustomRates.builder(reducedHourly).build(), successFee);
    }

    /**
     * {@inheritDoc}
     *
     * @throws CurrencyMismatchException also when the fixed bonus is not in the matter's currency
     */
    @Override
    public PricedWork bill(UnbilledWork work) {
        LineSheet sheet = new LineSheet(work, hourly.hourly().rounding());
        hourly.billOnto(sheet);
        for (Recovery recovery : work.recoveries()) {
            sheet.fixedFee(recovery.date(), successFee.amountFor(recovery, sheet.rounding()), null,
                    "Success fee", successFee.explanation(recovery, sheet.rounding()));
        }
        return sheet.finish(List.of());
    }
}

package dev.legalbilling.agreement;

import dev.legalbilling.InvalidValueException;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * What the fee agreement says about interest on overdue invoices.
 *
 * <p>Interest on overdue fees is allowed only when the client agreed to it in advance (ABA Formal Op. 338; NYC Bar
 * 2000-2; D.C. Op. 310 allows it without prior agreement only prospectively). Without an agreement
 * ({@link #none()}) computing interest yields nothing and the attempt is reported as a fact for the ethics rule
 * {@code ETH-INTEREST-WITHOUT-AGREEMENT} (see {@code dev.legalbilling.receivables.interest}). Usury and
 * consumer-credit limits are not checked here.
 *
 * <p>Interest is simple (never on interest already charged), at {@code annualRatePercent} per year, day count
 * Actual/365 Fixed, accruing from {@code graceDays} days after the due date.
 *
 * <p>Immutable and thread-safe.
 *
 * @param agreed whether the fee agreement provides for late-payment interest
 * @param annualRatePercent the agreed simple rate in percent per year (e.g. {@code 9} for 9 % p.a.), above 0 and
 *     at most 100 with at most 6 decimals when agreed; zero when not agreed
 * @param graceDays days after the due date before interest starts to accrue, 0–365; zero when not agreed
 */
public record InterestTerms(boolean agreed, BigDecimal annualRatePercent, int graceDays) {
    private static final InterestTerms NONE = new InterestTerms(false, BigDecimal.ZERO, 0);
    private static final BigDecimal MAX_RATE = BigDecimal.valueOf(100);
    private static final int MAX_GRACE_DAYS = 365;

    /**
     * Validates the terms.
     *
     * @throws InvalidValueException when an agreed rate is not above 0 and at most 100 %, has more than 6 decimals,
     *     the grace period is out of range, or terms that are not agreed carry a rate or grace period
     */
    public InterestTerms {
        Objects.requireNonNull(annualRatePercent, "annualRatePercent");
        if (agreed) {
            if (annualRatePercent.signum() <= 0 || annualRatePercent.compareTo(MAX_RATE) > 0) {
                throw new InvalidValueException("annualRatePercent", annualRatePercent.toPlainString(),
                        "must be above 0 and at most 100 when interest is agreed");
            }
            if (annualRatePercent.stripTrailingZeros().scale() > 6) {
                throw new InvalidValueException("annualRatePercent", annualRatePercent.toPlainString(),
                        "must have at most 6 decimals");
            }
            if (graceDays < 0 || graceDays > MAX_GRACE_DAYS) {
                throw new InvalidValueException("graceDays", graceDays, "must be between 0 and " + MAX_GRACE_DAYS);
            }
        } else if (annualRatePercent.signum() != 0 || graceDays != 0) {
            throw new InvalidValueException("annualRatePercent", annualRatePercent.toPlainString(),
                    "must be 0 with 0 grace days when the fee agreement does not provide for interest");
        }
    }

    /** @return terms of a fee agreement that does not provide for interest */
    public static InterestTerms none() {
        return NONE;
    }

    /**
     * @param annualRatePercent simple rate in percent per year as decimal text, e.g. {@code "9"} or {@code "7.5"}
     * @param graceDays days after the due date before interest accrues, 0–365
     * @return agreed interest terms
     * @throws InvalidValueException when the rate is not a decimal number or out of range
     */
    public static InterestTerms agreed(String annualRatePercent, int graceDays) {
        Objects.requireNonNull(annualRatePercent, "annualRatePercent");
        BigDecimal rate;
        try {
            rate = new BigDecimal(annualRatePercent.trim());
        } catch (NumberFormatException e) {
            throw new InvalidValueException("annualRatePercent", annualRatePercent, "is not a decimal number");
        }
        return new InterestTerms(true, rate, graceDays);
    }
}

package dev.legalbilling.rules.fact;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Derived: a jurisdiction's duty to serve notice of the client's right to fee arbitration before a collection step
 * of the checked invoice's client, from the ethics context's configurable table
 * ({@code dev.legalbilling.receivables.collection.FeeArbitrationRules}: New York Part 137, California §6201 by
 * default). One per collection step and table row that applies to it, whether or not notice was served.
 *
 * <pre>{@code
 * $d : FeeArbitrationDuty(satisfied == false)
 * }</pre>
 *
 * @param actionNumber the collection step, as {@link CollectionActionFact#actionNumber()}
 * @param actionType the step's type, e.g. {@code "LAWSUIT"}
 * @param actionDate the day of the step
 * @param ruleId the table row, e.g. {@code "NY-137"}
 * @param jurisdiction the row's jurisdiction code
 * @param citation the row's source
 * @param feeInDispute the fee at stake for the row's thresholds (the amount in dispute; for a lawsuit on an
 *     undisputed claim, the amount claimed)
 * @param minimumInDispute the row's lower threshold, inclusive
 * @param maximumInDispute the row's upper threshold, inclusive; zero when {@code hasMaximum} is false
 * @param hasMaximum whether the row has an upper threshold
 * @param currency ISO 4217 code of {@code feeInDispute}
 * @param thresholdCurrency ISO 4217 code of the thresholds (when it differs from {@code currency} the amounts cannot
 *     be compared and the row is taken to apply)
 * @param noticeDeadline the latest day notice may have been served for the step
 * @param noticeServed whether notice was served at all
 * @param noticeServedOn when; null when never
 * @param satisfied whether notice was served on or before the deadline
 */
public record FeeArbitrationDuty(int actionNumber, String actionType, LocalDate actionDate, String ruleId,
        String jurisdiction, String citation, BigDecimal feeInDispute, BigDecimal minimumInDispute,
        BigDecimal maximumInDispute, boolean hasMaximum, String currency, String thresholdCurrency,
        LocalDate noticeDeadline, boolean noticeServed, LocalDate noticeServedOn, boolean satisfied) {

    /** Checks that nothing required is null. */
    public FeeArbitrationDuty {
        Objects.requireNonNull(actionType, "actionType");
        Objects.requireNonNull(actionDate, "actionDate");
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(jurisdiction, "jurisdiction");
        Objects.requireNonNull(citation, "citation");
        Objects.requireNonNull(feeInDispute, "feeInDispute");
        Objects.requireNonNull(minimumInDispute, "minimumInDispute");
        Objects.requireNonNull(maximumInDispute, "maximumInDispute");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(thresholdCurrency, "thresholdCurrency");
        Objects.requireNonNull(noticeDeadline, "noticeDeadline");
    }
}

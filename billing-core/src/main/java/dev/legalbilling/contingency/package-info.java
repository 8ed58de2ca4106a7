/**
 * The contingency vocabulary every other package shares, and contingency-fee caps. The vocabulary:
 * {@link dev.legalbilling.contingency.Stage} (how far a matter had gone), {@link dev.legalbilling.contingency.Basis}
 * (net or gross of costs) and {@link dev.legalbilling.contingency.Recovery} (how the matter ended), used alike by the
 * billed {@code fee.ContingencyFee}, the agreed {@code agreement.ContingencyTerms} and the caps here.
 *
 * <p>Contingency-fee caps as data: statutory and court-rule schedules ({@link
 * dev.legalbilling.contingency.ContingencySchedule}) versioned by effective date, with marginal tiers (a
 * {@link dev.legalbilling.money.TieredSchedule}, the same model contingent fees bill with) by
 * {@link dev.legalbilling.contingency.Stage stage}, a {@link dev.legalbilling.contingency.Basis net or gross} basis,
 * absolute caps, minors' limits and court-approval zones, and a status tag for every figure.
 *
 * <p>The built-in catalogue ({@link dev.legalbilling.contingency.ContingencySchedules}) covers New York (personal
 * injury Schedules A and B, medical malpractice), New Jersey, Florida (personal injury, medical malpractice),
 * California (MICRA, merchant collections), the FTCA, Social Security §406(a), VA direct payment and Michigan. A
 * schedule computes the {@link dev.legalbilling.contingency.MaximumFee maximum fee} for a
 * {@link dev.legalbilling.contingency.FeeQuery}: rates are exact {@link dev.legalbilling.money.Fraction
 * fractions}, tier parts are summed exactly and the fee is rounded once, half-up, to cents.
 *
 * <p>This package only computes limits; deciding whether an agreed fee breaks one is the job of the ethics rules,
 * which match these results against a matter's {@code dev.legalbilling.agreement.FeeAgreement}.
 */
package dev.legalbilling.contingency;

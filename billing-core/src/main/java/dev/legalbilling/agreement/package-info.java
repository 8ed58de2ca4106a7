/**
 * Fee agreements as the ethics rules see them: {@link dev.legalbilling.agreement.FeeAgreement} (in writing, signed,
 * basis communicated, interest agreed), its {@link dev.legalbilling.agreement.ContingencyTerms contingent-fee
 * terms}, a {@link dev.legalbilling.agreement.FeeDivision fee division} with other firms, and the
 * {@link dev.legalbilling.contingency.Recovery outcome} and
 * {@link dev.legalbilling.agreement.ClosingStatementDelivery closing statement} of a contingent matter. A
 * {@link dev.legalbilling.matter.Matter} carries its agreement.
 *
 * <p>These types hold facts, including deficient ones (an oral contingent agreement, a missing term); only
 * impossible values are rejected. Judging them is left to the ethics rules.
 */
package dev.legalbilling.agreement;

package dev.legalbilling.agreement;

import dev.legalbilling.InvalidValueException;
import dev.legalbilling.contingency.Recovery;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Objects;
import java.util.Optional;

/**
 * What the lawyer and client agreed about fees on a matter, as plain facts the ethics rules match on: whether the
 * agreement is in writing and when the client signed it, when the basis and rates were communicated, the
 * contingent-fee terms, a division of the fee with another firm, interest on late payment, and, for a contingent
 * matter, its outcome and the closing statement.
 *
 * <p>The ethics rules this is designed for (each a simple match on these fields and the matter's jurisdiction and
 * {@link dev.legalbilling.party.MatterType}): a contingent fee in a domestic-relations or criminal matter; a
 * contingent fee not in a writing signed by the client; missing Rule 1.5(c) terms
 * ({@link ContingencyTerms#missingTerms()}); an agreed fee above a statutory cap
 * ({@link ContingencyTerms#agreedFee(Recovery)} against
 * {@link dev.legalbilling.contingency.ContingencySchedule#maximumFee}, derived as {@link ContingencyCapCheck});
 * basis not communicated; a fee division
 * without written client consent; interest without agreement; and a missing closing statement
 * ({@code ETH-CLOSING-STATEMENT-MISSING}).
 *
 * <p>Only impossible combinations are rejected: a deficient agreement (oral, unsigned, incomplete) must be
 * representable so the rules can report it. Built with {@link #builder()}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param inWriting whether the agreement is in writing
 * @param clientSignedOn the date the client signed it; null when unsigned
 * @param basisCommunicatedOn the date the scope and the basis or rate of the fee were communicated to the client;
 *     null when never communicated
 * @param contingency the contingent-fee terms; null when the fee is not contingent
 * @param division the division of the fee with other firms; null when the fee is not divided
 * @param lateInterest what the agreement says about interest on late payment; never null
 *     ({@link InterestTerms#none()} when it says nothing)
 * @param outcome how the contingent matter ended; null while it is open (contingent agreements only)
 * @param closingStatement the closing statement delivered to the client; null when none was delivered
 *     (contingent agreements with an outcome only)
 * @param clientMinorOrIncapacitated whether the client was a minor or incapacitated when the agreement was made
 *     (New Jersey's lower contingency limit depends on it)
 */
public record FeeAgreement(boolean inWriting, LocalDate clientSignedOn, LocalDate basisCommunicatedOn,
        ContingencyTerms contingency, FeeDivision division, InterestTerms lateInterest, Recovery outcome,
        ClosingStatementDelivery closingStatement, boolean clientMinorOrIncapacitated) {

    /**
     * Validates the agreement.
     *
     * @throws InvalidValueException when an oral agreement has a signature date, an outcome or closing statement
     *     is given for a fee that is not contingent, a closing statement has no outcome, or it is dated before the
     *     outcome
     */
    public FeeAgreement {
        Objects.requireNonNull(lateInterest, "lateInterest");
        if (clientSignedOn != null && !inWriting) {
            throw new InvalidValueException("clientSignedOn", clientSignedOn,
                    "cannot be set for an agreement that is not in writing");
        }
        if (outcome != null && contingency == null) {
            throw new InvalidValueException("outcome", outcome.date(),
                    "is recorded only for a contingent-fee agreement");
        }
        if (closingStatement != null) {
            if (outcome == null) {
                throw new InvalidValueException("closingStatement", closingStatement.deliveredOn(),
                        "needs the outcome it reports");
            }
            if (closingStatement.deliveredOn().isBefore(outcome.date())) {
                throw new InvalidValueException("closingStatement", closingStatement.deliveredOn(),
                        "must not be dated before the outcome of " + outcome.date());
            }
        }
    }

    /** @return a builder for an oral, unsigned, non-contingent agreement without interest, to fill in */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this agreement's values */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.inWriting = inWriting;
        b.clientSignedOn = clientSignedOn;
        b.basisCommunicatedOn = basisCommunicatedOn;
        b.contingency = contingency;
        b.division = division;
        b.lateInterest = lateInterest;
        b.outcome = outcome;
        b.closingStatement = closingStatement;
        b.clientMinorOrIncapacitated = clientMinorOrIncapacitated;
        return b;
    }

    /** @return true when the fee is contingent on the outcome */
    public boolean isContingent() {
        return contingency != null;
    }

    /** @return true when the agreement is in writing and signed by the client */
    public boolean isSignedByClient() {
        return clientSignedOn != null;
    }

    /** @return true when the fee is divided with another firm */
    public boolean isDivided() {
        return division != null;
    }

    /** @return true when a closing statement was delivered */
    public boolean closingStatementDelivered() {
        return closingStatement != null;
    }

    /** @return the signature date, if signed */
    public Optional<LocalDate> clientSignedOnIfSet() {
        return Optional.ofNullable(clientSignedOn);
    }

    /** @return the date the basis was communicated, if it was */
    public Optional<LocalDate> basisCommunicatedOnIfSet() {
        return Optional.ofNullable(basisCommunicatedOn);
    }

    /** @return the contingent-fee terms, if the fee is contingent */
    public Optional<ContingencyTerms> contingencyIfSet() {
        return Optional.ofNullable(contingency);
    }

    /** @return the fee division, if the fee is divided */
    public Optional<FeeDivision> divisionIfSet() {
        return Optional.ofNullable(division);
    }

    /** @return the outcome, once the contingent matter has ended */
    public Optional<Recovery> outcomeIfSet() {
        return Optional.ofNullable(outcome);
    }

    /** @return the closing statement, if delivered */
    public Optional<ClosingStatementDelivery> closingStatementIfSet() {
        return Optional.ofNullable(closingStatement);
    }

    /** @return the currency of the outcome's amounts, if there is an outcome */
    public Optional<Currency> currency() {
        return outcomeIfSet().map(o -> o.amount().currency());
    }

    /** @return e.g. {@code FeeAgreement[written, signed 2024-03-01, contingent, divided, outcome 2025-06-30]} */
    @Override
    public String toString() {
        return "FeeAgreement[" + (inWriting ? "written" : "oral")
                + (clientSignedOn == null ? ", unsigned" : ", signed " + clientSignedOn)
                + (contingency == null ? "" : ", contingent")
                + (division == null ? "" : ", divided")
                + (clientMinorOrIncapacitated ? ", client minor or incapacitated" : "")
                + (lateInterest.agreed() ? ", interest agreed" : "")
                + (outcome == null ? "" : ", outcome " + outcome.date())
                + (closingStatement == null ? "" : ", closing statement " + closingStatement.deliveredOn()) + "]";
    }

    /** Builds a {@link FeeAgreement}; not thread-safe. */
    public static final class Builder {
        private boolean inWriting;
        private LocalDate clientSignedOn;
        private LocalDate basisCommunicatedOn;
        private ContingencyTerms contingency;
        private FeeDivision division;
        private InterestTerms lateInterest = InterestTerms.none();
        private Recovery outcome;
        private ClosingStatementDelivery closingStatement;
        private boolean clientMinorOrIncapacitated;

        private Builder() {
        }

        /** @param value whether the agreement is in writing @return this builder */
        public Builder inWriting(boolean value) {
            this.inWriting = value;
            return this;
        }

        /**
         * Marks the agreement as written and signed by the client.
         *
         * @param date the signature date, or null for unsigned
         * @return this builder
         */
        public Builder signedByClientOn(LocalDate date) {
            this.clientSignedOn = date;
            if (date != null) {
                this.inWriting = true;
            }
            return this;
        }

        /** @param date when the basis and rates were communicated, or null @return this builder */
        public Builder basisCommunicatedOn(LocalDate date) {
            this.basisCommunicatedOn = date;
            return this;
        }

        /** @param value contingent-fee terms, or null @return this builder */
        public Builder contingency(ContingencyTerms value) {
            this.contingency = value;
            return this;
        }

        /** @param value fee division, or null @return this builder */
        public Builder division(FeeDivision value) {
            this.division = value;
            return this;
        }

        /** @param value late-payment interest terms; null means {@link InterestTerms#none()} @return this builder */
        public Builder lateInterest(InterestTerms value) {
            this.lateInterest = value == null ? InterestTerms.none() : value;
            return this;
        }

        /** @param value the contingent matter's outcome, or null @return this builder */
        public Builder outcome(Recovery value) {
            this.outcome = value;
            return this;
        }

        /** @param date when the closing statement was delivered, or null @return this builder */
        public Builder closingStatementDeliveredOn(LocalDate date) {
            this.closingStatement = date == null ? null : new ClosingStatementDelivery(date);
            return this;
        }

        /** @param value whether the client was a minor or incapacitated at signing @return this builder */
        public Builder clientMinorOrIncapacitated(boolean value) {
            this.clientMinorOrIncapacitated = value;
            return this;
        }

        /** @return the validated agreement */
        public FeeAgreement build() {
            return new FeeAgreement(inWriting, clientSignedOn, basisCommunicatedOn, contingency, division,
                    lateInterest, outcome, closingStatement, clientMinorOrIncapacitated);
        }
    }
}

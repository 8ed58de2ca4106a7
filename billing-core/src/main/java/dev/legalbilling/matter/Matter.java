package dev.legalbilling.matter;

import dev.legalbilling.InvalidValueException;
import dev.legalbilling.agreement.ContingencyTerms;
import dev.legalbilling.agreement.FeeAgreement;
import dev.legalbilling.contingency.Stage;
import dev.legalbilling.fee.ContingencyFee;
import dev.legalbilling.fee.FeeArrangement;
import dev.legalbilling.fee.UnbilledWork;
import dev.legalbilling.money.Fraction;
import dev.legalbilling.money.Money;
import dev.legalbilling.money.TieredSchedule;
import dev.legalbilling.party.Client;
import dev.legalbilling.party.Jurisdiction;
import dev.legalbilling.party.MatterId;
import dev.legalbilling.party.MatterType;
import dev.legalbilling.party.PracticeArea;
import dev.legalbilling.utbms.UtbmsCodeSet;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A piece of work for a client, billed under one fee arrangement in one currency.
 *
 * <p>Built with {@link #builder(MatterId, Client)}. The name may reveal privileged facts and is not printed by
 * {@link #toString()}.
 *
 * @param id the firm's matter number (LEDES LAW_FIRM_MATTER_ID)
 * @param client the client
 * @param name short title; not blank
 * @param practiceArea broad area of law
 * @param matterType kind of matter for ethics rules and fee caps
 * @param jurisdiction governing jurisdiction, e.g. {@code US-NY}
 * @param arrangement how the matter is charged
 * @param currency the currency every invoice of the matter is in
 * @param budget the agreed budget for fees, or null
 * @param codeSet the UTBMS task code set the matter is coded in
 * @param clientMatterId the client's own number for the matter (LEDES CLIENT_MATTER_ID), or null
 * @param feeAgreement what the lawyer and client agreed about fees (input to the ethics rules), or null when not
 *     recorded; amounts in its outcome are in the matter's currency
 */
public record Matter(MatterId id, Client client, String name, PracticeArea practiceArea, MatterType matterType,
        Jurisdiction jurisdiction, FeeArrangement arrangement, Currency currency, Money budget, UtbmsCodeSet codeSet,
        String clientMatterId, FeeAgreement feeAgreement) {

    /**
     * Validates the matter.
     *
     * @throws InvalidValueException when the name is blank, or the arrangement is a {@link ContingencyFee} whose
     *     basis or percentage at a stage differs from what the fee agreement's {@link ContingencyTerms} state (the
     *     message names both); a stage or basis the agreement leaves out is not a disagreement
     * @throws dev.legalbilling.money.CurrencyMismatchException when the budget or the agreement's outcome is in
     *     another currency
     */
    public Matter {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(client, "client");
        if (name == null || name.isBlank()) {
            throw new InvalidValueException("matterName", name, "must not be blank");
        }
        Objects.requireNonNull(practiceArea, "practiceArea");
        Objects.requireNonNull(matterType, "matterType");
        Objects.requireNonNull(jurisdiction, "jurisdiction");
        Objects.requireNonNull(arrangement, "arrangement");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(codeSet, "codeSet");
        if (budget != null && !budget.currency().equals(currency)) {
            throw new dev.legalbilling.money.CurrencyMismatchException(currency, budget.currency());
        }
        if (clientMatterId != null && clientMatterId.isBlank()) {
            clientMatterId = null;
        }
        if (feeAgreement != null && feeAgreement.currency().filter(c -> !c.equals(currency)).isPresent()) {
            throw new dev.legalbilling.money.CurrencyMismatchException(currency, feeAgreement.currency().get());
        }
        if (arrangement instanceof ContingencyFee fee && feeAgreement != null && feeAgreement.contingency() != null) {
            requireAgreement(fee, feeAgreement.contingency());
        }
    }

    /** Refuses a contingency fee that bills other percentages or another basis than the agreement states. */
    private static void requireAgreement(ContingencyFee fee, ContingencyTerms terms) {
        if (terms.basis() != null && terms.basis() != fee.basis()) {
            throw new InvalidValueException("feeAgreement.contingency.basis", terms.basis(),
                    "disagrees with the contingency fee arrangement's basis '" + fee.basis() + "'");
        }
        for (Map.Entry<Stage, Fraction> agreed : terms.percentages().entrySet()) {
            TieredSchedule billed = fee.scheduleFor(agreed.getKey());
            if (!billed.flatRate().map(agreed.getValue()::equals).orElse(false)) {
                throw new InvalidValueException("feeAgreement.contingency.percentages." + agreed.getKey(),
                        agreed.getValue().toPercentString(), "disagrees with the contingency fee arrangement, which"
                        + " charges '" + billed + "' at the " + agreed.getKey().label() + " stage");
            }
        }
    }

    /**
     * A matter without a recorded fee agreement (the constructor before fee agreements existed).
     *
     * @param id matter number
     * @param client the client
     * @param name title
     * @param practiceArea practice area
     * @param matterType matter type
     * @param jurisdiction jurisdiction
     * @param arrangement fee arrangement
     * @param currency currency
     * @param budget budget or null
     * @param codeSet UTBMS code set
     * @param clientMatterId client's matter number or null
     */
    public Matter(MatterId id, Client client, String name, PracticeArea practiceArea, MatterType matterType,
            Jurisdiction jurisdiction, FeeArrangement arrangement, Currency currency, Money budget,
            UtbmsCodeSet codeSet, String clientMatterId) {
        this(id, client, name, practiceArea, matterType, jurisdiction, arrangement, currency, budget, codeSet,
                clientMatterId, null);
    }

    /**
     * @param id matter number
     * @param client the client
     * @return a builder with defaults: litigation, general matter type, US, USD, Litigation code set
     */
    public static Builder builder(MatterId id, Client client) {
        return new Builder(id, client);
    }

    /**
     * @param periodStart first day of a billing period
     * @param periodEnd last day, inclusive
     * @return a builder for the matter's work in that period, to be priced by {@link #arrangement()}
     */
    public UnbilledWork.Builder unbilledWork(LocalDate periodStart, LocalDate periodEnd) {
        return UnbilledWork.builder(id, currency, codeSet, periodStart, periodEnd);
    }

    /** @return the budget, when one is agreed */
    public Optional<Money> budgetIfSet() {
        return Optional.ofNullable(budget);
    }

    /** @return the client's matter number, when known */
    public Optional<String> clientMatterIdIfSet() {
        return Optional.ofNullable(clientMatterId);
    }

    /** @return the fee agreement, when recorded */
    public Optional<FeeAgreement> feeAgreementIfSet() {
        return Optional.ofNullable(feeAgreement);
    }

    /** @return a copy built from this matter, to change some fields */
    public Builder toBuilder() {
        Builder b = new Builder(id, client);
        b.name = name;
        b.practiceArea = practiceArea;
        b.matterType = matterType;
        b.jurisdiction = jurisdiction;
        b.arrangement = arrangement;
        b.currency = currency;
        b.budget = budget;
        b.codeSet = codeSet;
        b.clientMatterId = clientMatterId;
        b.feeAgreement = feeAgreement;
        return b;
    }

    /** @return ids and classification only: the name and client name are confidential */
    @Override
    public String toString() {
        return "Matter[" + id + ", client " + client.id() + ", " + practiceArea + ", " + matterType + ", "
                + jurisdiction + ", " + currency.getCurrencyCode() + (feeAgreement == null ? "" : ", " + feeAgreement)
                + "]";
    }

    /** Builds a {@link Matter}; not thread-safe. */
    public static final class Builder {
        private final MatterId id;
        private final Client client;
        private String name;
        private PracticeArea practiceArea = PracticeArea.LITIGATION;
        private MatterType matterType = MatterType.GENERAL;
        private Jurisdiction jurisdiction = Jurisdiction.of("US");
        private FeeArrangement arrangement;
        private Currency currency = Currency.getInstance("USD");
        private Money budget;
        private UtbmsCodeSet codeSet = UtbmsCodeSet.LITIGATION;
        private String clientMatterId;
        private FeeAgreement feeAgreement;

        private Builder(MatterId id, Client client) {
            this.id = id;
            this.client = client;
        }

        /** @param value title @return this builder */
        public Builder name(String value) {
            this.name = value;
            return this;
        }

        /** @param value practice area @return this builder */
        public Builder practiceArea(PracticeArea value) {
            this.practiceArea = value;
            return this;
        }

        /** @param value matter type @return this builder */
        public Builder matterType(MatterType value) {
            this.matterType = value;
            return this;
        }

        /** @param value jurisdiction code such as {@code US-NY} @return this builder */
        public Builder jurisdiction(String value) {
            this.jurisdiction = Jurisdiction.of(value);
            return this;
        }

        /** @param value fee arrangement @return this builder */
        public Builder arrangement(FeeArrangement value) {
            this.arrangement = value;
            return this;
        }

        /** @param value ISO 4217 currency code @return this builder */
        public Builder currency(String value) {
            this.currency = Money.currency(value);
            return this;
        }

        /** @param value fee budget, or null @return this builder */
        public Builder budget(Money value) {
            this.budget = value;
            return this;
        }

        /** @param value UTBMS task code set @return this builder */
        public Builder codeSet(UtbmsCodeSet value) {
            this.codeSet = value;
            return this;
        }

        /** @param value the client's matter number, or null @return this builder */
        public Builder clientMatterId(String value) {
            this.clientMatterId = value;
            return this;
        }

        /** @param value the fee agreement, or null @return this builder */
        public Builder feeAgreement(FeeAgreement value) {
            this.feeAgreement = value;
            return this;
        }

        /** @return the validated matter */
        public Matter build() {
            return new Matter(id, client, name, practiceArea, matterType, jurisdiction, arrangement, currency, budget,
                    codeSet, clientMatterId, feeAgreement);
        }
    }
}

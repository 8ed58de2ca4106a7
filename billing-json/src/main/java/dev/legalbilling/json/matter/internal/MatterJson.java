package dev.legalbilling.json.matter.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import dev.legalbilling.fee.FeeArrangement;
import dev.legalbilling.matter.Matter;
import dev.legalbilling.money.Money;
import dev.legalbilling.party.Client;
import dev.legalbilling.party.Jurisdiction;
import dev.legalbilling.party.MatterId;
import dev.legalbilling.party.MatterType;
import dev.legalbilling.party.PracticeArea;
import dev.legalbilling.utbms.UtbmsCodeSet;
import java.math.BigDecimal;
import java.util.Currency;

/**
 * The file shape of the matter section of a matter file. Only {@code id} and {@code name} are required; the others
 * default as {@link Matter#builder} does (litigation, general, US, USD, Litigation code set). Not API.
 *
 * @param id the firm's matter number (LEDES LAW_FIRM_MATTER_ID)
 * @param name the matter's title
 * @param practiceArea broad area of law
 * @param matterType kind of matter for ethics rules and fee caps
 * @param jurisdiction e.g. {@code US-NY}
 * @param currency ISO 4217 code of every amount of the matter and its work
 * @param codeSet UTBMS task code set
 * @param budget agreed budget for fees, or null
 * @param clientMatterId the client's number for the matter (LEDES CLIENT_MATTER_ID), or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MatterJson(MatterId id, String name, PracticeArea practiceArea, MatterType matterType,
        Jurisdiction jurisdiction, Currency currency, UtbmsCodeSet codeSet, BigDecimal budget, String clientMatterId) {

    /** The currency of a matter file that does not name one. */
    public static final Currency DEFAULT_CURRENCY = Currency.getInstance("USD");

    /**
     * The matter section as read, every value validated; {@link #toMatter} cannot fail.
     *
     * @param id matter number
     * @param name title, not blank
     * @param practiceArea practice area
     * @param matterType matter type
     * @param jurisdiction jurisdiction
     * @param currency currency
     * @param codeSet code set
     * @param budget budget in the currency, not negative, or null
     * @param clientMatterId client's matter number, or null
     */
    public record Section(MatterId id, String name, PracticeArea practiceArea, MatterType matterType,
            Jurisdiction jurisdiction, Currency currency, UtbmsCodeSet codeSet, Money budget, String clientMatterId) {

        /**
         * @param client the client
         * @param arrangement the fee arrangement
         * @return the matter
         */
        public Matter toMatter(Client client, FeeArrangement arrangement) {
            return Matter.builder(id, client).name(name).practiceArea(practiceArea).matterType(matterType)
                    .jurisdiction(jurisdiction.code()).currency(currency.getCurrencyCode()).budget(budget)
                    .codeSet(codeSet).clientMatterId(clientMatterId).arrangement(arrangement).build();
        }
    }

    /** Reads the section. */
    public static final class Deserializer extends ConvertingDeserializer<MatterJson, Section> {
        private static final long serialVersionUID = 1L;

        /** Creates the deserializer. */
        public Deserializer() {
            super(Section.class, MatterJson.class);
        }

        @Override
        protected Section convert(MatterJson read, DeserializationContext ctxt) {
            MatterId id = KeyedException.required("id", read.id());
            if (read.name() == null || read.name().isBlank()) {
                throw KeyedException.of("name", "is required and must not be blank");
            }
            Currency currency = read.currency() == null ? DEFAULT_CURRENCY : read.currency();
            Money budget = DocumentCurrency.money("budget", read.budget(), currency);
            if (budget != null && budget.isNegative()) {
                throw KeyedException.of("budget", "must not be negative, was " + budget);
            }
            return new Section(id, read.name(),
                    read.practiceArea() == null ? PracticeArea.LITIGATION : read.practiceArea(),
                    read.matterType() == null ? MatterType.GENERAL : read.matterType(),
                    read.jurisdiction() == null ? Jurisdiction.of("US") : read.jurisdiction(), currency,
                    read.codeSet() == null ? UtbmsCodeSet.LITIGATION : read.codeSet(), budget,
                    read.clientMatterId() == null || read.clientMatterId().isBlank() ? null : read.clientMatterId());
        }
    }

    /** Writes the section. */
    public static final class Serializer extends ShapeSerializer<Section> {
        private static final long serialVersionUID = 1L;

        /** Creates the serializer. */
        public Serializer() {
            super(Section.class);
        }

        @Override
        protected Object shapeOf(Section value, SerializerProvider provider) {
            return new MatterJson(value.id(), value.name(), value.practiceArea(), value.matterType(),
                    value.jurisdiction(), value.currency(), value.codeSet(),
                    value.budget() == null ? null : value.budget().amount(), value.clientMatterId());
        }
    }

    /**
     * @param matter a matter
     * @return its section
     */
    public static Section sectionOf(Matter matter) {
        return new Section(matter.id(), matter.name(), matter.practiceArea(), matter.matterType(),
                matter.jurisdiction(), matter.currency(), matter.codeSet(), matter.budget(), matter.clientMatterId());
    }
}

package dev.legalbilling.json.matter.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import dev.legalbilling.BillingException;
import dev.legalbilling.party.TimekeeperClassification;
import dev.legalbilling.party.TimekeeperId;
import dev.legalbilling.rate.Rate;
import dev.legalbilling.rate.RateCard;
import dev.legalbilling.rate.RateLevel;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The file shape of one {@link Rate} of a rate card:
 * {@code {level: CLIENT_CLASSIFICATION, classification: PARTNR, effectiveFrom: 2026-01-01, hourlyRate: "450.00"}};
 * per-timekeeper levels name a {@code timekeeper} instead of a classification. A {@link RateCard} is a list of them.
 * Not API.
 *
 * @param level MATTER_TIMEKEEPER, CLIENT_TIMEKEEPER, CLIENT_CLASSIFICATION or CLASSIFICATION_DEFAULT
 * @param timekeeper the timekeeper id, for per-timekeeper levels
 * @param classification the LEDES classification code, for classification levels (legacy codes accepted)
 * @param effectiveFrom first day the rate applies
 * @param hourlyRate price per hour in the document currency
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RateJson(RateLevel level, TimekeeperId timekeeper, String classification, LocalDate effectiveFrom,
        BigDecimal hourlyRate) {

    Rate toRate(DeserializationContext ctxt) {
        RateLevel l = KeyedException.required("level", level);
        if (!l.isHeldInCard()) {
            throw KeyedException.of("level", "must be MATTER_TIMEKEEPER, CLIENT_TIMEKEEPER, CLIENT_CLASSIFICATION or"
                    + " CLASSIFICATION_DEFAULT; " + l + " is not held in a rate card");
        }
        TimekeeperClassification c = classification == null ? null
                : KeyedException.at("classification", () -> TimekeeperClassification.fromCode(classification));
        return new Rate(l, timekeeper, c, effectiveFrom,
                DocumentCurrency.price("hourlyRate", KeyedException.required("hourlyRate", hourlyRate),
                        DocumentCurrency.currency(ctxt)));
    }

    static RateJson of(Rate rate, SerializerProvider provider) {
        return new RateJson(rate.level(), rate.timekeeper(),
                rate.classification() == null ? null : rate.classification().code(), rate.effectiveFrom(),
                DocumentCurrency.plain(rate.hourlyRate(), provider));
    }

    /** Reads a rate. */
    public static final class Deserializer extends ConvertingDeserializer<RateJson, Rate> {
        private static final long serialVersionUID = 1L;

        /** Creates the deserializer. */
        public Deserializer() {
            super(Rate.class, RateJson.class);
        }

        @Override
        protected Rate convert(RateJson read, DeserializationContext ctxt) {
            return read.toRate(ctxt);
        }
    }

    /** Writes a rate. */
    public static final class Serializer extends ShapeSerializer<Rate> {
        private static final long serialVersionUID = 1L;

        /** Creates the serializer. */
        public Serializer() {
            super(Rate.class);
        }

        @Override
        protected Object shapeOf(Rate value, SerializerProvider provider) {
            return of(value, provider);
        }
    }

    /** Reads a rate card from a list of rates. */
    public static final class CardDeserializer extends StdDeserializer<RateCard> {
        private static final long serialVersionUID = 1L;

        /** Creates the deserializer. */
        public CardDeserializer() {
            super(RateCard.class);
        }

        @Override
        public RateCard deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonLocation start = p.currentTokenLocation();
            if (p.currentToken() != JsonToken.START_ARRAY) {
                throw LocatedMappingException.of(p, start, null, "a rate card must be a list of rates", null);
            }
            JavaType listOfRates = ctxt.getTypeFactory().constructCollectionType(List.class, Rate.class);
            List<Rate> rates = ctxt.readValue(p, listOfRates);
            for (int i = 0; i < rates.size(); i++) {
                if (rates.get(i) == null) {
                    throw LocatedMappingException.of(p, start, "[" + i + "]", "a rate must not be null", null);
                }
            }
            try {
                RateCard card = RateCard.of(rates);
                Origins.note(ctxt, card, start);
                return card;
            } catch (BillingException e) {
                throw LocatedMappingException.of(p, start, null, e.getMessage(), e);
            }
        }
    }

    /** Writes a rate card as a list of rates. */
    public static final class CardSerializer extends ShapeSerializer<RateCard> {
        private static final long serialVersionUID = 1L;

        /** Creates the serializer. */
        public CardSerializer() {
            super(RateCard.class);
        }

        @Override
        protected Object shapeOf(RateCard value, SerializerProvider provider) {
            List<RateJson> rates = new ArrayList<>();
            value.rates().forEach(r -> rates.add(of(r, provider)));
            return rates;
        }
    }
}

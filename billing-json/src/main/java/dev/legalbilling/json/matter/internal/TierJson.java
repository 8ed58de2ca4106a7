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
import dev.legalbilling.money.Fraction;
import dev.legalbilling.money.Tier;
import dev.legalbilling.money.TieredSchedule;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The file shape of one {@link Tier}: {@code {upTo: "25000.00", rate: "35%"}}, or {@code {rate: "25%"}} for the
 * open-ended top band. A {@link TieredSchedule} is a list of them, lowest band first, or a single percentage for a
 * one-band schedule ({@code "1/3"}). Not API.
 *
 * @param upTo inclusive upper bound of the band in the document currency, or null for the open-ended top band
 * @param rate the share charged inside the band
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TierJson(BigDecimal upTo, Fraction rate) {

    /** Reads a tier. */
    public static final class Deserializer extends ConvertingDeserializer<TierJson, Tier> {
        private static final long serialVersionUID = 1L;

        /** Creates the deserializer. */
        public Deserializer() {
            super(Tier.class, TierJson.class);
        }

        @Override
        protected Tier convert(TierJson read, DeserializationContext ctxt) {
            Fraction rate = KeyedException.required("rate", read.rate());
            return KeyedException.at("upTo", () -> new Tier(read.upTo() == null ? null
                    : DocumentCurrency.money("upTo", read.upTo(), DocumentCurrency.currency(ctxt)), rate));
        }
    }

    /** Writes a tier. */
    public static final class Serializer extends ShapeSerializer<Tier> {
        private static final long serialVersionUID = 1L;

        /** Creates the serializer. */
        public Serializer() {
            super(Tier.class);
        }

        @Override
        protected Object shapeOf(Tier value, SerializerProvider provider) {
            return new TierJson(DocumentCurrency.plain(value.upTo(), provider), value.rate());
        }
    }

    /** Reads a schedule from a percentage or a list of tiers. */
    public static final class ScheduleDeserializer extends StdDeserializer<TieredSchedule> {
        private static final long serialVersionUID = 1L;

        /** Creates the deserializer. */
        public ScheduleDeserializer() {
            super(TieredSchedule.class);
        }

        @Override
        public TieredSchedule deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonLocation start = p.currentTokenLocation();
            TieredSchedule schedule;
            if (p.currentToken() == JsonToken.VALUE_STRING) {
                try {
                    schedule = TieredSchedule.flat(PercentageJson.parse(p.getText()));
                } catch (BillingException e) {
                    throw LocatedMappingException.of(p, start, null, e.getMessage(), e);
                }
            } else if (p.currentToken() == JsonToken.START_ARRAY) {
                JavaType listOfTiers = ctxt.getTypeFactory().constructCollectionType(List.class, Tier.class);
                List<Tier> tiers = ctxt.readValue(p, listOfTiers);
                for (int i = 0; i < tiers.size(); i++) {
                    if (tiers.get(i) == null) {
                        throw LocatedMappingException.of(p, start, "[" + i + "]", "a tier must not be null", null);
                    }
                }
                try {
                    schedule = new TieredSchedule(tiers);
                } catch (BillingException e) {
                    throw LocatedMappingException.of(p, start, null, e.getMessage(), e);
                }
            } else {
                throw LocatedMappingException.of(p, start, null, "a schedule must be one percentage, such as '1/3',"
                        + " or a list of tiers, such as [{upTo: '1000.00', rate: '50%'}, {rate: '40%'}]", null);
            }
            Origins.note(ctxt, schedule, start);
            return schedule;
        }
    }

    /** Writes a one-band open-ended schedule as its percentage, any other as a list of tiers. */
    public static final class ScheduleSerializer extends ShapeSerializer<TieredSchedule> {
        private static final long serialVersionUID = 1L;

        /** Creates the serializer. */
        public ScheduleSerializer() {
            super(TieredSchedule.class);
        }

        @Override
        protected Object shapeOf(TieredSchedule value, SerializerProvider provider) {
            List<Tier> tiers = value.tiers();
            if (tiers.size() == 1 && tiers.get(0).isOpenEnded()) {
                return tiers.get(0).rate();
            }
            return new ArrayList<>(tiers);
        }
    }
}

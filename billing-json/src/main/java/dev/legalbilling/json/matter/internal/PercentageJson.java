package dev.legalbilling.json.matter.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdScalarSerializer;
import dev.legalbilling.BillingException;
import dev.legalbilling.InvalidValueException;
import dev.legalbilling.fee.Percentage;
import java.io.IOException;
import java.math.BigInteger;

/**
 * A {@link Percentage} as text: a decimal percentage with a percent sign ({@code "40%"}, {@code "33.5%"}) or a
 * fraction of one ({@code "1/3"}), exactly what {@link Percentage#toString()} writes. Bare numbers are refused, so
 * that {@code 0.4} can never be taken for 40 %. Not API.
 */
public final class PercentageJson {
    private PercentageJson() {
    }

    /**
     * @param text e.g. {@code "40%"} or {@code "1/3"}
     * @return the percentage
     * @throws InvalidValueException when the text is neither form or the share is outside 0–100 %
     */
    public static Percentage parse(String text) {
        String t = text.strip();
        int slash = t.indexOf('/');
        if (slash >= 0) {
            try {
                return new Percentage(new BigInteger(t.substring(0, slash).strip()),
                        new BigInteger(t.substring(slash + 1).strip()));
            } catch (NumberFormatException e) {
                throw new InvalidValueException("percentage", text, "must be a fraction of whole numbers such as 1/3");
            }
        }
        if (t.endsWith("%")) {
            return Percentage.of(t.substring(0, t.length() - 1));
        }
        throw new InvalidValueException("percentage", text,
                "needs a % sign, as in 40% or 33.5%, or must be a fraction of one, as in 1/3");
    }

    /** Reads a percentage from its text. */
    public static final class Deserializer extends StdScalarDeserializer<Percentage> {
        private static final long serialVersionUID = 1L;

        /** Creates the deserializer. */
        public Deserializer() {
            super(Percentage.class);
        }

        @Override
        public Percentage deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonLocation at = p.currentTokenLocation();
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                throw LocatedMappingException.of(p, at, null, "a percentage must be text with a % sign, such as"
                        + " '40%', or a fraction of one, such as '1/3'; was " + p.getText(), null);
            }
            try {
                return parse(p.getText());
            } catch (BillingException e) {
                throw LocatedMappingException.of(p, at, null, e.getMessage(), e);
            }
        }
    }

    /** Writes a percentage as {@code "40%"} or {@code "1/3"}. */
    public static final class Serializer extends StdScalarSerializer<Percentage> {
        private static final long serialVersionUID = 1L;

        /** Creates the serializer. */
        public Serializer() {
            super(Percentage.class);
        }

        @Override
        public void serialize(Percentage value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeString(value.toString());
        }
    }
}

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
import dev.legalbilling.money.Fraction;
import java.io.IOException;

/**
 * A {@link Fraction} as text: a decimal percentage with a percent sign ({@code "40%"}, {@code "33.5%"}) or a
 * fraction of one ({@code "1/3"}), as {@link Fraction#parse(String)} reads them. Bare numbers are refused, so
 * that {@code 0.4} can never be taken for 40 %. Not API.
 */
public final class PercentageJson {
    private PercentageJson() {
    }

    /**
     * @param text e.g. {@code "40%"}, {@code "33 1/3%"} or {@code "1/3"}
     * @return the percentage
     * @throws InvalidValueException when the text is none of these forms (a bare number is refused) or the share is
     *     above 100 %
     */
    public static Fraction parse(String text) {
        String t = text.strip();
        if (!t.endsWith("%") && t.indexOf('/') < 0) {
            throw new InvalidValueException("percentage", text,
                    "needs a % sign, as in 40% or 33.5%, or must be a fraction of one, as in 1/3");
        }
        Fraction share = Fraction.parse(t);
        if (!share.isAtMostOne()) {
            throw new InvalidValueException("percentage", text, "must be between 0 % and 100 %");
        }
        return share;
    }

    /** Reads a percentage from its text. */
    public static final class Deserializer extends StdScalarDeserializer<Fraction> {
        private static final long serialVersionUID = 1L;

        /** Creates the deserializer. */
        public Deserializer() {
            super(Fraction.class);
        }

        @Override
        public Fraction deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
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
    public static final class Serializer extends StdScalarSerializer<Fraction> {
        private static final long serialVersionUID = 1L;

        /** Creates the serializer. */
        public Serializer() {
            super(Fraction.class);
        }

        @Override
        public void serialize(Fraction value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            String percent = value.toPercentString();
            gen.writeString(percent.contains("/") ? value.toString() : percent);
        }
    }
}

package dev.legalbilling.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.legalbilling.money.Money;
import java.io.IOException;
import java.util.Iterator;

/** Money as {@code {"amount":"12.50","currency":"USD"}}; {@code "USD 12.50"} accepted on input. Not API. */
public final class MoneyJson {
    private MoneyJson() {
    }

    /** Writes money as an object with a string amount. */
    public static final class Serializer extends StdSerializer<Money> {
        private static final long serialVersionUID = 1L;

        /** Creates the serializer. */
        public Serializer() {
            super(Money.class);
        }

        @Override
        public void serialize(Money value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeStartObject();
            gen.writeStringField("amount", value.amount().toPlainString());
            gen.writeStringField("currency", value.currency().getCurrencyCode());
            gen.writeEndObject();
        }
    }

    /** Reads money from an object or a {@code "USD 12.50"} string. */
    public static final class Deserializer extends StdDeserializer<Money> {
        private static final long serialVersionUID = 1L;

        /** Creates the deserializer. */
        public Deserializer() {
            super(Money.class);
        }

        @Override
        public Money deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() == JsonToken.VALUE_STRING) {
                return Money.parse(p.getText());
            }
            if (p.currentToken() != JsonToken.START_OBJECT) {
                return (Money) ctxt.handleUnexpectedToken(Money.class, p);
            }
            JsonNode node = p.readValueAsTree();
            for (Iterator<String> it = node.fieldNames(); it.hasNext();) {
                String name = it.next();
                if (!name.equals("amount") && !name.equals("currency")) {
                    ctxt.handleUnknownProperty(p, this, Money.class, name);
                }
            }
            JsonNode amount = node.get("amount");
            JsonNode currency = node.get("currency");
            if (amount == null || amount.isNull() || currency == null || currency.isNull()) {
                return (Money) ctxt.handleWeirdKey(Money.class, String.valueOf(node),
                        "money needs both 'amount' and 'currency'");
            }
            return Money.of(amount.asText(), currency.asText());
        }
    }
}

package dev.legalbilling.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdScalarSerializer;
import java.io.IOException;
import java.util.function.Function;

/** Writes single-valued types (typed ids) as plain JSON strings and reads them back. Not part of the API. */
public final class StringValueJson {
    private StringValueJson() {
    }

    /**
     * @param module the module to register with
     * @param type the value type
     * @param toText how to write a value
     * @param fromText how to read one (may throw a domain validation error)
     * @param <T> the value type
     */
    public static <T> void register(SimpleModule module, Class<T> type, Function<T, String> toText,
            Function<String, T> fromText) {
        module.addSerializer(type, new StdScalarSerializer<T>(type) {
            private static final long serialVersionUID = 1L;

            @Override
            public void serialize(T value, JsonGenerator gen, SerializerProvider provider) throws IOException {
                gen.writeString(toText.apply(value));
            }
        });
        module.addDeserializer(type, new StdScalarDeserializer<T>(type) {
            private static final long serialVersionUID = 1L;

            @Override
            public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                if (p.currentToken() != JsonToken.VALUE_STRING && !p.currentToken().isNumeric()) {
                    return type.cast(ctxt.handleUnexpectedToken(type, p));
                }
                return fromText.apply(p.getText());
            }
        });
    }
}

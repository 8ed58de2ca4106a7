package dev.legalbilling.json.matter.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;

/**
 * Writes a domain value by converting it to its file shape and writing that. Not API.
 *
 * @param <T> the domain type
 */
public abstract class ShapeSerializer<T> extends StdSerializer<T> {
    private static final long serialVersionUID = 1L;

    /** @param type the domain type */
    protected ShapeSerializer(Class<T> type) {
        super(type);
    }

    @Override
    public void serialize(T value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        provider.defaultSerializeValue(shapeOf(value, provider), gen);
    }

    /**
     * @param value the domain value
     * @param provider the provider, for writer attributes such as the document currency
     * @return the file shape to write
     */
    protected abstract Object shapeOf(T value, SerializerProvider provider);
}

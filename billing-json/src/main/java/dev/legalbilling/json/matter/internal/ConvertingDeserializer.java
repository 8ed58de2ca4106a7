package dev.legalbilling.json.matter.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import dev.legalbilling.BillingException;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads a value as its file shape (a record whose components are the keys of the file), then converts it to the
 * domain type; a failure of the conversion is reported at the line where the object starts, with the offending key
 * appended to the path. Not API.
 *
 * @param <D> the file shape
 * @param <T> the domain type
 */
public abstract class ConvertingDeserializer<D extends Record, T> extends StdDeserializer<T> {
    private static final long serialVersionUID = 1L;

    private final Class<D> shape;
    private final Set<String> keys;

    /**
     * @param type the domain type
     * @param shape the file shape
     */
    protected ConvertingDeserializer(Class<T> type, Class<D> shape) {
        super(type);
        this.shape = shape;
        this.keys = keysOf(shape);
    }

    /**
     * @param shape a file shape
     * @return its keys: the record's component names
     */
    public static Set<String> keysOf(Class<? extends Record> shape) {
        return Arrays.stream(shape.getRecordComponents()).map(RecordComponent::getName)
                .collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        JsonLocation start = p.currentTokenLocation();
        D read = ctxt.readValue(p, shape);
        try {
            T value = convert(read, ctxt);
            Origins.note(ctxt, value, start);
            return value;
        } catch (KeyedException e) {
            throw LocatedMappingException.of(p, start, e.key(), e.getMessage(), e.getCause());
        } catch (BillingException e) {
            throw LocatedMappingException.of(p, start, KeyedException.keyOf(e, keys), e.getMessage(), e);
        }
    }

    /**
     * @param read the value as read
     * @param ctxt the context, for reader attributes such as the document currency
     * @return the domain value
     * @throws KeyedException or {@link BillingException} when the value is invalid
     */
    protected abstract T convert(D read, DeserializationContext ctxt);
}

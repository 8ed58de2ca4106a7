package dev.legalbilling.json.matter.internal;

import dev.legalbilling.BillingException;
import dev.legalbilling.InvalidValueException;
import java.util.Set;
import java.util.function.Supplier;

/**
 * A value of a file could not be converted, and the failure belongs to one key of the object being converted (or to
 * the object as a whole when {@link #key()} is null). Caught where the object's position is known and turned into a
 * located error. Not API.
 */
public final class KeyedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String key;

    private KeyedException(String key, String message, Throwable cause) {
        super(message, cause);
        this.key = key;
    }

    /**
     * @param key the key at fault, or null for the whole object
     * @param problem what is wrong, a sentence fragment that reads after the key, e.g. {@code "is required"}
     * @return the exception
     */
    public static KeyedException of(String key, String problem) {
        return new KeyedException(key, problem, null);
    }

    /**
     * Runs a conversion whose failures belong to one key.
     *
     * @param key the key the converted value was read from
     * @param conversion the conversion; may throw a {@link BillingException}
     * @param <T> the converted type
     * @return the converted value
     * @throws KeyedException carrying the domain failure, when the conversion fails
     */
    public static <T> T at(String key, Supplier<T> conversion) {
        try {
            return conversion.get();
        } catch (BillingException e) {
            throw new KeyedException(key, e.getMessage(), e);
        }
    }

    /**
     * @param key the key of a required value
     * @param value the value read, or null when the key was absent
     * @param <T> the value type
     * @return the value
     * @throws KeyedException when the value is null
     */
    public static <T> T required(String key, T value) {
        if (value == null) {
            throw of(key, "is required");
        }
        return value;
    }

    /**
     * Finds the key a domain failure belongs to: the failing field when it (or its last dotted segment, as in
     * {@code flatFee.due}) is one of the keys.
     *
     * @param e a domain failure
     * @param keys the keys of the object being converted
     * @return the key, or null when the failure concerns the object as a whole
     */
    public static String keyOf(BillingException e, Set<String> keys) {
        if (e instanceof InvalidValueException v && v.field() != null) {
            String field = v.field();
            if (keys.contains(field)) {
                return field;
            }
            String last = field.substring(field.lastIndexOf('.') + 1);
            if (keys.contains(last)) {
                return last;
            }
        }
        return null;
    }

    /** @return the key at fault, or null for the whole object */
    public String key() {
        return key;
    }
}

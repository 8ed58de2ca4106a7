package dev.legalbilling.json.matter.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.DeserializationContext;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Where each value converted while reading one document started, so that checks made after reading (a timekeeper
 * listed twice, a rate for an unknown timekeeper) can still name the line. Set as a reader attribute; one per read;
 * not thread-safe. Not API.
 */
public final class Origins {
    /** Reader attribute key under which an {@code Origins} is found. */
    public static final String ATTRIBUTE = "dev.legalbilling.json.matter.origins";

    private final Map<Object, JsonLocation> starts = new IdentityHashMap<>();

    /**
     * Remembers where a value started, when the reader has an {@code Origins}.
     *
     * @param ctxt the deserialization context
     * @param value the converted value
     * @param start where its text started
     */
    static void note(DeserializationContext ctxt, Object value, JsonLocation start) {
        if (value != null && start != null && ctxt.getAttribute(ATTRIBUTE) instanceof Origins origins) {
            origins.starts.put(value, start);
        }
    }

    /**
     * @param value a value converted during the read
     * @return its 1-based line, or 0 when unknown
     */
    public int line(Object value) {
        JsonLocation at = starts.get(value);
        return at == null ? 0 : Math.max(at.getLineNr(), 0);
    }

    /**
     * @param value a value converted during the read
     * @return its 1-based column, or 0 when unknown
     */
    public int column(Object value) {
        JsonLocation at = starts.get(value);
        return at == null ? 0 : Math.max(at.getColumnNr(), 0);
    }
}

package dev.legalbilling.json.matter.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;

/**
 * A Jackson mapping failure reported at a position chosen by the caller (the start of the object whose conversion
 * failed) rather than where the parser stopped, with the domain failure as its cause so that
 * {@code BillingJson.translate} uses the domain message. Not API.
 */
public final class LocatedMappingException extends JsonMappingException {
    private static final long serialVersionUID = 1L;

    private LocatedMappingException(JsonParser parser, String message, JsonLocation at, Throwable cause) {
        super(parser, message, cause);
        _location = at;
    }

    /**
     * @param parser the parser reading the document
     * @param at where the offending object starts
     * @param key the key at fault within the object, or null
     * @param message what is wrong
     * @param cause the domain failure, or null
     * @return the exception, its path starting with {@code key} when one is given
     */
    public static LocatedMappingException of(JsonParser parser, JsonLocation at, String key, String message,
            Throwable cause) {
        LocatedMappingException e = new LocatedMappingException(parser, message, at, cause);
        if (key != null) {
            e.prependPath(new Reference(null, key));
        }
        return e;
    }
}

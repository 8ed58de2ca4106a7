package dev.legalbilling;

/**
 * A value given to a domain type is out of range or malformed: negative hours, an unknown UTBMS code, a blank id.
 *
 * <p>The message names the field and the offending value, e.g. {@code hours must be between 0 and 24, was 25.5}.
 * Code: {@code INVALID_VALUE}.
 */
public final class InvalidValueException extends BillingException {
    private static final long serialVersionUID = 1L;

    private final String field;
    private final String value;

    /**
     * @param field the field or parameter name, e.g. {@code hours}
     * @param value the offending value as text (may be null when the value was missing)
     * @param problem what is wrong with it, e.g. {@code must be between 0 and 24}
     */
    public InvalidValueException(String field, Object value, String problem) {
        super("INVALID_VALUE", field + " " + problem + ", was " + (value == null ? "missing" : "'" + value + "'"));
        this.field = field;
        this.value = value == null ? null : String.valueOf(value);
    }

    /** @return the name of the field that holds the bad value */
    public String field() {
        return field;
    }

    /** @return the offending value as text, or null when it was missing */
    public String value() {
        return value;
    }
}

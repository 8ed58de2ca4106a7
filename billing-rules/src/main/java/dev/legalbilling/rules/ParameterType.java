package dev.legalbilling.rules;

/** The type of a named rule parameter (see {@link ParameterValue}). */
public enum ParameterType {
    /** A decimal number, e.g. hours. */
    DECIMAL,
    /** An amount in the invoice currency. */
    MONEY,
    /** A whole number. */
    INTEGER,
    /** A list of strings, e.g. banned words or task codes. */
    STRING_LIST
}

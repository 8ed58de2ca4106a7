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
    STRING_LIST,
    /** Yes or no, e.g. whether internal conferences are billable. */
    BOOLEAN,
    /** Decimal numbers by key, e.g. a cap per expense code or an approved rate per timekeeper id. */
    DECIMAL_MAP
}

package dev.legalbilling.rules;

/** How serious a {@link Finding} is. Ordered from most to least serious. */
public enum Severity {
    /** The line or invoice breaks a rule and should not be sent as is. */
    ERROR,
    /** The line or invoice probably breaks a rule; a person should look. */
    WARNING,
    /** Worth knowing; no action needed. */
    INFO
}

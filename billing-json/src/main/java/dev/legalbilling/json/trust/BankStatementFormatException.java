package dev.legalbilling.json.trust;

import dev.legalbilling.BillingException;
import java.util.Objects;

/**
 * A bank statement file is not valid JSON or does not describe a valid statement. The message names the source, the
 * location (a JSON pointer such as {@code /outstandingChecks/1/amount}, or line and column for a syntax error) and
 * the problem. Code {@code TRUST_STATEMENT_INVALID}.
 */
public final class BankStatementFormatException extends BillingException {
    private static final long serialVersionUID = 1L;

    private final String source;
    private final String location;

    /**
     * @param source the file or stream name; not null
     * @param location a JSON pointer or {@code line L, column C}; not null
     * @param problem what is wrong; not null
     * @param cause the underlying cause; may be null
     */
    public BankStatementFormatException(String source, String location, String problem, Throwable cause) {
        super("TRUST_STATEMENT_INVALID", Objects.requireNonNull(source, "source") + ": "
                + Objects.requireNonNull(location, "location") + ": " + problem, cause);
        this.source = source;
        this.location = location;
    }

    /** @return the file or stream name */
    public String source() {
        return source;
    }

    /** @return the JSON pointer or line and column of the problem */
    public String location() {
        return location;
    }
}

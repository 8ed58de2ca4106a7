package dev.legalbilling;

import java.util.Objects;

/**
 * Root of every error this library raises on purpose.
 *
 * <p>Each failure kind has a stable {@link #code() code} (for example {@code MONEY_CURRENCY_MISMATCH}) that callers
 * may switch on and that tools such as the CLI print; subclasses carry the culprits (file, line, field, value, rule
 * id) as fields, and the message names them in one sentence. Codes never change meaning between versions.
 *
 * <p>Instances are immutable and safe to share between threads.
 */
public class BillingException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String code;

    /**
     * Creates an exception with a stable code and a one-sentence message.
     *
     * @param code stable error code, upper case with underscores; never null
     * @param message what went wrong, naming the culprit; never null
     */
    public BillingException(String code, String message) {
        super(Objects.requireNonNull(message, "message"));
        this.code = Objects.requireNonNull(code, "code");
    }

    /**
     * Creates an exception with a stable code, a message and the underlying cause.
     *
     * @param code stable error code; never null
     * @param message what went wrong; never null
     * @param cause the underlying cause; may be null
     */
    public BillingException(String code, String message, Throwable cause) {
        super(Objects.requireNonNull(message, "message"), cause);
        this.code = Objects.requireNonNull(code, "code");
    }

    /** @return the stable error code of this failure kind, e.g. {@code WORK_INVALID_VALUE} */
    public String code() {
        return code;
    }
}

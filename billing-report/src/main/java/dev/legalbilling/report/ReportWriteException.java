package dev.legalbilling.report;

import dev.legalbilling.BillingException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A report or letter file that could not be written; nothing partial is left behind. Code
 * {@code REPORT_NOT_WRITTEN}. Immutable.
 */
public final class ReportWriteException extends BillingException {
    private static final long serialVersionUID = 1L;

    private final transient Path file;

    /**
     * @param file the file that was being written; never null
     * @param reason why it failed, e.g. the I/O error's message; never null
     * @param cause the underlying error, or null
     */
    public ReportWriteException(Path file, String reason, Throwable cause) {
        super("REPORT_NOT_WRITTEN", Objects.requireNonNull(file, "file") + " cannot be written ("
                + Objects.requireNonNull(reason, "reason") + ")", cause);
        this.file = file;
    }

    /** @return the file that was being written */
    public Path file() {
        return file;
    }
}

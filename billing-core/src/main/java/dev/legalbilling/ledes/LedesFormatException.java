package dev.legalbilling.ledes;

import dev.legalbilling.BillingException;
import java.util.Objects;

/**
 * A LEDES file could not be read or written at all: an I/O failure ({@link LedesErrorCode#IO_ERROR}), or a value the
 * writer refuses ({@link LedesErrorCode#UNWRITABLE_VALUE}, {@link LedesErrorCode#NO_LINE_ITEMS},
 * {@link LedesErrorCode#DUPLICATE_INVOICE_NUMBER}).
 *
 * <p>Bad <em>content</em> met while reading never throws: it becomes {@link LedesIssue}s. The
 * {@linkplain #code() stable code} is {@code LEDES_} followed by the error code's name, e.g.
 * {@code LEDES_UNWRITABLE_VALUE}; the message names file, invoice, line and field where known. Immutable.
 */
public final class LedesFormatException extends BillingException {
    private static final long serialVersionUID = 1L;

    private final LedesErrorCode errorCode;
    private final String file;
    private final String invoiceNumber;
    private final String lineNumber;
    private final String field;

    /**
     * @param errorCode what went wrong; never null
     * @param file the file name, or null when writing to a stream
     * @param invoiceNumber the invoice concerned, or null
     * @param lineNumber the LINE_ITEM_NUMBER concerned, or null
     * @param field the LEDES field concerned, or null
     * @param problem the rest of the sentence, e.g. {@code contains a pipe '|'}
     * @param cause the underlying exception, or null
     */
    public LedesFormatException(LedesErrorCode errorCode, String file, String invoiceNumber, String lineNumber,
            String field, String problem, Throwable cause) {
        super("LEDES_" + Objects.requireNonNull(errorCode, "errorCode").name(),
                describe(file, invoiceNumber, lineNumber, field, problem) + " [" + errorCode.code() + "]", cause);
        this.errorCode = errorCode;
        this.file = file;
        this.invoiceNumber = invoiceNumber;
        this.lineNumber = lineNumber;
        this.field = field;
    }

    private static String describe(String file, String invoice, String line, String field, String problem) {
        StringBuilder b = new StringBuilder();
        if (file != null) {
            b.append(file).append(": ");
        }
        if (invoice != null) {
            b.append("invoice ").append(invoice).append(' ');
        }
        if (line != null) {
            b.append("line ").append(line).append(' ');
        }
        if (field != null) {
            b.append(field).append(' ');
        }
        return b.append(problem).toString();
    }

    /** @return the LEDES error code */
    public LedesErrorCode errorCode() {
        return errorCode;
    }

    /** @return the file name, or null when unknown */
    public String file() {
        return file;
    }

    /** @return the invoice number concerned, or null */
    public String invoiceNumber() {
        return invoiceNumber;
    }

    /** @return the LINE_ITEM_NUMBER concerned, or null */
    public String lineNumber() {
        return lineNumber;
    }

    /** @return the LEDES field concerned, or null */
    public String field() {
        return field;
    }
}

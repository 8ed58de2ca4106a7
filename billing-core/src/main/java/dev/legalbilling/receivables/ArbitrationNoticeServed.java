package dev.legalbilling.receivables;

import dev.legalbilling.InvalidValueException;
import dev.legalbilling.invoice.InvoiceNumber;
import dev.legalbilling.receivables.internal.Arguments;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The firm served the client a notice of the client's right to fee arbitration (New York Part 137 "Notice of
 * Client's Right to Arbitrate"; California State Bar "Notice of Client's Right to Fee Arbitration") concerning this
 * invoice. The date feeds {@code ETH-FEE-ARBITRATION-NOTICE}.
 *
 * @param invoice the invoice the fee dispute concerns
 * @param date the day the notice was served (received by the client)
 */
public record ArbitrationNoticeServed(InvoiceNumber invoice, LocalDate date) implements Posting {

    /**
     * Validates the notice.
     *
     * @throws InvalidValueException when the date is missing
     */
    public ArbitrationNoticeServed {
        Objects.requireNonNull(invoice, "invoice");
        Arguments.date("noticeDate", date);
    }
}

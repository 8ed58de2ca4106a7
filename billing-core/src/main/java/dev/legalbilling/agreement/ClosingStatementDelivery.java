package dev.legalbilling.agreement;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The fact that the written closing statement of a contingent matter was delivered to the client, and when (ABA
 * Model Rule 1.5(c)): the outcome and, if there is a recovery, the remittance to the client and how it was computed.
 * Its absence, once the matter has an outcome, is what {@code ETH-CLOSING-STATEMENT-MISSING} looks for. The
 * statement's content, as computed from a recovery, is a {@link dev.legalbilling.fee.ClosingStatement}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param deliveredOn the date the statement was delivered to the client
 */
public record ClosingStatementDelivery(LocalDate deliveredOn) {

    /** Checks that the date is present. */
    public ClosingStatementDelivery {
        Objects.requireNonNull(deliveredOn, "deliveredOn");
    }
}

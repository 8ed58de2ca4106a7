package dev.legalbilling.agreement;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The written statement a lawyer gives the client at the end of a contingent matter: the outcome and, if there is a
 * recovery, the remittance to the client and how it was computed (ABA Model Rule 1.5(c)). Its absence, once the
 * matter has an outcome, is what {@code ETH-CLOSING-STATEMENT-MISSING} looks for.
 *
 * <p>Immutable and thread-safe.
 *
 * @param deliveredOn the date the statement was delivered to the client
 */
public record ClosingStatement(LocalDate deliveredOn) {

    /** Checks that the date is present. */
    public ClosingStatement {
        Objects.requireNonNull(deliveredOn, "deliveredOn");
    }
}

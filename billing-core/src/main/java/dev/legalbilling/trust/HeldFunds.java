package dev.legalbilling.trust;

import dev.legalbilling.money.Money;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * Money still held in trust for a matter that has closed: plain data for a "funds held since closing" rule (for
 * example California's presumption of a violation after 45 days; the threshold belongs to the rule's profile).
 *
 * @param ledger the client ledger; never null
 * @param balance its positive balance as of {@code asOf}; never null
 * @param matterClosedOn the day the matter closed, as given by the caller; never null
 * @param asOf the day of the check; never null
 */
public record HeldFunds(LedgerId ledger, Money balance, LocalDate matterClosedOn, LocalDate asOf) {
    /** Checks for nulls. */
    public HeldFunds {
        Objects.requireNonNull(ledger, "ledger");
        Objects.requireNonNull(balance, "balance");
        Objects.requireNonNull(matterClosedOn, "matterClosedOn");
        Objects.requireNonNull(asOf, "asOf");
    }

    /** @return whole days from closing to {@code asOf} */
    public long daysSinceClosing() {
        return ChronoUnit.DAYS.between(matterClosedOn, asOf);
    }
}

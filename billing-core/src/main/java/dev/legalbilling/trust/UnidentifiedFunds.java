package dev.legalbilling.trust;

import dev.legalbilling.money.Money;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A deposit to the unidentified-funds ledger not yet fully resolved to its owner: plain data for an "unidentified
 * funds" rule (a documented search is required; unclaimed money eventually goes to the state).
 *
 * @param deposit the deposit entry; never null
 * @param received the deposit date; never null
 * @param deposited the amount credited to the unidentified ledger by it; never null
 * @param unresolved the part not yet moved to a client ledger; positive
 * @param asOf the day of the check; never null
 */
public record UnidentifiedFunds(TrustEntryId deposit, LocalDate received, Money deposited, Money unresolved,
        LocalDate asOf) {
    /** Checks for nulls. */
    public UnidentifiedFunds {
        Objects.requireNonNull(deposit, "deposit");
        Objects.requireNonNull(received, "received");
        Objects.requireNonNull(deposited, "deposited");
        Objects.requireNonNull(unresolved, "unresolved");
        Objects.requireNonNull(asOf, "asOf");
    }

    /** @return whole days from receipt to {@code asOf} */
    public long daysOutstanding() {
        return ChronoUnit.DAYS.between(received, asOf);
    }
}

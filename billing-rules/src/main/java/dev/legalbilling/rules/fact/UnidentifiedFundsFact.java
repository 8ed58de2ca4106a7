package dev.legalbilling.rules.fact;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A deposit to the trust account's unidentified-funds ledger not yet resolved to its owner as of the ethics
 * context's date. One per such deposit (account-wide: unidentified money belongs to no known client yet).
 *
 * <pre>{@code
 * $u : UnidentifiedFundsFact(daysOutstanding > 30)
 * }</pre>
 *
 * @param accountId the trust account
 * @param deposit the deposit entry, e.g. {@code "IOLTA-1#17"}
 * @param receivedOn the deposit date
 * @param deposited the amount credited to the unidentified ledger by it
 * @param unresolved the part still unidentified
 * @param currency ISO 4217 code of the amounts
 * @param asOf the day of the check
 * @param daysOutstanding whole days from receipt to {@code asOf}
 */
public record UnidentifiedFundsFact(String accountId, String deposit, LocalDate receivedOn, BigDecimal deposited,
        BigDecimal unresolved, String currency, LocalDate asOf, long daysOutstanding) {

    /** Checks that nothing is null. */
    public UnidentifiedFundsFact {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(deposit, "deposit");
        Objects.requireNonNull(receivedOn, "receivedOn");
        Objects.requireNonNull(deposited, "deposited");
        Objects.requireNonNull(unresolved, "unresolved");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(asOf, "asOf");
    }
}

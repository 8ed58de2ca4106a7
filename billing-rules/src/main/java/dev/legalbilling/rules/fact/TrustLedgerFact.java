package dev.legalbilling.rules.fact;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One trust ledger of the invoice's client (with or without a matter), as of the ethics context's date from the
 * trust journal or, when the context has no journal, as of the latest reconciliation. Only the checked invoice's
 * client's ledgers become facts, so a report never shows another client's trust money.
 *
 * <pre>{@code
 * $l : TrustLedgerFact(lowestBalance < 0)
 * $l : TrustLedgerFact(matterClosed, balance > 0, daysSinceClosing > 90)
 * }</pre>
 *
 * @param accountId the trust account
 * @param ledger the ledger as ids, e.g. {@code "client ACME/M-100"}; never a name
 * @param clientId the client
 * @param matterId the matter of a per-matter ledger, or {@code ""}
 * @param currency ISO 4217 code of the amounts
 * @param asOf the day of the balances
 * @param source {@code "JOURNAL"} or {@code "RECONCILIATION"}: where the figures come from
 * @param balance the balance on {@code asOf}
 * @param lowestBalance the lowest running balance up to {@code asOf} (the balance itself for a reconciliation);
 *     never above zero when the ledger had no money at some point
 * @param matterClosed whether the context records the ledger's matter as closed on or before {@code asOf}
 * @param matterClosedOn that closing date; null when not closed
 * @param daysSinceClosing whole days from closing to {@code asOf}; zero when not closed
 */
public record TrustLedgerFact(String accountId, String ledger, String clientId, String matterId, String currency,
        LocalDate asOf, String source, BigDecimal balance, BigDecimal lowestBalance, boolean matterClosed,
        LocalDate matterClosedOn, long daysSinceClosing) {

    /** Checks that nothing required is null. */
    public TrustLedgerFact {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(ledger, "ledger");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(matterId, "matterId");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(balance, "balance");
        Objects.requireNonNull(lowestBalance, "lowestBalance");
    }
}

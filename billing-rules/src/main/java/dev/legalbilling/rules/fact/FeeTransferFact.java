package dev.legalbilling.rules.fact;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * For one invoice of the checked invoice's client, what has been moved from trust to the operating account against
 * what is earned and undisputed ({@code dev.legalbilling.trust.FeeTransferStatus}, using the ethics context's earned
 * fees). One per invoice with transfers from a ledger of the client.
 *
 * <pre>{@code
 * $f : FeeTransferFact(transferred > earnedUndisputed)
 * }</pre>
 *
 * @param accountId the trust account
 * @param invoice the invoice the transfers were made for (not necessarily the invoice being checked)
 * @param ledger the client ledger debited, as ids
 * @param invoiceKnown whether the context's earned fees list the invoice at all
 * @param earnedUndisputed its earned, undisputed amount; zero when unknown
 * @param transferred the net amount transferred for it (transfers less reversals)
 * @param excess {@code transferred − earnedUndisputed}, zero when not above
 * @param currency ISO 4217 code of the amounts
 */
public record FeeTransferFact(String accountId, String invoice, String ledger, boolean invoiceKnown,
        BigDecimal earnedUndisputed, BigDecimal transferred, BigDecimal excess, String currency) {

    /** Checks that nothing is null. */
    public FeeTransferFact {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(invoice, "invoice");
        Objects.requireNonNull(ledger, "ledger");
        Objects.requireNonNull(earnedUndisputed, "earnedUndisputed");
        Objects.requireNonNull(transferred, "transferred");
        Objects.requireNonNull(excess, "excess");
        Objects.requireNonNull(currency, "currency");
    }
}

package dev.legalbilling.trust;

import dev.legalbilling.internal.Checks;
import dev.legalbilling.party.Jurisdiction;
import java.util.Currency;
import java.util.Objects;

/**
 * A trust bank account: what the journal records money movements for.
 *
 * <p>The bank account number is deliberately not part of this type, so it never reaches a journal file or report.
 * Immutable and thread-safe.
 *
 * @param id the firm's name for the account; never null
 * @param kind IOLTA or separate interest-bearing; never null
 * @param bankName the bank holding the account, e.g. {@code First Example Bank}; not blank
 * @param currency the currency of every amount in the account; never null
 * @param jurisdiction whose trust-accounting rules govern the account; never null
 */
public record TrustAccount(TrustAccountId id, TrustAccountKind kind, String bankName, Currency currency,
        Jurisdiction jurisdiction) {
    /** Validates the fields. */
    public TrustAccount {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        bankName = Checks.identifier("bankName", bankName);
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(jurisdiction, "jurisdiction");
    }
}

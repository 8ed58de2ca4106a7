package dev.legalbilling.rules;

import dev.legalbilling.InvalidValueException;
import dev.legalbilling.internal.Checks;
import dev.legalbilling.money.Money;
import dev.legalbilling.party.ClientId;
import dev.legalbilling.party.MatterId;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Money the firm received from a client as a fee paid before it is earned: a retainer or a flat fee (ABA Model Rule
 * 1.15(c); Formal Op. 505 (2023): it goes into trust until earned, whatever the agreement calls it). Input to the
 * ethics rule {@code ETH-TRUST-ADVANCE-FEE-NOT-DEPOSITED}, which looks for the matching deposit in the trust journal
 * of the {@link EthicsContext}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param reference the firm's reference for the receipt (receipt or payment number); not blank; not privileged
 * @param client who paid
 * @param matter the matter it is for, or null when it is for the client generally
 * @param receivedOn the day the firm received it
 * @param amount the amount received; above zero
 * @param flatFee whether it is a flat fee rather than a retainer drawn down as fees are earned
 */
public record AdvanceFeeReceipt(String reference, ClientId client, MatterId matter, LocalDate receivedOn,
        Money amount, boolean flatFee) {

    /**
     * Validates the receipt.
     *
     * @throws InvalidValueException when the reference is blank or the amount not above zero
     */
    public AdvanceFeeReceipt {
        Checks.notBlank("reference", reference);
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(receivedOn, "receivedOn");
        Objects.requireNonNull(amount, "amount");
        if (!amount.isPositive()) {
            throw new InvalidValueException("amount", amount, "must be above zero on advance fee " + reference);
        }
    }

    /** @return the matter, when the receipt names one */
    public Optional<MatterId> matterIfAny() {
        return Optional.ofNullable(matter);
    }
}

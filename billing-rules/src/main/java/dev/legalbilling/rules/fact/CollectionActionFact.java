package dev.legalbilling.rules.fact;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One step taken to collect fees from the checked invoice's client ({@code
 * dev.legalbilling.receivables.collection.CollectionAction}), as recorded in the ethics context. One per step of the
 * client.
 *
 * <pre>{@code
 * $c : CollectionActionFact(takesTrustFundsWithoutEarnedUndisputedInvoice)
 * }</pre>
 *
 * @param actionNumber the step's 1-based position among the context's collection actions (links
 *     {@link FeeArbitrationDuty} facts to it)
 * @param type {@code "REMINDER"}, {@code "DEMAND_LETTER"}, {@code "REFERRAL_TO_AGENCY"} or {@code "LAWSUIT"}
 * @param date the day the step is taken
 * @param clientId the client pursued
 * @param matterId the matter, or {@code ""} when the step spans several
 * @param invoices the invoices it concerns, possibly none; unmodifiable
 * @param jurisdiction the governing jurisdiction code, or {@code ""} when unknown
 * @param matterType a {@code dev.legalbilling.party.MatterType} name
 * @param currency ISO 4217 code of the amounts
 * @param amountClaimed what the step seeks
 * @param amountInDispute how much of it the client disputes
 * @param earnedUndisputedBalance the earned, undisputed open balance of the named invoices: the most that may be
 *     taken from trust
 * @param takesFundsHeldInTrust whether the money would come from funds held in trust for the client
 * @param takesTrustFundsWithoutEarnedUndisputedInvoice whether it takes trust funds naming no invoice or claiming
 *     more than {@code earnedUndisputedBalance}
 */
public record CollectionActionFact(int actionNumber, String type, LocalDate date, String clientId, String matterId,
        List<String> invoices, String jurisdiction, String matterType, String currency, BigDecimal amountClaimed,
        BigDecimal amountInDispute, BigDecimal earnedUndisputedBalance, boolean takesFundsHeldInTrust,
        boolean takesTrustFundsWithoutEarnedUndisputedInvoice) {

    /** Checks that nothing is null and copies the list. */
    public CollectionActionFact {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(matterId, "matterId");
        invoices = List.copyOf(invoices);
        Objects.requireNonNull(jurisdiction, "jurisdiction");
        Objects.requireNonNull(matterType, "matterType");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(amountClaimed, "amountClaimed");
        Objects.requireNonNull(amountInDispute, "amountInDispute");
        Objects.requireNonNull(earnedUndisputedBalance, "earnedUndisputedBalance");
    }
}

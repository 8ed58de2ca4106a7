package dev.legalbilling.rules.fact;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * How the matter's contingent fee agreement ended, and whether the closing statement ABA Model Rule 1.5(c) requires
 * was delivered. At most one per session: present when the matter's recorded agreement is contingent and has an
 * outcome.
 *
 * <pre>{@code
 * $o : ContingencyOutcomeFact(closingStatementDelivered == false, daysSinceOutcome > 15)
 * }</pre>
 *
 * @param matterId the matter
 * @param resolvedOn the date of the settlement, judgment or final decision
 * @param stage the stage it was resolved at, a {@code dev.legalbilling.contingency.Stage} label (e.g.
 *     {@code "pre-suit"}, {@code "trial"})
 * @param recovery the gross amount recovered, zero when lost, in {@code currency}
 * @param costs the costs and expenses of the matter, in {@code currency}
 * @param currency ISO 4217 code of the amounts
 * @param loss true when nothing was recovered
 * @param closingStatementDelivered whether the written closing statement was delivered to the client
 * @param closingStatementDeliveredOn when; null when not delivered
 * @param asOf the day the check judges the matter as of (the ethics context's date, else the invoice date)
 * @param daysSinceOutcome whole days from {@code resolvedOn} to {@code asOf}; negative when the outcome is later
 */
public record ContingencyOutcomeFact(String matterId, LocalDate resolvedOn, String stage, BigDecimal recovery,
        BigDecimal costs, String currency, boolean loss, boolean closingStatementDelivered,
        LocalDate closingStatementDeliveredOn, LocalDate asOf, long daysSinceOutcome) {

    /** Checks that nothing required is null. */
    public ContingencyOutcomeFact {
        Objects.requireNonNull(matterId, "matterId");
        Objects.requireNonNull(resolvedOn, "resolvedOn");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(recovery, "recovery");
        Objects.requireNonNull(costs, "costs");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(asOf, "asOf");
    }
}

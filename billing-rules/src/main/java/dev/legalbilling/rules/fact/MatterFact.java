package dev.legalbilling.rules.fact;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The matter the invoice bills. Exactly one per session. Carries no names (matter and client names are privileged).
 *
 * <pre>{@code
 * MatterFact(practiceArea == "LITIGATION", jurisdiction str[startsWith] "US-")
 * }</pre>
 *
 * @param matterId the firm's matter id
 * @param clientId the client's id
 * @param clientMatterId the client's own matter number, or {@code ""}
 * @param practiceArea a {@code dev.legalbilling.party.PracticeArea} name, e.g. {@code "LITIGATION"}
 * @param matterType a {@code dev.legalbilling.party.MatterType} name, e.g. {@code "PERSONAL_INJURY"}
 * @param jurisdiction jurisdiction code, e.g. {@code "US-NY"}
 * @param arrangement the fee arrangement, e.g. {@code "HOURLY"}
 * @param codeSet UTBMS code set, e.g. {@code "LITIGATION"}
 * @param currency ISO 4217 code
 * @param budget the agreed fee budget; zero when {@code hasBudget} is false
 * @param hasBudget true when a budget is agreed
 */
public record MatterFact(String matterId, String clientId, String clientMatterId, String practiceArea,
        String matterType, String jurisdiction, String arrangement, String codeSet, String currency,
        BigDecimal budget, boolean hasBudget) {

    /** Checks that nothing is null. */
    public MatterFact {
        Objects.requireNonNull(matterId, "matterId");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(clientMatterId, "clientMatterId");
        Objects.requireNonNull(practiceArea, "practiceArea");
        Objects.requireNonNull(matterType, "matterType");
        Objects.requireNonNull(jurisdiction, "jurisdiction");
        Objects.requireNonNull(arrangement, "arrangement");
        Objects.requireNonNull(codeSet, "codeSet");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(budget, "budget");
    }
}

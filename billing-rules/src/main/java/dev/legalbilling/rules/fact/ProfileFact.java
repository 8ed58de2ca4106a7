package dev.legalbilling.rules.fact;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The guideline profile in force for the check. Exactly one per session. Thresholds are not here but in
 * {@link Parameter} facts, one per parameter, so that constraints stay simple and indexable.
 *
 * <pre>{@code
 * ProfileFact(clientId != "")
 * }</pre>
 *
 * @param profileId the profile id, e.g. {@code "acme-2026"}
 * @param clientId the client the profile belongs to, or {@code ""} for a generic profile
 * @param effectiveDate the first day the profile applies
 */
public record ProfileFact(String profileId, String clientId, LocalDate effectiveDate) {

    /** Checks that nothing is null. */
    public ProfileFact {
        Objects.requireNonNull(profileId, "profileId");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(effectiveDate, "effectiveDate");
    }
}

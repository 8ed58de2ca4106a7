package dev.legalbilling.rules.profile;

import dev.legalbilling.party.ClientId;
import dev.legalbilling.rules.GuidelineProfile;
import java.util.Objects;
import java.util.Optional;

/**
 * A guideline profile read from a file, with the matters it applies to: what a {@link ProfileCatalog} holds and a
 * {@link ProfileSelector} picks from.
 *
 * <p>Immutable and thread-safe.
 *
 * @param profile the profile the engine applies
 * @param scope the practice areas and matter types it applies to
 * @param description free text from the file; may be empty
 * @param source where it was read from (a file path or {@code bundled:<id>}), for messages
 */
public record ScopedProfile(GuidelineProfile profile, ProfileScope scope, String description, String source) {

    /** Validates and defaults. */
    public ScopedProfile {
        Objects.requireNonNull(profile, "profile");
        scope = scope == null ? ProfileScope.any() : scope;
        description = description == null ? "" : description;
        Objects.requireNonNull(source, "source");
    }

    /** @return the profile id */
    public String id() {
        return profile.id();
    }

    /** @return the client the profile belongs to; empty for a generic profile */
    public Optional<ClientId> client() {
        return profile.clientIfSet();
    }

    /** @return id, client, effective date and scope, without the description */
    @Override
    public String toString() {
        return "ScopedProfile[" + id() + ", client " + client().map(ClientId::value).orElse("any") + ", from "
                + profile.effectiveDate() + ", " + scope + "]";
    }
}

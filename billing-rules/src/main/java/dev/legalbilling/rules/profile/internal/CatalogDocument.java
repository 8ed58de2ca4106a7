package dev.legalbilling.rules.profile.internal;

import dev.legalbilling.party.MatterType;
import dev.legalbilling.party.PracticeArea;
import java.util.List;

/**
 * A profile catalogue file as written (see {@code docs/profiles.md}).
 *
 * @param profiles profile files relative to the catalogue, or bundled profile ids
 * @param matters what invoices do not carry about each matter
 * @param fallback the profile id used when no profile applies, or null to make that an error
 */
public record CatalogDocument(List<String> profiles, List<Matter> matters, String fallback) {

    /**
     * @param clientId the client id as on invoices
     * @param matterId the firm's matter id as on invoices
     * @param practiceArea the matter's practice area, or null
     * @param matterType the matter's type, or null
     * @param profile the id of the profile to use for it whatever the scopes say, or null
     */
    public record Matter(String clientId, String matterId, PracticeArea practiceArea, MatterType matterType,
            String profile) {
    }
}

package dev.legalbilling.rules.profile;

import dev.legalbilling.party.ClientId;
import dev.legalbilling.party.MatterId;
import dev.legalbilling.party.MatterType;
import dev.legalbilling.party.PracticeArea;
import java.util.Objects;
import java.util.Optional;

/**
 * What a catalogue knows about one matter that an invoice does not carry (a LEDES invoice names only the client and
 * the matter): its practice area and type, or the profile to use for it whatever the scopes say.
 *
 * <p>Immutable and thread-safe.
 *
 * @param client the client id as on invoices
 * @param matter the firm's matter id as on invoices
 * @param practiceArea the practice area, or null when not given
 * @param matterType the matter type, or null when not given
 * @param profileId the id of the profile pinned to the matter, or null
 */
public record MatterMapping(ClientId client, MatterId matter, PracticeArea practiceArea, MatterType matterType,
        String profileId) {

    /** Checks the ids. */
    public MatterMapping {
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(matter, "matter");
        if (profileId != null && profileId.isBlank()) {
            profileId = null;
        }
    }

    /** @return the practice area, when given */
    public Optional<PracticeArea> practiceAreaIfSet() {
        return Optional.ofNullable(practiceArea);
    }

    /** @return the matter type, when given */
    public Optional<MatterType> matterTypeIfSet() {
        return Optional.ofNullable(matterType);
    }

    /** @return the pinned profile id, when given */
    public Optional<String> profileIdIfSet() {
        return Optional.ofNullable(profileId);
    }
}

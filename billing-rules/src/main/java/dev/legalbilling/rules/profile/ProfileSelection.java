package dev.legalbilling.rules.profile;

import java.util.Objects;

/**
 * The profile a {@link ProfileSelector} picked for an invoice, and why, in a sentence for logs and reports
 * (ids only, no names).
 *
 * @param profile the profile
 * @param reason e.g. {@code "client ACME-INS, LITIGATION / PERSONAL_INJURY, effective 2026-01-01"}
 */
public record ProfileSelection(ScopedProfile profile, String reason) {
    /** Checks that nothing is null. */
    public ProfileSelection {
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(reason, "reason");
    }
}

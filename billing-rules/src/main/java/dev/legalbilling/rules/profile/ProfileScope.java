package dev.legalbilling.rules.profile;

import dev.legalbilling.party.MatterType;
import dev.legalbilling.party.PracticeArea;
import java.util.Set;
import java.util.TreeSet;

/**
 * The matters a guideline profile applies to: practice areas and matter types, each empty for "any". A client
 * often has one set of guidelines for litigation and another for transactional work, or stricter ones for one kind
 * of claim.
 *
 * <p>Immutable and thread-safe.
 *
 * @param practiceAreas the practice areas it applies to; empty for any; unmodifiable
 * @param matterTypes the matter types it applies to; empty for any; unmodifiable
 */
public record ProfileScope(Set<PracticeArea> practiceAreas, Set<MatterType> matterTypes) {
    private static final ProfileScope ANY = new ProfileScope(Set.of(), Set.of());

    /** Copies the sets; null means empty. */
    public ProfileScope {
        practiceAreas = practiceAreas == null ? Set.of() : Set.copyOf(practiceAreas);
        matterTypes = matterTypes == null ? Set.of() : Set.copyOf(matterTypes);
    }

    /** @return the scope of a profile that applies to every matter */
    public static ProfileScope any() {
        return ANY;
    }

    /**
     * @param practiceArea the matter's practice area, or null when not known
     * @param matterType the matter's type, or null when not known
     * @return true when the profile applies: each dimension is open or lists the matter's value (an unknown value
     *     matches only an open dimension)
     */
    public boolean matches(PracticeArea practiceArea, MatterType matterType) {
        return (practiceAreas.isEmpty() || practiceArea != null && practiceAreas.contains(practiceArea))
                && (matterTypes.isEmpty() || matterType != null && matterTypes.contains(matterType));
    }

    /**
     * How narrowly the scope is drawn, to prefer the closest profile: 0 for any matter, 1 with practice areas, 2
     * with matter types (narrower than a practice area), 3 with both.
     *
     * @return the specificity, 0 to 3
     */
    public int specificity() {
        return (practiceAreas.isEmpty() ? 0 : 1) + (matterTypes.isEmpty() ? 0 : 2);
    }

    /** @return e.g. {@code "LITIGATION / PERSONAL_INJURY, OTHER_TORT"} or {@code "any matter"} */
    @Override
    public String toString() {
        if (specificity() == 0) {
            return "any matter";
        }
        String areas = practiceAreas.isEmpty() ? "any practice area" : String.join(", ",
                new TreeSet<>(practiceAreas.stream().map(Enum::name).toList()));
        String types = matterTypes.isEmpty() ? "any matter type" : String.join(", ",
                new TreeSet<>(matterTypes.stream().map(Enum::name).toList()));
        return areas + " / " + types;
    }
}

package dev.legalbilling.contingency;

import dev.legalbilling.InvalidValueException;

/**
 * How well a figure in a schedule (a rate, a band edge, a cap, an effective date) is confirmed, as tagged in the
 * project's fact sheet. Figures tagged {@link #PARTLY_CONFIRMED} or {@link #UNCONFIRMED} are configurable
 * parameters, not law: override them with a schedule file after checking the official text.
 */
public enum SourceStatus {
    /** {@code [V]}: read in a stored copy of the source. */
    VERIFIED("V"),
    /** {@code [P]}: partly confirmed (a secondary source, or cut-off text). */
    PARTLY_CONFIRMED("P"),
    /** {@code [U]}: not confirmed; widely known but unverified. */
    UNCONFIRMED("U");

    private final String tag;

    SourceStatus(String tag) {
        this.tag = tag;
    }

    /** @return the tag as written in schedule files, with brackets: {@code [V]}, {@code [P]} or {@code [U]} */
    public String tag() {
        return "[" + tag + "]";
    }

    /** @return true for {@code [P]} and {@code [U]}: a parameter to check, not settled law */
    public boolean isParameter() {
        return this != VERIFIED;
    }

    /**
     * @param text {@code [V]}, {@code [P]} or {@code [U]} (brackets optional)
     * @return the status
     * @throws InvalidValueException for any other text
     */
    public static SourceStatus fromTag(String text) {
        if (text != null) {
            String t = text.strip();
            if (t.startsWith("[") && t.endsWith("]")) {
                t = t.substring(1, t.length() - 1);
            }
            for (SourceStatus s : values()) {
                if (s.tag.equals(t)) {
                    return s;
                }
            }
        }
        throw new InvalidValueException("status", text, "must be [V], [P] or [U]");
    }

    @Override
    public String toString() {
        return tag();
    }
}

package dev.legalbilling.ledes.internal;

/** How LEDES timekeeper names map to last and first names, for reading and writing alike. Not part of the API. */
public final class Timekeepers {
    private Timekeepers() {
    }

    /**
     * A timekeeper's name.
     *
     * @param last family name, not blank
     * @param first given name, possibly empty
     */
    public record Name(String last, String first) {
    }

    /**
     * Reads TIMEKEEPER_NAME ({@code "Last, First"}: split at the first comma; without a comma the whole text is
     * the last name).
     *
     * @param ledesName the field's text, possibly null
     * @return the name, or null when there is no last name
     */
    public static Name parse(String ledesName) {
        if (ledesName == null) {
            return null;
        }
        int comma = ledesName.indexOf(',');
        String last = (comma < 0 ? ledesName : ledesName.substring(0, comma)).strip();
        String first = comma < 0 ? "" : ledesName.substring(comma + 1).strip();
        return last.isEmpty() ? null : new Name(last, first);
    }

    /**
     * The name a row gives: 98BI TIMEKEEPER_LAST_NAME and TIMEKEEPER_FIRST_NAME when the last name is there (they
     * are unambiguous), else TIMEKEEPER_NAME.
     *
     * @param ledesName TIMEKEEPER_NAME, possibly null
     * @param last TIMEKEEPER_LAST_NAME, possibly null
     * @param first TIMEKEEPER_FIRST_NAME, possibly null
     * @return the name, or null when there is none
     */
    public static Name of(String ledesName, String last, String first) {
        if (last != null && !last.isBlank()) {
            return new Name(last.strip(), first == null ? "" : first.strip());
        }
        return parse(ledesName);
    }
}

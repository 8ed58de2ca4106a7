package dev.legalbilling.contingency;

import dev.legalbilling.InvalidValueException;
import java.util.Locale;

/**
 * Which date selects the version of a schedule that applies, as the rule (or the schedule's best reading of it)
 * says. The caller passes that date in {@link FeeQuery#date()}.
 */
public enum GoverningDate {
    /** The date the client signed the fee agreement. */
    AGREEMENT("agreement"),
    /** The date of the settlement or judgment that produced the recovery. */
    RECOVERY("recovery"),
    /** The date of the agency's favourable determination or decision (Social Security fee-agreement caps). */
    DECISION("decision");

    private final String label;

    GoverningDate(String label) {
        this.label = label;
    }

    /** @return {@code agreement}, {@code recovery} or {@code decision} */
    public String label() {
        return label;
    }

    /** @return a phrase for reports, e.g. {@code the date of the fee agreement} */
    public String describe() {
        return switch (this) {
            case AGREEMENT -> "the date of the fee agreement";
            case RECOVERY -> "the date of the settlement or judgment";
            case DECISION -> "the date of the favourable decision";
        };
    }

    /**
     * @param text a label, any case
     * @return the governing date kind
     * @throws InvalidValueException for unknown text
     */
    public static GoverningDate fromLabel(String text) {
        if (text != null) {
            for (GoverningDate g : values()) {
                if (g.label.equals(text.strip().toLowerCase(Locale.ROOT))) {
                    return g;
                }
            }
        }
        throw new InvalidValueException("governing-date", text, "must be agreement, recovery or decision");
    }

    @Override
    public String toString() {
        return label;
    }
}

package dev.legalbilling.contingency;

import dev.legalbilling.InvalidValueException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How far a contingent matter had gone when it was resolved. Caps that depend on the stage (Florida, California
 * MICRA, the FTCA, New Jersey's minors' cap) list the stages each scale covers; the labels ({@code pre-suit},
 * {@code post-filing}, ...) are what the schedule file and the command line use.
 */
public enum Stage {
    /** Before an agency: an administrative claim or proceeding (FTCA administrative claim, SSA, VA). */
    ADMINISTRATIVE("administrative"),
    /** Before a complaint or arbitration demand is filed. */
    PRE_SUIT("pre-suit"),
    /** A complaint or arbitration demand is filed, but no answer (or appointment of arbitrators) yet. */
    POST_FILING("post-filing"),
    /** The defendant has answered (or arbitrators were demanded); before trial. */
    ANSWERED("answered"),
    /** Every defendant admitted liability when answering and asked for a trial on damages only (Florida). */
    LIABILITY_ADMITTED("liability-admitted"),
    /** At trial: the jury has been empanelled or, in a bench trial, opening statements or testimony have begun. */
    TRIAL("trial"),
    /** An appeal or post-judgment proceeding has been started. */
    APPEAL("appeal");

    /** Every stage before a court or arbitrator: all but {@link #ADMINISTRATIVE}. */
    public static final Set<Stage> LITIGATION = EnumSet.complementOf(EnumSet.of(ADMINISTRATIVE));

    private final String label;

    Stage(String label) {
        this.label = label;
    }

    /** @return the lower-case label used in schedule files and on the command line, e.g. {@code pre-suit} */
    public String label() {
        return label;
    }

    /**
     * @param text a label such as {@code post-filing}, or the constant name; case and {@code _}/{@code -} ignored
     * @return the stage
     * @throws InvalidValueException when no stage has that label
     */
    public static Stage fromLabel(String text) {
        if (text != null) {
            String t = text.strip().toLowerCase(Locale.ROOT).replace('_', '-');
            for (Stage s : values()) {
                if (s.label.equals(t)) {
                    return s;
                }
            }
        }
        throw new InvalidValueException("stage", text, "must be one of " + labels());
    }

    /** @return every label, comma-separated, in declaration order */
    public static String labels() {
        return Arrays.stream(values()).map(Stage::label).collect(Collectors.joining(", "));
    }

    @Override
    public String toString() {
        return label;
    }
}

package dev.legalbilling.utbms;

import java.util.Objects;

/**
 * One UTBMS code: a phase or task of a code set, an activity, or an expense.
 *
 * @param code the code, e.g. {@code L110}, {@code A104}, {@code E101}
 * @param name the official name, e.g. {@code Fact Investigation/Development}
 * @param kind phase, task, activity or expense
 * @param phase the phase a task belongs to (e.g. {@code L100}); empty for everything else
 */
public record UtbmsCode(String code, String name, Kind kind, String phase) {
    /** What a code classifies. */
    public enum Kind {
        /** A group of tasks, e.g. L100; billable only in sets whose phases have no tasks (Counseling, parts of Project). */
        PHASE,
        /** A task within a phase, e.g. L110. */
        TASK,
        /** What was done, e.g. A104 Review/analyze. */
        ACTIVITY,
        /** A disbursement, e.g. E101 Copying. */
        EXPENSE
    }

    /** Validates the code. */
    public UtbmsCode {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        phase = phase == null ? "" : phase;
    }
}

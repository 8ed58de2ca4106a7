package dev.legalbilling.receivables.reminder;

import dev.legalbilling.receivables.ReceivableState;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A reminder that would be due but is held back because the client disputes the invoice. Nothing is logged, so once
 * the dispute is resolved the next run sends the latest step then due and records the others as skipped.
 * Immutable and thread-safe.
 *
 * @param step the step that would be sent
 * @param stepDate the day it fell due
 * @param state the invoice's state on the run date
 * @param reason why it is paused, as a sentence
 */
public record PausedReminder(ReminderStep step, LocalDate stepDate, ReceivableState state, String reason) {

    /** Validates the record. */
    public PausedReminder {
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(stepDate, "stepDate");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(reason, "reason");
    }
}

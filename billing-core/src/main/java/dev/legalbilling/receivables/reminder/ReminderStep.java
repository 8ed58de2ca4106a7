package dev.legalbilling.receivables.reminder;

import dev.legalbilling.InvalidValueException;
import dev.legalbilling.internal.Checks;
import java.time.LocalDate;

/**
 * One step of a reminder schedule: when it falls due relative to the invoice's due date, and whether it escalates to
 * the matter's responsible partner. Immutable and thread-safe.
 *
 * @param id stable id recorded in the reminder log, e.g. {@code PAST-DUE-30}; renaming a step makes it a new step
 * @param daysFromDue calendar days from the due date: negative before it, 0 on it; −365 to 3650
 * @param escalateToResponsiblePartner whether the reminder also goes to the responsible partner
 */
public record ReminderStep(String id, int daysFromDue, boolean escalateToResponsiblePartner) {

    /**
     * Validates the step.
     *
     * @throws InvalidValueException when the id is blank or the offset is out of range
     */
    public ReminderStep {
        Checks.identifier("stepId", id);
        if (daysFromDue < -365 || daysFromDue > 3650) {
            throw new InvalidValueException("daysFromDue", daysFromDue, "must be between -365 and 3650 in step " + id);
        }
    }

    /**
     * @param dueDate an invoice's due date
     * @return the day this step falls due for that invoice
     */
    public LocalDate dateFor(LocalDate dueDate) {
        return dueDate.plusDays(daysFromDue);
    }

    /**
     * @return e.g. {@code "7 days before the due date"}, {@code "on the due date"} or
     *     {@code "1 day after the due date"}
     */
    public String describe() {
        if (daysFromDue == 0) {
            return "on the due date";
        }
        int n = Math.abs(daysFromDue);
        return n + (n == 1 ? " day " : " days ") + (daysFromDue < 0 ? "before" : "after") + " the due date";
    }
}

package dev.legalbilling.receivables.reminder;

import dev.legalbilling.receivables.collection.CollectionAction;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The result of running a {@link ReminderSchedule} on one day: reminders to send, steps recorded as skipped,
 * reminders paused by disputes, and the updated log (input log plus one {@link ReminderOutcome#SENT} entry per
 * reminder and the skipped entries). Immutable and thread-safe.
 *
 * @param date the run date
 * @param reminders reminders to send today, in ledger order; unmodifiable
 * @param skipped steps recorded as skipped by this run; unmodifiable
 * @param paused reminders held back because the invoice is disputed; unmodifiable
 * @param log the log to persist once the reminders are sent
 */
public record ReminderRun(LocalDate date, List<Reminder> reminders, List<ReminderLogEntry> skipped,
        List<PausedReminder> paused, ReminderLog log) {

    /** Validates the run. */
    public ReminderRun {
        Objects.requireNonNull(date, "date");
        reminders = List.copyOf(reminders);
        skipped = List.copyOf(skipped);
        paused = List.copyOf(paused);
        Objects.requireNonNull(log, "log");
    }

    /** @return one {@link CollectionAction} per reminder, for the ethics rules */
    public List<CollectionAction> collectionActions() {
        return reminders.stream().map(Reminder::collectionAction).toList();
    }
}

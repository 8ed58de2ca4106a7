package dev.legalbilling.receivables.reminder;

/** What happened to a reminder step for an invoice, as recorded in the {@link ReminderLog}. */
public enum ReminderOutcome {
    /** The reminder was produced for sending. */
    SENT,
    /** The step was passed over (missed run, superseded, or before the invoice date) and will never be sent. */
    SKIPPED
}

/**
 * Payment reminders as policy data: a {@link dev.legalbilling.receivables.reminder.ReminderSchedule} of steps relative
 * to the due date (standard: 7 days before, on the due date, +15, +30, +60 with escalation to the responsible
 * partner), run against the ledger and a {@link dev.legalbilling.receivables.reminder.ReminderLog} of steps already
 * taken to produce today's reminders, each with a reason.
 *
 * <p>Rules in short: never the same step twice for an invoice; at most one reminder per invoice per run; after a
 * missed run only the latest due step is sent and the earlier ones are recorded as skipped; disputed invoices are
 * paused and nothing is logged for them; running twice on the same day with the returned log yields nothing new.
 * Each reminder is also a {@link dev.legalbilling.receivables.collection.CollectionAction} for the ethics rules.
 */
package dev.legalbilling.receivables.reminder;

package dev.legalbilling.receivables.reminder;

import dev.legalbilling.internal.Checks;
import dev.legalbilling.invoice.InvoiceNumber;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The record that a reminder step was sent or skipped for an invoice. Immutable and thread-safe.
 *
 * @param invoice the invoice
 * @param stepId the step's id
 * @param date the day of the run that recorded it
 * @param outcome sent or skipped
 * @param reason why, as a sentence; never null
 */
public record ReminderLogEntry(InvoiceNumber invoice, String stepId, LocalDate date, ReminderOutcome outcome,
        String reason) {

    /** Validates the entry. */
    public ReminderLogEntry {
        Objects.requireNonNull(invoice, "invoice");
        Checks.identifier("stepId", stepId);
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(outcome, "outcome");
        reason = reason == null ? "" : reason;
    }
}

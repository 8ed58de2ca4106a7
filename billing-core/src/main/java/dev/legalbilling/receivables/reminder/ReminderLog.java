package dev.legalbilling.receivables.reminder;

import dev.legalbilling.InvalidValueException;
import dev.legalbilling.invoice.InvoiceNumber;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The history of reminder steps sent or skipped, at most one entry per invoice and step: the input and output of
 * every reminder run, which is what makes runs idempotent. Persist it between runs (only after the reminders of a
 * run were actually sent). Immutable and thread-safe.
 *
 * @param entries the entries in the order recorded; unmodifiable
 */
public record ReminderLog(List<ReminderLogEntry> entries) {
    private static final ReminderLog EMPTY = new ReminderLog(List.of());

    /**
     * Validates the log.
     *
     * @throws InvalidValueException when an invoice has two entries for the same step
     */
    public ReminderLog {
        entries = List.copyOf(entries);
        Set<String> seen = new HashSet<>();
        for (ReminderLogEntry e : entries) {
            if (!seen.add(key(e.invoice(), e.stepId()))) {
                throw new InvalidValueException("stepId", e.stepId(),
                        "is recorded twice for invoice " + e.invoice() + " in the reminder log");
            }
        }
    }

    /** @return a log with no entries */
    public static ReminderLog empty() {
        return EMPTY;
    }

    /**
     * @param more entries to append
     * @return a new log with them appended
     * @throws InvalidValueException when one repeats an invoice and step already recorded
     */
    public ReminderLog with(Collection<ReminderLogEntry> more) {
        List<ReminderLogEntry> copy = new ArrayList<>(entries);
        copy.addAll(more);
        return new ReminderLog(copy);
    }

    /**
     * @param invoice an invoice
     * @param stepId a step id
     * @return true when the step was sent or skipped for the invoice
     */
    public boolean contains(InvoiceNumber invoice, String stepId) {
        Objects.requireNonNull(invoice, "invoice");
        return entries.stream().anyMatch(e -> e.invoice().equals(invoice) && e.stepId().equals(stepId));
    }

    /**
     * @param invoice an invoice
     * @return its entries in the order recorded
     */
    public List<ReminderLogEntry> entriesFor(InvoiceNumber invoice) {
        return entries.stream().filter(e -> e.invoice().equals(invoice)).toList();
    }

    private static String key(InvoiceNumber invoice, String stepId) {
        return invoice.value() + "\u0000" + stepId;
    }
}

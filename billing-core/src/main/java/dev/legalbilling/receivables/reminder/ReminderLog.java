package dev.legalbilling.receivables.reminder;

import dev.legalbilling.InvalidValueException;
import dev.legalbilling.invoice.InvoiceNumber;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The history of reminder steps sent or skipped, at most one entry per invoice and step: the input and output of
 * every reminder run, which is what makes runs idempotent. Persist it between runs (only after the reminders of a
 * run were actually sent). Lookups by invoice and step take constant time.
 *
 * <p>Immutable and thread-safe.
 */
public final class ReminderLog {
    private static final ReminderLog EMPTY = new ReminderLog(List.of());

    private final List<ReminderLogEntry> entries;
    private final Set<Key> keys;

    private ReminderLog(List<ReminderLogEntry> entries) {
        this.entries = List.copyOf(entries);
        Set<Key> seen = new HashSet<>();
        for (ReminderLogEntry e : this.entries) {
            if (!seen.add(new Key(e.invoice(), e.stepId()))) {
                throw new InvalidValueException("stepId", e.stepId(),
                        "is recorded twice for invoice " + e.invoice() + " in the reminder log");
            }
        }
        this.keys = Set.copyOf(seen);
    }

    /** @return a log with no entries */
    public static ReminderLog empty() {
        return EMPTY;
    }

    /**
     * @param entries entries in the order recorded (e.g. read back from a file)
     * @return the log
     * @throws InvalidValueException when an invoice has two entries for the same step
     */
    public static ReminderLog of(Collection<ReminderLogEntry> entries) {
        return new ReminderLog(new ArrayList<>(entries));
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

    /** @return the entries in the order recorded; unmodifiable */
    public List<ReminderLogEntry> entries() {
        return entries;
    }

    /**
     * @param invoice an invoice
     * @param stepId a step id
     * @return true when the step was sent or skipped for the invoice
     */
    public boolean contains(InvoiceNumber invoice, String stepId) {
        return keys.contains(new Key(Objects.requireNonNull(invoice, "invoice"), stepId));
    }

    /**
     * @param invoice an invoice
     * @return its entries in the order recorded
     */
    public List<ReminderLogEntry> entriesFor(InvoiceNumber invoice) {
        return entries.stream().filter(e -> e.invoice().equals(invoice)).toList();
    }

    /** @return the date of the latest recorded run (the latest entry date), empty for an empty log */
    public Optional<LocalDate> lastRunDate() {
        return entries.stream().map(ReminderLogEntry::date).max(LocalDate::compareTo);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ReminderLog l && entries.equals(l.entries);
    }

    @Override
    public int hashCode() {
        return entries.hashCode();
    }

    /** @return the entry count only */
    @Override
    public String toString() {
        return "ReminderLog[" + entries.size() + " entries]";
    }

    private record Key(InvoiceNumber invoice, String stepId) {
    }
}

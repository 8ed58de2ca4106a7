package dev.legalbilling.rules.fact;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Derived: a fee line of this invoice whose hours are also billed on another invoice of the ethics context — same
 * timekeeper, date, hours and narrative (compared in lower case with runs of white space collapsed). Found once in
 * Java by hashing, never by joining lines in a rule. One per pair of matching lines; lines with a blank narrative
 * are never matched (there is nothing to tell two short entries apart).
 *
 * <pre>{@code
 * $e : EntryBilledElsewhere(sameMatter == false)
 * }</pre>
 *
 * @param invoiceNumber the invoice being checked
 * @param lineNumber the line of this invoice
 * @param timekeeperId the timekeeper
 * @param date the day of the work
 * @param hours the hours of both lines
 * @param otherInvoiceNumber the other invoice
 * @param otherLineNumber the matching line on it
 * @param otherMatterId the matter the other invoice bills
 * @param sameMatter true when the other invoice bills the same matter (the same hours billed twice on one matter)
 */
public record EntryBilledElsewhere(String invoiceNumber, String lineNumber, String timekeeperId, LocalDate date,
        BigDecimal hours, String otherInvoiceNumber, String otherLineNumber, String otherMatterId,
        boolean sameMatter) {

    /** Checks that nothing is null. */
    public EntryBilledElsewhere {
        Objects.requireNonNull(invoiceNumber, "invoiceNumber");
        Objects.requireNonNull(lineNumber, "lineNumber");
        Objects.requireNonNull(timekeeperId, "timekeeperId");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(hours, "hours");
        Objects.requireNonNull(otherInvoiceNumber, "otherInvoiceNumber");
        Objects.requireNonNull(otherLineNumber, "otherLineNumber");
        Objects.requireNonNull(otherMatterId, "otherMatterId");
    }
}

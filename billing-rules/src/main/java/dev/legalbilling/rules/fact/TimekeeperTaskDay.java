package dev.legalbilling.rules.fact;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Derived: the F lines one timekeeper billed to one task code on one day. One per timekeeper, date and task code
 * that has at least one F line (a blank task code is a group of its own). A rule counts or sums the group's lines
 * with an accumulate joined on the three keys, which visits each line once.
 *
 * <pre>{@code
 * $g : TimekeeperTaskDay(lineCount >= 4)
 * accumulate( LineFact(type == "F", timekeeperId == $g.timekeeperId, date == $g.date, taskCode == $g.taskCode,
 *                      units <= $small);
 *             $n : count(); $n >= 4 )
 * }</pre>
 *
 * @param invoiceNumber the invoice
 * @param timekeeperId the timekeeper
 * @param date the day
 * @param taskCode the UTBMS task code, or {@code ""}
 * @param hours the sum of the group's units
 * @param lineCount the number of lines in the group
 * @param lineNumbers the group's line numbers in invoice order; unmodifiable
 */
public record TimekeeperTaskDay(String invoiceNumber, String timekeeperId, LocalDate date, String taskCode,
        BigDecimal hours, int lineCount, List<String> lineNumbers) {

    /** Checks that nothing is null and copies the list. */
    public TimekeeperTaskDay {
        Objects.requireNonNull(invoiceNumber, "invoiceNumber");
        Objects.requireNonNull(timekeeperId, "timekeeperId");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(taskCode, "taskCode");
        Objects.requireNonNull(hours, "hours");
        lineNumbers = List.copyOf(lineNumbers);
    }
}

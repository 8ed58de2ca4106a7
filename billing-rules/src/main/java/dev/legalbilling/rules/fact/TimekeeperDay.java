package dev.legalbilling.rules.fact;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Derived: the fee time one timekeeper billed on one day of the invoice, summed once by the engine so that daily
 * limits need no accumulate. One per timekeeper and day that has at least one F line.
 *
 * <pre>{@code
 * Parameter(ruleId == "DEMO-DAILY-HOURS", name == "maxHoursPerDay", $max : decimal)
 * $d : TimekeeperDay(hours > $max)
 * }</pre>
 *
 * @param invoiceNumber the invoice
 * @param timekeeperId the timekeeper
 * @param date the day
 * @param hours the sum of the hours of the day's F lines
 * @param feeTotal the sum of the totals of the day's F lines
 * @param lineCount the number of F lines that day
 * @param lineNumbers the day's F line numbers, in invoice order; unmodifiable
 * @param largestLineNumber the line with the most hours that day (the last one on a tie)
 */
public record TimekeeperDay(String invoiceNumber, String timekeeperId, LocalDate date, BigDecimal hours,
        BigDecimal feeTotal, int lineCount, List<String> lineNumbers, String largestLineNumber) {

    /** Checks that nothing is null and copies the list. */
    public TimekeeperDay {
        Objects.requireNonNull(invoiceNumber, "invoiceNumber");
        Objects.requireNonNull(timekeeperId, "timekeeperId");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(hours, "hours");
        Objects.requireNonNull(feeTotal, "feeTotal");
        lineNumbers = List.copyOf(lineNumbers);
        Objects.requireNonNull(largestLineNumber, "largestLineNumber");
    }
}

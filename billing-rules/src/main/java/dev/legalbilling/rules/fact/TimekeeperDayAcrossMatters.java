package dev.legalbilling.rules.fact;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Derived: the fee time one timekeeper billed on one day across this invoice and the other invoices of the ethics
 * context (typically every client's invoices of the same period), summed once in Java so that no rule joins
 * invoices pairwise. One per timekeeper and day with fee time on this invoice, when the check has an ethics
 * context.
 *
 * <pre>{@code
 * Parameter(ruleId == "ETH-DOUBLE-BILLING", name == "maxHoursPerDay", $max : decimal)
 * $d : TimekeeperDayAcrossMatters(hours > $max)
 * }</pre>
 *
 * @param invoiceNumber the invoice being checked
 * @param timekeeperId the timekeeper
 * @param date the day
 * @param hours the day's fee hours on this invoice and every other invoice
 * @param hoursOnInvoice the day's fee hours on this invoice
 * @param invoiceCount how many invoices (this one included) bill fee time of the timekeeper that day
 * @param matterCount how many distinct matters they are for
 * @param otherInvoiceNumbers the other invoices that bill fee time of the timekeeper that day, in context order;
 *     unmodifiable
 * @param largestLineNumber the line of this invoice with the most hours that day (the last one on a tie)
 */
public record TimekeeperDayAcrossMatters(String invoiceNumber, String timekeeperId, LocalDate date, BigDecimal hours,
        BigDecimal hoursOnInvoice, int invoiceCount, int matterCount, List<String> otherInvoiceNumbers,
        String largestLineNumber) {

    /** Checks that nothing is null and copies the list. */
    public TimekeeperDayAcrossMatters {
        Objects.requireNonNull(invoiceNumber, "invoiceNumber");
        Objects.requireNonNull(timekeeperId, "timekeeperId");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(hours, "hours");
        Objects.requireNonNull(hoursOnInvoice, "hoursOnInvoice");
        otherInvoiceNumbers = List.copyOf(otherInvoiceNumbers);
        Objects.requireNonNull(largestLineNumber, "largestLineNumber");
    }
}

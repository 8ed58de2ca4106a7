package dev.legalbilling.rules.fact;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Derived: one timekeeper's fee time on one day across this invoice and the other invoices of the ethics context
 * (typically every client's invoices of the same period), and this invoice's entries of that day that are billed
 * again elsewhere. Summed and matched once in Java (entries by hashing), so that no rule joins invoices pairwise.
 * One per timekeeper and day with fee time on this invoice, when the check has an ethics context.
 *
 * <p>An entry is "billed elsewhere" when another invoice has a fee line with the same timekeeper, date, hours and
 * narrative (compared in lower case with runs of white space collapsed). Entries with a blank narrative are never
 * matched: there is nothing to tell two short entries apart.
 *
 * <pre>{@code
 * Parameter(ruleId == "ETH-DOUBLE-BILLING", name == "maxHoursPerDay", $max : decimal)
 * $d : TimekeeperDayAcrossMatters(hours > $max || repeatedLineNumbers.size() > 0)
 * }</pre>
 *
 * <p>The narratives themselves are not carried: they are privileged and the lines are named by number.
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
 * @param largestLineRate the hourly rate of that line; zero when it has none
 * @param repeatedLineNumbers this invoice's lines of the day that are billed elsewhere, in invoice order;
 *     unmodifiable
 * @param repeatedElsewhere for each such line and each match, e.g.
 *     {@code "line 3 also on invoice INV-7 line 2 for matter M-200"}, in invoice then context order; unmodifiable
 * @param repeatedAmount the total of the lines in {@code repeatedLineNumbers}
 */
public record TimekeeperDayAcrossMatters(String invoiceNumber, String timekeeperId, LocalDate date, BigDecimal hours,
        BigDecimal hoursOnInvoice, int invoiceCount, int matterCount, List<String> otherInvoiceNumbers,
        String largestLineNumber, BigDecimal largestLineRate, List<String> repeatedLineNumbers,
        List<String> repeatedElsewhere, BigDecimal repeatedAmount) {

    /** Checks that nothing is null and copies the lists. */
    public TimekeeperDayAcrossMatters {
        Objects.requireNonNull(invoiceNumber, "invoiceNumber");
        Objects.requireNonNull(timekeeperId, "timekeeperId");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(hours, "hours");
        Objects.requireNonNull(hoursOnInvoice, "hoursOnInvoice");
        otherInvoiceNumbers = List.copyOf(otherInvoiceNumbers);
        Objects.requireNonNull(largestLineNumber, "largestLineNumber");
        Objects.requireNonNull(largestLineRate, "largestLineRate");
        repeatedLineNumbers = List.copyOf(repeatedLineNumbers);
        repeatedElsewhere = List.copyOf(repeatedElsewhere);
        Objects.requireNonNull(repeatedAmount, "repeatedAmount");
    }
}

package dev.legalbilling.rules.fact;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One invoice line: a fee ({@code type == "F"}), an expense ({@code "E"}) or an invoice-level adjustment
 * ({@code "IF"}, {@code "IE"}).
 *
 * <pre>{@code
 * $l : LineFact(type == "F", hours > $max)
 * $l : LineFact(type == "F", taskCode == "")
 * $l : LineFact(narrative matches "(?i).*(review|draft).*;.*")
 * }</pre>
 *
 * <p>The narrative is privileged: rules may read it, the engine never logs it. {@link #toString()} leaves it out.
 *
 * @param invoiceNumber the invoice the line belongs to
 * @param lineNumber LEDES LINE_ITEM_NUMBER, unique within the invoice
 * @param position 1-based position of the line on the invoice
 * @param sourceLine line number in the file the invoice was read from, 0 when not read from a file
 * @param type {@code "F"}, {@code "E"}, {@code "IF"} or {@code "IE"}
 * @param date the day of the work or expense
 * @param timekeeperId who did the work, {@code ""} on lines without a timekeeper
 * @param classification the timekeeper's LEDES classification code (e.g. {@code "PARTNR"}), or {@code ""}
 * @param units hours for fees, item count for expenses; not negative
 * @param hours equal to {@code units} on F lines, zero on every other line
 * @param rate the unit cost (hourly rate for fees); zero on lines without one
 * @param adjustment the line-level adjustment (negative for a discount); zero when none
 * @param total the line total as billed
 * @param taskCode UTBMS task code, or {@code ""}
 * @param activityCode UTBMS activity code, or {@code ""}
 * @param expenseCode UTBMS expense code, or {@code ""}
 * @param narrative the line description, possibly {@code ""}; privileged
 * @param nonWorkingTravel true for non-working travel time
 * @param receipt {@code "ATTACHED"}, {@code "MISSING"} or {@code "UNKNOWN"}
 */
public record LineFact(String invoiceNumber, String lineNumber, int position, int sourceLine, String type,
        LocalDate date, String timekeeperId, String classification, BigDecimal units, BigDecimal hours,
        BigDecimal rate, BigDecimal adjustment, BigDecimal total, String taskCode, String activityCode,
        String expenseCode, String narrative, boolean nonWorkingTravel, String receipt) {

    /** Checks that nothing is null. */
    public LineFact {
        Objects.requireNonNull(invoiceNumber, "invoiceNumber");
        Objects.requireNonNull(lineNumber, "lineNumber");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(timekeeperId, "timekeeperId");
        Objects.requireNonNull(classification, "classification");
        Objects.requireNonNull(units, "units");
        Objects.requireNonNull(hours, "hours");
        Objects.requireNonNull(rate, "rate");
        Objects.requireNonNull(adjustment, "adjustment");
        Objects.requireNonNull(total, "total");
        Objects.requireNonNull(taskCode, "taskCode");
        Objects.requireNonNull(activityCode, "activityCode");
        Objects.requireNonNull(expenseCode, "expenseCode");
        Objects.requireNonNull(narrative, "narrative");
        Objects.requireNonNull(receipt, "receipt");
    }

    /**
     * How findings name the line without quoting its privileged narrative, at the start of a sentence:
     * {@code "Entry 12 (0.4 h on 2026-03-05 by TK-A3)"} for a fee, {@code "Expense 14 (E101, 200 units at 0.25 on
     * 2026-03-05)"} for an expense, {@code "Adjustment line 15 (2026-03-05)"} otherwise.
     *
     * @return the reference
     */
    public String reference() {
        return switch (type) {
            case "F" -> "Entry " + lineNumber + " (" + Text.hours(units) + " h on " + date
                    + (timekeeperId.isEmpty() ? "" : " by " + timekeeperId) + ")";
            case "E" -> "Expense " + lineNumber + " (" + (expenseCode.isEmpty() ? "no code" : expenseCode) + ", "
                    + units.stripTrailingZeros().toPlainString() + " unit" + (units.compareTo(BigDecimal.ONE) == 0
                    ? "" : "s") + " at " + Text.amount(rate) + " on " + date + ")";
            default -> "Adjustment line " + lineNumber + " (" + date + ")";
        };
    }

    /** @return the line without its narrative */
    @Override
    public String toString() {
        return "LineFact[" + invoiceNumber + "/" + lineNumber + ", " + type + ", " + date + ", "
                + (timekeeperId.isEmpty() ? "-" : timekeeperId) + ", " + units.toPlainString() + " x "
                + rate.toPlainString() + " = " + total.toPlainString() + "]";
    }
}

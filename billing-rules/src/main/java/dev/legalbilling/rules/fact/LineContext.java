package dev.legalbilling.rules.fact;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Derived: a line with what the engine works out once about it from the rest of the invoice, so that rules compare
 * lines without pairwise joins or per-line accumulates. One per line; it carries its {@link LineFact}, so a rule
 * needs no join to reach the line.
 *
 * <pre>{@code
 * // the entry whose running total for the timekeeper's day first passes the cap
 * $c : LineContext(line.type == "F", dayHoursBefore <= $max, dayHoursThrough > $max, $l : line)
 *
 * // a later copy of an earlier entry
 * $c : LineContext(duplicateOf != "", $l : line)
 * }</pre>
 *
 * <p>A per-line threshold reads the parameter in force on this pattern, so that only the lines that break it go
 * further into the rule ({@link #parameter(String, String)}):
 *
 * <pre>{@code
 * $c : LineContext(line.type == "F", narrative.tasks >= parameter("OCG-BLOCK-BILLING", "minTasks").decimal, $l : line)
 * }</pre>
 *
 * <p>"In invoice order" means by position on the invoice. Running sums, ranks and counts consider F lines only and
 * are zero on other lines. The narrative is privileged; {@link #toString()} leaves it out.
 *
 * @param line the line
 * @param invoice the invoice the line is on (the one {@link InvoiceFact} of the check), so that a per-line test
 *     against the invoice's dates stays on the line's own pattern:
 *     {@code LineContext(line.date > invoice.periodEnd, $l : line)}
 * @param narrative the normalised narrative with its word and task counts
 * @param dayHours F hours of the line's timekeeper on the line's date, over the whole invoice
 * @param dayHoursBefore those hours on lines before this one, in invoice order
 * @param dayHoursThrough those hours up to and including this line
 * @param activityHours F hours with the line's activity code over the whole invoice
 * @param activityHoursBefore those hours on lines before this one
 * @param activityHoursThrough those hours up to and including this line
 * @param activityEntry 1-based count of this line among the F lines with its activity code, in invoice order
 * @param dayActivityRank rank of the line's timekeeper among the timekeepers with F lines of the same date and
 *     activity code, ordered by their first such line (1 = first)
 * @param dayActivityTimekeepers how many timekeepers have F lines of the same date and activity code
 * @param dayTaskActivityRank rank of the line's timekeeper among the timekeepers with F lines of the same date,
 *     task code and activity code, ordered by their first such line
 * @param dayTaskActivityTimekeepers how many timekeepers have F lines of the same date, task code and activity code
 * @param taskDayEntry 1-based count of this line among its timekeeper's F lines of the same date and task code (a
 *     blank task code is a task of its own), in invoice order
 * @param taskDayEntries how many F lines the timekeeper has of the same date and task code
 * @param duplicateOf line number of the first earlier line this one repeats, or {@code ""}: for F lines the same
 *     timekeeper, date, units and normalised narrative; for E lines the same date, expense code, units, rate and
 *     normalised narrative (numbers compare by value: 1.0 equals 1.00)
 * @param taskCodeBillable true when the task code is a billable task of the matter's UTBMS code set (Litigation
 *     when the matter is not known); codes compare ignoring case
 * @param activityCodeKnown true when the activity code is a UTBMS activity code (A101–A111)
 * @param expenseCodeKnown true when the expense code is a UTBMS expense code (E101–E124)
 * @param parameters the rule parameters in force for the check: {@link #parameter(String, String)}
 */
public record LineContext(LineFact line, InvoiceFact invoice, Narrative narrative,
        BigDecimal dayHours, BigDecimal dayHoursBefore, BigDecimal dayHoursThrough, BigDecimal activityHours,
        BigDecimal activityHoursBefore, BigDecimal activityHoursThrough, int activityEntry, int dayActivityRank,
        int dayActivityTimekeepers, int dayTaskActivityRank, int dayTaskActivityTimekeepers, int taskDayEntry,
        int taskDayEntries, String duplicateOf,
        boolean taskCodeBillable, boolean activityCodeKnown, boolean expenseCodeKnown, Parameters parameters) {

    /** Checks that nothing is null. */
    public LineContext {
        Objects.requireNonNull(line, "line");
        Objects.requireNonNull(invoice, "invoice");
        Objects.requireNonNull(narrative, "narrative");
        Objects.requireNonNull(dayHours, "dayHours");
        Objects.requireNonNull(dayHoursBefore, "dayHoursBefore");
        Objects.requireNonNull(dayHoursThrough, "dayHoursThrough");
        Objects.requireNonNull(activityHours, "activityHours");
        Objects.requireNonNull(activityHoursBefore, "activityHoursBefore");
        Objects.requireNonNull(activityHoursThrough, "activityHoursThrough");
        Objects.requireNonNull(duplicateOf, "duplicateOf");
        Objects.requireNonNull(parameters, "parameters");
    }

    /**
     * A parameter in force, for a per-line threshold written on this pattern (an alpha constraint: see
     * {@link Parameters}): {@code LineContext(line.units > parameter("OCG-LONG-ENTRY", "maxHours").decimal)}.
     *
     * @param ruleId a rule id
     * @param name a parameter name the rule set's manifest documents
     * @return the parameter: the profile's value, else the documented default
     * @throws UnknownParameterException when there is no such parameter
     */
    public Parameter parameter(String ruleId, String name) {
        return parameters.get(ruleId, name);
    }

    /** @return the line and its counts, without the narrative */
    @Override
    public String toString() {
        return "LineContext[" + line + ", " + narrative + "]";
    }
}

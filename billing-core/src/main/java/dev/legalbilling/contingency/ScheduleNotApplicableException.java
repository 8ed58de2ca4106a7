package dev.legalbilling.contingency;

import dev.legalbilling.BillingException;

/**
 * A schedule cannot answer a query: the stage is not one the schedule covers (or is missing where the schedule
 * depends on it), the basis is not one it allows, or no version is in effect on the date. Code:
 * {@code CONTINGENCY_NOT_APPLICABLE}.
 */
public final class ScheduleNotApplicableException extends BillingException {
    private static final long serialVersionUID = 1L;

    private final String scheduleId;
    private final String field;
    private final String value;

    /**
     * @param scheduleId the schedule
     * @param field the query field at fault: {@code stage}, {@code basis} or {@code date}
     * @param value the offending value as text, or null when it was missing
     * @param problem what is wrong, e.g. {@code applies only at administrative}
     */
    public ScheduleNotApplicableException(String scheduleId, String field, Object value, String problem) {
        super("CONTINGENCY_NOT_APPLICABLE", "schedule " + scheduleId + ": " + field + " "
                + (value == null ? "missing" : "'" + value + "'") + ": " + problem);
        this.scheduleId = scheduleId;
        this.field = field;
        this.value = value == null ? null : String.valueOf(value);
    }

    /** @return the schedule id */
    public String scheduleId() {
        return scheduleId;
    }

    /** @return the query field at fault */
    public String field() {
        return field;
    }

    /** @return the offending value, or null when missing */
    public String value() {
        return value;
    }
}

package dev.legalbilling.json.matter.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import dev.legalbilling.party.TimekeeperId;
import dev.legalbilling.work.TimeEntry;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;

/**
 * The file shape of a {@link TimeEntry} in a work file (the matter comes from the matter file). Not API.
 *
 * @param date the day worked
 * @param timekeeper the id of a timekeeper of the matter file
 * @param hours decimal hours, 0–24, at most four decimals
 * @param taskCode UTBMS task code of the matter's code set
 * @param activityCode UTBMS activity code A101–A111
 * @param narrative what was done
 * @param billable false for no-charge time; null means true
 * @param nonWorkingTravel true for non-working travel; null means false
 * @param actualTime the time actually spent as an ISO-8601 duration, or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TimeEntryJson(LocalDate date, TimekeeperId timekeeper, BigDecimal hours, String taskCode,
        String activityCode, String narrative, Boolean billable, Boolean nonWorkingTravel, Duration actualTime) {

    /**
     * @param scope the matter the entry belongs to
     * @return the entry
     * @throws KeyedException or a domain exception when a value is invalid
     */
    public TimeEntry toEntry(WorkScope scope) {
        TimekeeperId tk = scope.known("timekeeper", KeyedException.required("timekeeper", timekeeper));
        TimeEntry entry = new TimeEntry(scope.matter(), tk, date, hours, narrative, taskCode, activityCode,
                billable == null || billable, Boolean.TRUE.equals(nonWorkingTravel), actualTime);
        if (!scope.codeSet().isValidTask(entry.taskCode())) {
            throw KeyedException.of("taskCode", "'" + entry.taskCode() + "' is not a billable task of the "
                    + scope.codeSet() + " code set the matter is coded in");
        }
        return entry;
    }

    /**
     * @param entry an entry
     * @return its file shape, defaults left out
     */
    public static TimeEntryJson of(TimeEntry entry) {
        return new TimeEntryJson(entry.date(), entry.timekeeper(), entry.hours(), entry.taskCode(),
                entry.activityCode(), entry.narrative(), entry.billable() ? null : Boolean.FALSE,
                entry.nonWorkingTravel() ? Boolean.TRUE : null, entry.actualTime());
    }

    /** Reads an entry. */
    public static final class Deserializer extends ConvertingDeserializer<TimeEntryJson, TimeEntry> {
        private static final long serialVersionUID = 1L;

        /** Creates the deserializer. */
        public Deserializer() {
            super(TimeEntry.class, TimeEntryJson.class);
        }

        @Override
        protected TimeEntry convert(TimeEntryJson read, DeserializationContext ctxt) {
            return read.toEntry(WorkScope.of(ctxt));
        }
    }

    /** Writes an entry. */
    public static final class Serializer extends ShapeSerializer<TimeEntry> {
        private static final long serialVersionUID = 1L;

        /** Creates the serializer. */
        public Serializer() {
            super(TimeEntry.class);
        }

        @Override
        protected Object shapeOf(TimeEntry value, SerializerProvider provider) {
            return of(value);
        }
    }
}

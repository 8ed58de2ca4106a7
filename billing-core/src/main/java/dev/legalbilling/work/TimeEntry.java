package dev.legalbilling.work;

import dev.legalbilling.InvalidValueException;
import dev.legalbilling.internal.Checks;
import dev.legalbilling.party.MatterId;
import dev.legalbilling.party.TimekeeperId;
import dev.legalbilling.utbms.UtbmsCodeSet;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Time a timekeeper recorded on a matter on one day.
 *
 * <p>The narrative is privileged: {@link #toString()} does not print it, and it must never be logged at INFO or
 * above. Hours are a decimal quantity of hours (not minutes), between 0 and 24 with at most four decimals; the task
 * code must be a billable UTBMS task code of some code set (the matter's set is checked when the entry is billed) and
 * the activity code one of A101–A111; both are stored in upper case.
 *
 * @param matter the matter worked on
 * @param timekeeper who worked
 * @param date the day worked
 * @param hours hours recorded, 0–24
 * @param narrative what was done; not blank
 * @param taskCode UTBMS task code, e.g. {@code L120}
 * @param activityCode UTBMS activity code, e.g. {@code A104}
 * @param billable whether the time may be billed at all
 * @param nonWorkingTravel whether this is travel time during which no other work was done
 * @param actualTime the time actually spent when known (to check rounding against), else null
 */
public record TimeEntry(MatterId matter, TimekeeperId timekeeper, LocalDate date, BigDecimal hours, String narrative,
        String taskCode, String activityCode, boolean billable, boolean nonWorkingTravel, Duration actualTime) {

    private static final BigDecimal MAX_HOURS = BigDecimal.valueOf(24);

    /** Validates the entry. */
    public TimeEntry {
        Objects.requireNonNull(matter, "matter");
        Objects.requireNonNull(timekeeper, "timekeeper");
        if (date == null) {
            throw new InvalidValueException("date", null, "is required");
        }
        Checks.quantity("hours", hours, MAX_HOURS);
        Checks.notBlank("narrative", narrative);
        taskCode = UtbmsCodeSet.requireAnyTask("taskCode", taskCode);
        activityCode = UtbmsCodeSet.requireActivity("activityCode", activityCode);
        if (actualTime != null && (actualTime.isNegative() || actualTime.compareTo(Duration.ofHours(24)) > 0)) {
            throw new InvalidValueException("actualTime", actualTime, "must be between 0 and 24 hours");
        }
    }

    /**
     * Starts a billable, working-time entry.
     *
     * @param matter the matter
     * @param timekeeper who worked
     * @param date the day
     * @param hours hours as decimal text, e.g. {@code "1.5"}
     * @return a builder
     */
    public static Builder builder(MatterId matter, TimekeeperId timekeeper, LocalDate date, String hours) {
        return new Builder(matter, timekeeper, date, new BigDecimal(hours));
    }

    /** @return the actual time spent, when known */
    public Optional<Duration> actualTimeIfKnown() {
        return Optional.ofNullable(actualTime);
    }

    /** @return the entry without its privileged narrative */
    @Override
    public String toString() {
        return "TimeEntry[" + matter + ", " + timekeeper + ", " + date + ", " + hours.toPlainString() + " h, "
                + taskCode + "/" + activityCode + (billable ? "" : ", no-charge") + (nonWorkingTravel ? ", travel" : "")
                + "]";
    }

    /** Builds a {@link TimeEntry}; not thread-safe. */
    public static final class Builder {
        private final MatterId matter;
        private final TimekeeperId timekeeper;
        private final LocalDate date;
        private final BigDecimal hours;
        private String narrative;
        private String taskCode;
        private String activityCode;
        private boolean billable = true;
        private boolean nonWorkingTravel;
        private Duration actualTime;

        private Builder(MatterId matter, TimekeeperId timekeeper, LocalDate date, BigDecimal hours) {
            this.matter = matter;
            this.timekeeper = timekeeper;
            this.date = date;
            this.hours = hours;
        }

        /**
         * @param text what was done
         * @return this builder
         */
        public Builder narrative(String text) {
            this.narrative = text;
            return this;
        }

        /**
         * @param task UTBMS task code
         * @param activity UTBMS activity code
         * @return this builder
         */
        public Builder codes(String task, String activity) {
            this.taskCode = task;
            this.activityCode = activity;
            return this;
        }

        /**
         * @param value whether the time may be billed
         * @return this builder
         */
        public Builder billable(boolean value) {
            this.billable = value;
            return this;
        }

        /**
         * @param value whether this is non-working travel
         * @return this builder
         */
        public Builder nonWorkingTravel(boolean value) {
            this.nonWorkingTravel = value;
            return this;
        }

        /**
         * @param value the time actually spent
         * @return this builder
         */
        public Builder actualTime(Duration value) {
            this.actualTime = value;
            return this;
        }

        /** @return the validated entry */
        public TimeEntry build() {
            return new TimeEntry(matter, timekeeper, date, hours, narrative, taskCode, activityCode, billable,
                    nonWorkingTravel, actualTime);
        }
    }
}

package dev.legalbilling.receivables.reminder;

import dev.legalbilling.BillingException;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A reminder run was dated before the last run recorded in the reminder log. It is refused: judged as of the earlier
 * day it would ignore payments and disputes posted since, and could send a reminder on an invoice that has since
 * been disputed or paid. Code: {@code RECEIVABLES_BACKDATED_REMINDER_RUN}. Immutable.
 */
public final class BackDatedReminderRunException extends BillingException {
    private static final long serialVersionUID = 1L;

    private final LocalDate runDate;
    private final LocalDate lastRun;

    /**
     * @param runDate the date asked for; not null
     * @param lastRun the latest run date in the log, after {@code runDate}; not null
     */
    public BackDatedReminderRunException(LocalDate runDate, LocalDate lastRun) {
        super("RECEIVABLES_BACKDATED_REMINDER_RUN", "reminder run dated " + Objects.requireNonNull(runDate, "runDate")
                + " is before the last recorded run on " + Objects.requireNonNull(lastRun, "lastRun")
                + "; a back-dated run could remind a client of an invoice disputed or paid since: run it as of "
                + lastRun + " or later");
        this.runDate = runDate;
        this.lastRun = lastRun;
    }

    /** @return the date asked for */
    public LocalDate runDate() {
        return runDate;
    }

    /** @return the latest run date recorded in the log */
    public LocalDate lastRun() {
        return lastRun;
    }
}

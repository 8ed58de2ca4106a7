package dev.legalbilling.connect;

import dev.legalbilling.InvalidValueException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What to bring in: work dated from {@code since} to {@code until} (inclusive), optionally only some matters, and
 * for an incremental run only what changed after {@code updatedSince}.
 *
 * <p>Already-billed work is never imported, whatever the status. {@link Status#UNBILLED} brings billable and
 * no-charge work (no-charge entries become time shown at no charge); {@link Status#BILLABLE} leaves no-charge work
 * out. Immutable and thread-safe.
 *
 * @param since first day of work, inclusive
 * @param until last day of work, inclusive, not before {@code since}
 * @param matters matter numbers or system ids to import; empty for every matter with work in the range
 * @param status which unbilled work to bring
 * @param updatedSince only records changed at or after this instant (from a {@link Checkpoint}), or null for all
 */
public record ImportQuery(LocalDate since, LocalDate until, List<String> matters, Status status,
        Instant updatedSince) {

    /** Which unbilled work to import. */
    public enum Status {
        /** Billable and no-charge work not yet billed (the default). */
        UNBILLED,
        /** Only billable work not yet billed. */
        BILLABLE
    }

    /** Validates the query. */
    public ImportQuery {
        Objects.requireNonNull(since, "since");
        Objects.requireNonNull(until, "until");
        if (until.isBefore(since)) {
            throw new InvalidValueException("--until", until, "must not be before --since " + since);
        }
        matters = List.copyOf(matters);
        status = status == null ? Status.UNBILLED : status;
    }

    /**
     * @param since first day
     * @param until last day
     * @return a query for every matter's unbilled work in the range
     */
    public static ImportQuery between(LocalDate since, LocalDate until) {
        return new ImportQuery(since, until, List.of(), Status.UNBILLED, null);
    }

    /** @param ids matter numbers or ids @return this query for those matters only */
    public ImportQuery forMatters(List<String> ids) {
        return new ImportQuery(since, until, ids, status, updatedSince);
    }

    /** @param value the status filter @return this query with it */
    public ImportQuery withStatus(Status value) {
        return new ImportQuery(since, until, matters, value, updatedSince);
    }

    /** @param value the checkpoint instant, or null @return this query with it */
    public ImportQuery changedSince(Instant value) {
        return new ImportQuery(since, until, matters, status, value);
    }

    /**
     * @param date a work date
     * @return true when the date is in the range
     */
    public boolean covers(LocalDate date) {
        return !date.isBefore(since) && !date.isAfter(until);
    }
}

package dev.legalbilling.connect;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A record the import left out, and why. Carries ids and dates only, never a narrative or a client name.
 *
 * @param kind {@code time entry}, {@code expense} or {@code matter}
 * @param sourceId the record's id in the system (or the CSV line), for finding it there
 * @param date the work date, or null when unknown
 * @param reason why it was left out, as a short phrase (the same for every record left out for that reason), e.g.
 *     {@code already billed in clio}
 */
public record Skipped(String kind, String sourceId, LocalDate date, String reason) {
    /** Validates the record. */
    public Skipped {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(reason, "reason");
    }
}

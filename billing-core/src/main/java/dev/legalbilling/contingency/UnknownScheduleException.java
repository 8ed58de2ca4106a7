package dev.legalbilling.contingency;

import dev.legalbilling.BillingException;
import java.util.Collection;
import java.util.List;

/**
 * No contingency schedule has the requested id. Code: {@code CONTINGENCY_UNKNOWN_SCHEDULE}.
 */
public final class UnknownScheduleException extends BillingException {
    private static final long serialVersionUID = 1L;

    private final String scheduleId;
    private final List<String> knownIds;

    /**
     * @param scheduleId the id asked for
     * @param knownIds the ids that exist
     */
    public UnknownScheduleException(String scheduleId, Collection<String> knownIds) {
        super("CONTINGENCY_UNKNOWN_SCHEDULE", "no contingency schedule has the id '" + scheduleId + "'; known: "
                + String.join(", ", knownIds));
        this.scheduleId = scheduleId;
        this.knownIds = List.copyOf(knownIds);
    }

    /** @return the id asked for */
    public String scheduleId() {
        return scheduleId;
    }

    /** @return the ids that exist */
    public List<String> knownIds() {
        return knownIds;
    }
}

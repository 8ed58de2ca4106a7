package dev.legalbilling.receivables.aging;

/**
 * An age band of open receivables, by calendar days past the due date on the report date.
 *
 * <p>Bands: {@link #CURRENT} (not yet due or due that very day: 0 or fewer days past due), {@link #DAYS_1_TO_30},
 * {@link #DAYS_31_TO_60}, {@link #DAYS_61_TO_90}, {@link #OVER_90} (91 days and more). Day 30 past due is in 1–30,
 * day 31 in 31–60.
 */
public enum AgingBucket {
    /** Not yet due, or due on the report date. */
    CURRENT("Current", Long.MIN_VALUE, 0),
    /** 1 to 30 days past due. */
    DAYS_1_TO_30("1-30", 1, 30),
    /** 31 to 60 days past due. */
    DAYS_31_TO_60("31-60", 31, 60),
    /** 61 to 90 days past due. */
    DAYS_61_TO_90("61-90", 61, 90),
    /** More than 90 days past due. */
    OVER_90("Over 90", 91, Long.MAX_VALUE);

    private final String label;
    private final long first;
    private final long last;

    AgingBucket(String label, long first, long last) {
        this.label = label;
        this.first = first;
        this.last = last;
    }

    /**
     * @param daysPastDue calendar days from the due date to the report date (negative when not yet due)
     * @return the band holding that many days
     */
    public static AgingBucket of(long daysPastDue) {
        for (AgingBucket b : values()) {
            if (daysPastDue >= b.first && daysPastDue <= b.last) {
                return b;
            }
        }
        throw new AssertionError("bands cover every long: " + daysPastDue);
    }

    /** @return a short column label, e.g. {@code "31-60"} */
    public String label() {
        return label;
    }

    /** @return the first day past due in the band ({@link Long#MIN_VALUE} for {@link #CURRENT}) */
    public long firstDay() {
        return first;
    }

    /** @return the last day past due in the band ({@link Long#MAX_VALUE} for {@link #OVER_90}) */
    public long lastDay() {
        return last;
    }
}

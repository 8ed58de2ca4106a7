package dev.legalbilling.benchmarks.baseline;

/**
 * The 25 rules of the standard billing-guideline pack, with their stable ids and severities, as specified in
 * {@code docs/guideline-pack-spec.md}.
 *
 * <p>Immutable and thread-safe.
 */
public enum GuidelineRule {
    /** Fee units not a multiple of the billing increment. */
    INCREMENT("OCG-INCREMENT", Severity.WARNING),
    /** Several tasks lumped in one fee narrative. */
    BLOCK_BILLING("OCG-BLOCK-BILLING", Severity.WARNING),
    /** Too short or vague a fee narrative. */
    VAGUE_DESCRIPTION("OCG-VAGUE-DESCRIPTION", Severity.WARNING),
    /** A timekeeper's hours on one day exceed the cap. */
    DAILY_HOURS("OCG-DAILY-HOURS", Severity.WARNING),
    /** One fee entry longer than the cap. */
    LONG_ENTRY("OCG-LONG-ENTRY", Severity.WARNING),
    /** Clerical work billed as fees. */
    CLERICAL("OCG-CLERICAL", Severity.WARNING),
    /** Intra-firm conference (activity A105). */
    INTERNAL_CONFERENCE("OCG-INTERNAL-CONFERENCE", Severity.WARNING),
    /** More attendees (activity A109) than allowed on one date and task. */
    MULTIPLE_ATTENDEES("OCG-MULTIPLE-ATTENDEES", Severity.WARNING),
    /** Non-working travel billed above the travel rate. */
    TRAVEL("OCG-TRAVEL", Severity.WARNING),
    /** Rate above the approved rate. */
    RATE_ABOVE_APPROVED("OCG-RATE-ABOVE-APPROVED", Severity.ERROR),
    /** Timekeeper not on the approved list. */
    UNAPPROVED_TIMEKEEPER("OCG-UNAPPROVED-TIMEKEEPER", Severity.ERROR),
    /** A senior timekeeper doing junior work. */
    STAFFING_LEVEL("OCG-STAFFING-LEVEL", Severity.WARNING),
    /** Research hours above the matter's limit. */
    RESEARCH_LIMIT("OCG-RESEARCH-LIMIT", Severity.WARNING),
    /** Training or getting up to speed billed to the client. */
    TRAINING("OCG-TRAINING", Severity.WARNING),
    /** Many small entries of one timekeeper, date and task. */
    CHIPPING("OCG-CHIPPING", Severity.INFO),
    /** A fee or expense line repeating an earlier one. */
    DUPLICATE_ENTRY("OCG-DUPLICATE-ENTRY", Severity.ERROR),
    /** A line dated outside the billing period. */
    OUTSIDE_PERIOD("OCG-OUTSIDE-PERIOD", Severity.ERROR),
    /** A line dated too long before the invoice date. */
    LATE_ENTRY("OCG-LATE-ENTRY", Severity.WARNING),
    /** An invoice sent too long after its billing period (invoice-level). */
    LATE_SUBMISSION("OCG-LATE-SUBMISSION", Severity.WARNING),
    /** A missing or unknown UTBMS code. */
    MISSING_CODE("OCG-MISSING-CODE", Severity.ERROR),
    /** An expense code the guidelines disallow. */
    EXPENSE_NOT_ALLOWED("OCG-EXPENSE-NOT-ALLOWED", Severity.ERROR),
    /** An expense above its per-unit or per-item cap. */
    EXPENSE_CAP("OCG-EXPENSE-CAP", Severity.WARNING),
    /** An expense above the receipt threshold whose receipt is missing. */
    RECEIPT_REQUIRED("OCG-RECEIPT-REQUIRED", Severity.WARNING),
    /** First-class or luxury travel. */
    TRAVEL_CLASS("OCG-TRAVEL-CLASS", Severity.WARNING),
    /** Fees billed past the matter's budget (invoice-level). */
    BUDGET("OCG-BUDGET", Severity.WARNING);

    /** How serious a finding of a rule is. */
    public enum Severity {
        /** Worth knowing; nothing to change. */
        INFO,
        /** Likely to be cut or questioned by the client. */
        WARNING,
        /** Breaks the guidelines outright; the line will be rejected or reduced. */
        ERROR
    }

    private final String id;
    private final Severity severity;

    GuidelineRule(String id, Severity severity) {
        this.id = id;
        this.severity = severity;
    }

    /** @return the stable rule id, e.g. {@code OCG-BLOCK-BILLING} */
    public String id() {
        return id;
    }

    /** @return the severity of the rule's findings */
    public Severity severity() {
        return severity;
    }

    /**
     * @param id a rule id such as {@code OCG-DAILY-HOURS}
     * @return the rule
     * @throws IllegalArgumentException when no rule of the pack has that id
     */
    public static GuidelineRule ofId(String id) {
        for (GuidelineRule r : values()) {
            if (r.id.equals(id)) {
                return r;
            }
        }
        throw new IllegalArgumentException("no rule of the standard guideline pack has id '" + id + "'");
    }
}

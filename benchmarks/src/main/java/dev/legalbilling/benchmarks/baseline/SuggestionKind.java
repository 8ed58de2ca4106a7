package dev.legalbilling.benchmarks.baseline;

/** What a finding suggests doing to the line or invoice, per {@code docs/guideline-pack-spec.md}. */
public enum SuggestionKind {
    /** No suggestion. */
    NONE,
    /** Bill this many units (hours) instead; the value is the new number of units. */
    REDUCE_UNITS,
    /** Bill at this percentage of the line total; the value is the percentage (e.g. {@code 50}). */
    BILL_AT_PERCENT,
    /** Do not bill the line; no value. */
    DISALLOW,
    /** Bill at most this amount; the value is the amount in the invoice's currency. */
    CAP_AMOUNT;

    /** @return true when suggestions of this kind carry a value */
    public boolean hasValue() {
        return this == REDUCE_UNITS || this == BILL_AT_PERCENT || this == CAP_AMOUNT;
    }
}

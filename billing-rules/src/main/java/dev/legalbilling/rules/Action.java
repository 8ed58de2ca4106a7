package dev.legalbilling.rules;

/**
 * What a rule's findings do to the invoice when adjustments are applied ({@link ComplianceReport#applyTo}); set per
 * rule by the rule set's manifest and overridden by the {@link GuidelineProfile}.
 */
public enum Action {
    /** Report only; the invoice is not changed. */
    FLAG,
    /** Apply the rule's suggested {@link Adjustment}, if it has one. */
    ADJUST,
    /** Disallow the line entirely (write its total off), whatever the suggestion. */
    REJECT
}

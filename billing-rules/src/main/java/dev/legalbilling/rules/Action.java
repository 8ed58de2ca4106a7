package dev.legalbilling.rules;

/**
 * What a rule's findings do to the invoice when the profile's actions are applied
 * ({@link ComplianceReport#applyTo(dev.legalbilling.invoice.Invoice)}); set per rule by the rule set's manifest and
 * overridden by the {@link GuidelineProfile}. Applying all suggestions
 * ({@link ComplianceReport.Apply#ALL_SUGGESTIONS}) treats FLAG like ADJUST.
 */
public enum Action {
    /** Report only; the invoice is not changed. */
    FLAG,
    /** Apply the rule's suggested {@link Adjustment}, if it has one. */
    ADJUST,
    /** Disallow the line entirely (write its total off), whatever the suggestion. */
    REJECT
}

package dev.legalbilling.rules.harness;

import java.util.Objects;

/**
 * A finding a test case expects, or one a check produced, reduced to what a test compares: the rule id and the line
 * item (null for an invoice-level finding). Orders by rule id, then line.
 *
 * @param ruleId the rule id
 * @param line the line item number, or null for the invoice as a whole
 */
public record ExpectedFinding(String ruleId, String line) implements Comparable<ExpectedFinding> {
    /** Validates the rule id. */
    public ExpectedFinding {
        Objects.requireNonNull(ruleId, "ruleId");
        if (line != null && line.isBlank()) {
            line = null;
        }
    }

    @Override
    public int compareTo(ExpectedFinding o) {
        int c = ruleId.compareTo(o.ruleId);
        if (c != 0) {
            return c;
        }
        if (line == null || o.line == null) {
            return line == null ? (o.line == null ? 0 : -1) : 1;
        }
        return line.compareTo(o.line);
    }

    /** @return {@code RULE-ID on line 3} or {@code RULE-ID on the invoice} */
    @Override
    public String toString() {
        return ruleId + (line == null ? " on the invoice" : " on line " + line);
    }
}

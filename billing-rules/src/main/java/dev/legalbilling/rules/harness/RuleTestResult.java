package dev.legalbilling.rules.harness;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of one {@link RuleTestCase}: passed when the check produced exactly the expected findings.
 *
 * @param testCase the test case
 * @param missing expected findings the check did not produce, sorted; unmodifiable
 * @param unexpected findings the check produced that were not expected, sorted; unmodifiable
 * @param error why the case could not run (invalid file, rule failure, limit exceeded), or null
 */
public record RuleTestResult(RuleTestCase testCase, List<ExpectedFinding> missing, List<ExpectedFinding> unexpected,
        String error) {
    /** Copies the lists. */
    public RuleTestResult {
        Objects.requireNonNull(testCase, "testCase");
        missing = List.copyOf(missing);
        unexpected = List.copyOf(unexpected);
    }

    /** @return true when nothing is missing, nothing unexpected and no error */
    public boolean passed() {
        return error == null && missing.isEmpty() && unexpected.isEmpty();
    }

    /**
     * @return a diff: {@code - RULE on line 3} for each missing finding, {@code + RULE on line 5} for each
     *     unexpected one, or {@code ! error}; empty when passed
     */
    public String diff() {
        StringBuilder sb = new StringBuilder();
        if (error != null) {
            sb.append("  ! ").append(error).append('\n');
        }
        missing.forEach(f -> sb.append("  - expected ").append(f).append('\n'));
        unexpected.forEach(f -> sb.append("  + unexpected ").append(f).append('\n'));
        return sb.toString();
    }
}

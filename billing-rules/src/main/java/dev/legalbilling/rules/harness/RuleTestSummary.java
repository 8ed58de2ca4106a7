package dev.legalbilling.rules.harness;

import java.util.List;

/**
 * The results of a run of rule test cases.
 *
 * @param results one per test case, in file order; unmodifiable
 */
public record RuleTestSummary(List<RuleTestResult> results) {
    /** Copies the list. */
    public RuleTestSummary {
        results = List.copyOf(results);
    }

    /** @return how many passed */
    public long passed() {
        return results.stream().filter(RuleTestResult::passed).count();
    }

    /** @return how many failed */
    public long failed() {
        return results.size() - passed();
    }

    /**
     * @return one block per failure ({@code FAIL name (file)} and its diff), then the closing line
     *     {@code N passed, M failed}
     */
    public String report() {
        StringBuilder sb = new StringBuilder();
        for (RuleTestResult r : results) {
            if (!r.passed()) {
                sb.append("FAIL ").append(r.testCase().name()).append(" (").append(r.testCase().file()).append(")\n")
                        .append(r.diff());
            }
        }
        sb.append(passed()).append(" passed, ").append(failed()).append(" failed\n");
        return sb.toString();
    }
}

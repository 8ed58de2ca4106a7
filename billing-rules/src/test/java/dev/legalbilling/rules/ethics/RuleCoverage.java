package dev.legalbilling.rules.ethics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.legalbilling.rules.ComplianceReport;
import dev.legalbilling.rules.Finding;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Keeps the {@link Fires} and {@link DoesNotFire} claims of a test honest: the assertions below record which rule ids
 * a test saw fire or stay quiet, and after each test every claimed id must have been asserted that way. The claims
 * are what {@link EthicsCoverageTest} counts.
 */
final class RuleCoverage implements BeforeEachCallback, AfterEachCallback {
    private static final ThreadLocal<Set<String>> FIRED = ThreadLocal.withInitial(LinkedHashSet::new);
    private static final ThreadLocal<Set<String>> QUIET = ThreadLocal.withInitial(LinkedHashSet::new);

    @Override
    public void beforeEach(ExtensionContext context) {
        FIRED.get().clear();
        QUIET.get().clear();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (context.getExecutionException().isPresent()) {
            return;
        }
        Method m = context.getRequiredTestMethod();
        Set<String> claimedFires = ids(m.getAnnotation(Fires.class) == null ? null : m.getAnnotation(Fires.class).value());
        Set<String> claimedQuiet = ids(m.getAnnotation(DoesNotFire.class) == null ? null
                : m.getAnnotation(DoesNotFire.class).value());
        assertThat(FIRED.get()).as("rules %s asserted to fire by %s", claimedFires, m.getName())
                .containsAll(claimedFires);
        assertThat(QUIET.get()).as("rules %s asserted to stay quiet by %s", claimedQuiet, m.getName())
                .containsAll(claimedQuiet);
    }

    private static Set<String> ids(String[] values) {
        return values == null ? Set.of() : new TreeSet<>(Arrays.asList(values));
    }

    /**
     * @param report a report
     * @param ruleId an ethics rule id
     * @return the findings of that rule; at least one
     */
    static List<Finding> assertFires(ComplianceReport report, String ruleId) {
        List<Finding> found = report.findings().stream().filter(f -> f.ruleId().equals(ruleId)).toList();
        assertThat(found).as("findings of %s in %s", ruleId, report.findings()).isNotEmpty();
        assertThat(found).allSatisfy(f -> assertThat(f.ruleSetId()).isEqualTo("ethics"));
        FIRED.get().add(ruleId);
        return found;
    }

    /**
     * @param report a report
     * @param ruleId an ethics rule id that must not fire
     */
    static void assertQuiet(ComplianceReport report, String ruleId) {
        assertThat(report.findings()).as("findings of %s", ruleId).extracting(Finding::ruleId).doesNotContain(ruleId);
        QUIET.get().add(ruleId);
    }
}

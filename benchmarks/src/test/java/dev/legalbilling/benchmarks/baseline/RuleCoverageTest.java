package dev.legalbilling.benchmarks.baseline;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Fails when a rule of the pack has no nested test class with a firing test and a near-miss test. */
class RuleCoverageTest {
    @Test
    void everyRuleHasAFiringAndANonFiringTest() {
        Map<GuidelineRule, Class<?>> covered = new EnumMap<>(GuidelineRule.class);
        for (Class<?> nested : HandCodedGuidelineChecksTest.class.getDeclaredClasses()) {
            RuleUnderTest rule = nested.getAnnotation(RuleUnderTest.class);
            if (rule != null) {
                assertThat(covered.put(rule.value(), nested)).as("second test class for %s", rule.value()).isNull();
            }
        }

        assertThat(covered.keySet()).containsExactlyInAnyOrder(GuidelineRule.values());
        covered.forEach((rule, tests) -> {
            Method[] methods = tests.getDeclaredMethods();
            assertThat(Arrays.stream(methods).map(Method::getName)).as("tests of %s", rule)
                    .anyMatch(name -> name.startsWith("fires"))
                    .anyMatch(name -> name.startsWith("doesNotFire"));
        });
    }

    @Test
    void ruleIdsAreUniqueAndResolvable() {
        for (GuidelineRule rule : GuidelineRule.values()) {
            assertThat(GuidelineRule.ofId(rule.id())).isSameAs(rule);
        }
        assertThat(GuidelineRule.values()).hasSize(25);
    }
}

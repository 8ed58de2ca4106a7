package dev.legalbilling.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The documented limits on one rule set: rule count before anything compiles, and compile time. */
class GateLimitsTest {
    private static String rules(int count) {
        StringBuilder drl = new StringBuilder("package com.firm.rules;\nimport dev.legalbilling.rules.fact.*;\n");
        for (int i = 0; i < count; i++) {
            drl.append("rule \"R").append(i).append("\"\nwhen\n    $l : LineFact(position == ").append(i)
                    .append(")\nthen\n    insert(Violation.onLine($l, \"r\"));\nend\n");
        }
        return drl.toString();
    }

    @Test
    void refusesMoreRulesThanThePolicyAllowsBeforeCompilingAnything() {
        RuleSecurityPolicy policy = RuleSecurityPolicy.defaults().toBuilder().maxRules(50).build();
        RuleSetLoadException e = catchThrowableOfType(RuleSetLoadException.class,
                () -> RuleEngine.builder().securityPolicy(policy).addString("many", "1", rules(51)).build());
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo("LIMIT");
            assertThat(p.message()).contains("has 51 rules, more than the 50");
        });
        assertThat(RuleSecurityPolicy.defaults().maxRules()).isEqualTo(2_000);
    }

    @Test
    void acceptsARuleSetAtTheRuleLimit() {
        RuleSecurityPolicy policy = RuleSecurityPolicy.defaults().toBuilder().maxRules(5).build();
        try (RuleEngine engine = RuleEngine.builder().securityPolicy(policy).addString("five", "1", rules(5))
                .build()) {
            assertThat(engine.ruleSets().get(0).rules()).hasSize(5);
        }
    }

    @Test
    void abandonsACompilationThatTakesLongerThanThePolicyAllows() {
        RuleSecurityPolicy policy = RuleSecurityPolicy.defaults().toBuilder().compileTimeout(Duration.ofMillis(1))
                .build();
        RuleSetLoadException e = catchThrowableOfType(RuleSetLoadException.class,
                () -> RuleEngine.builder().securityPolicy(policy).addString("slow", "1", rules(40)).build());
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo("LIMIT");
            assertThat(p.message()).contains("did not compile within 1 ms");
        });
    }
}

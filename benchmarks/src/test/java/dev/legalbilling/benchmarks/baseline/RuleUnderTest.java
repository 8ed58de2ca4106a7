package dev.legalbilling.benchmarks.baseline;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Marks the nested test class that covers one rule; {@code RuleCoverageTest} checks every rule has one. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@interface RuleUnderTest {
    /** @return the rule the class tests */
    GuidelineRule value();
}

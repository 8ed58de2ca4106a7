package dev.legalbilling.rules.guideline;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a test that checks an invoice that comes close to the named rules (a boundary, a false-positive trap) on
 * which they must not fire. {@link RuleCoverageTest} fails when a rule of the pack's manifest has no such test.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@interface NearMiss {
    /** @return the rule ids */
    String[] value();
}

package dev.legalbilling.rules.ethics;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a test that makes the named ethics rules fire. {@link RuleCoverage} fails the test unless it asserted each of
 * them with {@link RuleCoverage#assertFires}; {@link EthicsCoverageTest} fails unless every rule of the manifest has
 * such a test.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@interface Fires {
    /** @return the rule ids the test fires */
    String[] value();
}

package dev.legalbilling.rules.ethics;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a near miss: a test whose input comes close to the named ethics rules without breaking them.
 * {@link RuleCoverage} fails the test unless it asserted each of them with {@link RuleCoverage#assertQuiet};
 * {@link EthicsCoverageTest} fails unless every rule of the manifest has such a test.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@interface DoesNotFire {
    /** @return the rule ids the test keeps quiet */
    String[] value();
}

package dev.legalbilling.rules.guideline;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Names the DRL file of the guideline pack a test class covers; {@link RuleCoverageTest} wants one per file. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@interface RuleFile {
    /** @return the file name as listed in the manifest, e.g. {@code hours.drl} */
    String value();
}

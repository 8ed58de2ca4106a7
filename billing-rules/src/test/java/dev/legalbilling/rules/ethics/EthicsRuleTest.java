package dev.legalbilling.rules.ethics;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/** A test class of the ethics pack: its {@link Fires} and {@link DoesNotFire} claims are checked by {@link RuleCoverage}. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ExtendWith(RuleCoverage.class)
@interface EthicsRuleTest {
}

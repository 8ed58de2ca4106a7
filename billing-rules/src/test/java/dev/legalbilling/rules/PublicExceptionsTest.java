package dev.legalbilling.rules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.legalbilling.BillingException;
import dev.legalbilling.rules.fact.UnknownParameterException;
import org.junit.jupiter.api.Test;

/**
 * Every public exception of billing-rules' public packages is a {@link BillingException} (billing-core's test of
 * the same name shows the rule refusing one that is not).
 */
class PublicExceptionsTest {

    @Test
    void everyPublicExceptionIsABillingException() {
        JavaClasses rules = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.legalbilling.rules");
        assertThat(rules.contain(UnknownParameterException.class)).as("billing-rules' classes were imported").isTrue();
        classes().that().areAssignableTo(Throwable.class).and().arePublic()
                .and().resideOutsideOfPackage("..internal..")
                .should().beAssignableTo(BillingException.class)
                .because("callers catch the library's refusals as BillingException")
                .check(rules);
    }
}

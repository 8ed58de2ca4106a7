package dev.legalbilling;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import dev.legalbilling.archfixture.stray.StrayException;
import dev.legalbilling.trust.NegativeLedgerBalanceException;
import org.junit.jupiter.api.Test;

/**
 * Every public exception of billing-core's public packages is a {@link BillingException}, so an embedding
 * application can catch the library's refusals with one type and read a stable {@code code()}.
 */
class PublicExceptionsTest {

    /** The rule, shared with billing-rules' test of the same name. */
    static final ArchRule PUBLIC_EXCEPTIONS_ARE_BILLING_EXCEPTIONS = classes().that().areAssignableTo(Throwable.class)
            .and().arePublic().and().resideOutsideOfPackage("..internal..")
            .should().beAssignableTo(BillingException.class)
            .because("callers catch the library's refusals as BillingException");

    @Test
    void everyPublicExceptionIsABillingException() {
        JavaClasses core = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.legalbilling");
        assertThat(core.contain(NegativeLedgerBalanceException.class)).as("billing-core's classes were imported")
                .isTrue();
        PUBLIC_EXCEPTIONS_ARE_BILLING_EXCEPTIONS.check(core);
    }

    @Test
    void refusesAPublicExceptionOutsideTheHierarchy() {
        JavaClasses stray = new ClassFileImporter().importClasses(StrayException.class, BillingException.class);
        assertThat(PUBLIC_EXCEPTIONS_ARE_BILLING_EXCEPTIONS.evaluate(stray).getFailureReport().toString())
                .contains(StrayException.class.getName());
    }
}

package dev.legalbilling.rules;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import dev.legalbilling.rules.fact.LineFact;
import dev.legalbilling.rules.harness.RuleTestRunner;
import org.junit.jupiter.api.Test;

/**
 * billing-rules' packages import one way: {@code fact} below {@code rules}, with {@code profile} and
 * {@code harness} above it. Same granularity as billing-core's {@code PackageCyclesTest}: one slice per package, an
 * {@code internal} package (with its subpackages, e.g. {@code internal.isolation}) counted with its parent. Only
 * production classes are checked, as compiled.
 */
class PackageCyclesTest {

    private static final SliceAssignment PACKAGES = new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
            String name = javaClass.getPackageName();
            int internal = (name + ".").indexOf(".internal.");
            return SliceIdentifier.of(internal < 0 ? name : name.substring(0, internal));
        }

        @Override
        public String getDescription() {
            return "packages, each internal package counted with its parent";
        }
    };

    @Test
    void packagesAreFreeOfCycles() {
        JavaClasses rules = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.legalbilling.rules");
        assertThat(rules.contain(RuleEngine.class) && rules.contain(LineFact.class)
                && rules.contain(RuleTestRunner.class)).as("billing-rules' classes were imported").isTrue();
        slices().assignedFrom(PACKAGES).should().beFreeOfCycles().check(rules);
    }
}

package dev.legalbilling;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.EvaluationResult;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import dev.legalbilling.archfixture.down.Lower;
import dev.legalbilling.archfixture.down.internal.Helper;
import dev.legalbilling.matter.Matter;
import dev.legalbilling.money.Money;
import org.junit.jupiter.api.Test;

/**
 * billing-core's packages import one way: no package cycle, so the knot that once tied {@code party}, {@code fee},
 * {@code invoice} and {@code agreement} together cannot come back.
 *
 * <p>Granularity: every package is its own slice ({@code receivables} and {@code receivables.aging} are two), except
 * that an {@code internal} package belongs to its parent ({@code ledes.internal} is part of {@code ledes}, and
 * {@code dev.legalbilling.internal} part of the root package): an internal package is its parent's implementation
 * and may use the parent's types while the parent calls into it. A cycle that runs through an internal package and
 * any other package still fails. Only production classes are checked, as compiled (javadoc links do not count).
 */
class PackageCyclesTest {

    /** One slice per package, with {@code internal} packages (and their subpackages) folded into their parent. */
    static final SliceAssignment PACKAGES = new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
            return SliceIdentifier.of(owningPackage(javaClass.getPackageName()));
        }

        @Override
        public String getDescription() {
            return "packages, each internal package counted with its parent";
        }
    };

    static String owningPackage(String packageName) {
        int internal = (packageName + ".").indexOf(".internal.");
        return internal < 0 ? packageName : packageName.substring(0, internal);
    }

    @Test
    void packagesAreFreeOfCycles() {
        JavaClasses core = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.legalbilling");
        assertThat(core.contain(Money.class)).as("billing-core's classes were imported").isTrue();
        assertThat(core.contain(Matter.class)).isTrue();
        slices().assignedFrom(PACKAGES).should().beFreeOfCycles().check(core);
    }

    @Test
    void findsACycleBetweenTwoPackagesButNotBetweenAPackageAndItsInternalPackage() {
        JavaClasses fixture = new ClassFileImporter().importPackages("dev.legalbilling.archfixture");
        EvaluationResult withCycle = slices().assignedFrom(PACKAGES).should().beFreeOfCycles().evaluate(fixture);
        assertThat(withCycle.hasViolation()).isTrue();
        assertThat(withCycle.getFailureReport().toString()).contains("dev.legalbilling.archfixture.up")
                .contains("dev.legalbilling.archfixture.down");

        JavaClasses internalOnly = new ClassFileImporter().importClasses(Lower.class, Helper.class);
        assertThat(slices().assignedFrom(PACKAGES).should().beFreeOfCycles().evaluate(internalOnly).hasViolation())
                .isFalse();
    }

    @Test
    void foldsOnlyInternalPackagesIntoTheirParent() {
        assertThat(owningPackage("dev.legalbilling.ledes.internal")).isEqualTo("dev.legalbilling.ledes");
        assertThat(owningPackage("dev.legalbilling.rules.internal.isolation")).isEqualTo("dev.legalbilling.rules");
        assertThat(owningPackage("dev.legalbilling.internal")).isEqualTo("dev.legalbilling");
        assertThat(owningPackage("dev.legalbilling.receivables.aging")).isEqualTo("dev.legalbilling.receivables.aging");
        assertThat(owningPackage("dev.legalbilling.internalized")).isEqualTo("dev.legalbilling.internalized");
    }
}

package dev.legalbilling.rules.guideline;

import static org.junit.jupiter.api.Assertions.fail;

import dev.legalbilling.rules.harness.RuleTestResult;
import dev.legalbilling.rules.harness.RuleTestRunner;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Rule test cases written without Java (YAML), with boolean and map parameters in inline profiles. */
class HarnessCasesTest {
    @TestFactory
    Stream<DynamicTest> guidelineCases() {
        RuleTestRunner runner = RuleTestRunner.of(Guideline.engine());
        return runner.discover(Path.of("src/test/resources/harness/guideline")).stream()
                .map(c -> DynamicTest.dynamicTest(c.name(), () -> {
                    RuleTestResult r = runner.run(c);
                    if (!r.passed()) {
                        fail(r.diff());
                    }
                }));
    }
}

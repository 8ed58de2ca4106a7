package dev.legalbilling.rules.harness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.legalbilling.invoice.Invoice;
import dev.legalbilling.json.BillingJson;
import dev.legalbilling.rules.RuleEngine;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

class RuleTestRunnerTest {
    private static RuleEngine engine;
    private static RuleTestRunner runner;

    @BeforeAll
    static void load() {
        engine = RuleEngine.builder().addBundled("demo").build();
        runner = RuleTestRunner.of(engine);
    }

    @AfterAll
    static void close() {
        engine.close();
    }

    private static Path resource(String path) {
        try {
            return Path.of(RuleTestRunnerTest.class.getClassLoader().getResource(path).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @TestFactory
    Stream<DynamicTest> demoPackCasesPass() {
        return runner.discover(resource("harness/demo")).stream()
                .map(c -> DynamicTest.dynamicTest(c.name(), () -> {
                    RuleTestResult r = runner.run(c);
                    if (!r.passed()) {
                        fail(r.diff());
                    }
                }));
    }

    @Test
    void everyDemoRuleFiresInSomeCaseAndSomeCaseExpectsNothing() {
        List<RuleTestCase> cases = runner.discover(resource("harness/demo"));
        Set<String> expectedRules = cases.stream().flatMap(c -> c.expected().stream())
                .map(ExpectedFinding::ruleId).collect(Collectors.toSet());
        assertThat(expectedRules).containsExactlyInAnyOrderElementsOf(engine.ruleSets().get(0).rules().stream()
                .map(dev.legalbilling.rules.RuleDefinition::id).toList());
        assertThat(cases).anySatisfy(c -> assertThat(c.expected()).isEmpty());
    }

    @Test
    void discoversEveryCaseFileInFolderOrder() {
        assertThat(runner.discover(resource("harness/demo"))).extracting(c -> c.file().getFileName().toString())
                .containsExactly("clean.test.yaml", "defaults.test.yaml", "profile-file.test.json",
                        "strict-profile.test.yaml");
    }

    @Test
    void reportsPassedAndFailedWithADiffForEachFailure() {
        RuleTestSummary summary = runner.runAll(resource("harness/failing"));
        assertThat(summary.passed()).isEqualTo(1);
        assertThat(summary.failed()).isEqualTo(2);
        String report = summary.report();
        assertThat(report).endsWith("1 passed, 2 failed\n");
        assertThat(report).contains("FAIL expects the daily cap on the wrong line and misses the blank task code")
                .contains("  - expected DEMO-DAILY-HOURS on line 2\n")
                .contains("  + unexpected DEMO-BLANK-TASK-CODE on line 4\n")
                .contains("  + unexpected DEMO-DAILY-HOURS on line 1\n")
                .contains("FAIL points at an invoice that does not exist")
                .contains("nowhere.json");
        assertThat(report).doesNotContain("this one passes");
    }

    @Test
    void readsJsonInvoicesThroughBillingJsonExactlyWithSourceLines() {
        Invoice invoice = BillingJson.read(resource("harness/demo/invoices/over-cap.json"), Invoice.class);
        assertThat(invoice.lines()).hasSize(5);
        assertThat(invoice.lines().get(0).units()).isEqualByComparingTo(new BigDecimal("6.5"));
        assertThat(invoice.lines().get(0).total().amount()).isEqualByComparingTo("2925.00");
        assertThat(invoice.lines()).extracting(l -> l.sourceLine()).containsExactly(14, 16, 18, 20, 22);
        assertThat(invoice.lines().get(4).total().amount()).isEqualByComparingTo("10.00");
    }

    @Test
    void pluggedInvoiceSourcesAreChosenByExtension() {
        Invoice clean = BillingJson.read(resource("harness/demo/invoices/clean.yaml"), Invoice.class);
        RuleTestRunner plugged = runner.withInvoiceSource("xml", file -> clean);
        RuleTestCase c = new RuleTestCase("plugged", Path.of("x.test.yaml"), Path.of("invoice.xml"),
                java.util.Map.of(), dev.legalbilling.rules.GuidelineProfile.defaults(), null, java.util.Set.of());
        assertThat(plugged.run(c).passed()).isTrue();
        assertThat(runner.run(c).error()).contains("no invoice source reads '.xml' files");
    }

    @Test
    void anUnknownKeyOfATestInvoiceFailsTheCaseNamingItsLineAndColumn(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("typo.json"), Files.readString(resource("harness/demo/invoices/over-cap.json"))
                .replace("\"activityCode\": \"A107\"", "\"activityCod\": \"A107\""));
        Files.writeString(dir.resolve("typo.test.yaml"), "invoice: typo.json\nexpect: []\n");
        RuleTestSummary summary = runner.runAll(dir);
        assertThat(summary.failed()).isEqualTo(1);
        assertThat(summary.report()).contains(dir.resolve("typo.json") + ":21:7: lines[3].activityCod: unknown key;"
                + " did you mean activityCode?");
    }

    @Test
    void anUnknownKeyOfATestCaseNamesItsLineColumnAndTheClosestKey(@TempDir Path dir) throws Exception {
        Path invoice = resource("harness/demo/invoices/clean.yaml");
        Files.writeString(dir.resolve("typo.test.yaml"), "invoice: " + invoice + "\nexpects: []\n");
        Files.writeString(dir.resolve("matter.test.yaml"), "invoice: " + invoice + "\n"
                + "matter: {practiseArea: LITIGATION}\nexpect: []\n");
        String report = runner.runAll(dir).report();
        assertThat(report).contains(dir.resolve("typo.test.yaml") + ":2:1: expects: unknown key; did you mean"
                + " expect?");
        assertThat(report).contains(dir.resolve("matter.test.yaml") + ":2:10: matter.practiseArea: unknown key;"
                + " did you mean practiceArea?");
    }

    @Test
    void anInlineProfileIsReadByTheProfileReaderWithTheCaseFilesLines(@TempDir Path dir) throws Exception {
        Path invoice = resource("harness/demo/invoices/over-cap.json");
        Files.writeString(dir.resolve("typo.test.yaml"), "invoice: " + invoice + "\n"
                + "profile:\n"
                + "  id: acme\n"
                + "  rules:\n"
                + "    DEMO-DAILY-HOURS: {parameters: {maxHoursPerDya: 8}}\n"
                + "expect: []\n");
        RuleTestSummary summary = runner.runAll(dir);
        assertThat(summary.failed()).isEqualTo(1);
        assertThat(summary.report()).contains(dir.resolve("typo.test.yaml")
                + ":5:53: profile.rules.DEMO-DAILY-HOURS.parameters.maxHoursPerDya: rule DEMO-DAILY-HOURS has no"
                + " parameter maxHoursPerDya");
    }

    @Test
    void aProfileFileIsReadByTheProfileReaderAndTypedAsTheRuleDocuments(@TempDir Path dir) throws Exception {
        Path invoice = resource("harness/demo/invoices/over-cap.json");
        Files.writeString(dir.resolve("lenient.yaml"), "id: lenient\nrules:\n"
                + "  DEMO-DAILY-HOURS: {parameters: {maxHoursPerDay: 'twelve'}}\n");
        Files.writeString(dir.resolve("lenient.test.yaml"), "invoice: " + invoice + "\nprofile: lenient.yaml\n"
                + "expect: []\n");
        assertThat(runner.runAll(dir).report()).contains(dir.resolve("lenient.yaml")
                + ":3:51: rules.DEMO-DAILY-HOURS.parameters.maxHoursPerDay: 'twelve' is not a number");
    }

    @Test
    void anUnknownPracticeAreaNamesTheAllowedValuesNotAJavaType(@TempDir Path dir) throws Exception {
        Path invoice = resource("harness/demo/invoices/clean.yaml");
        Files.writeString(dir.resolve("corporate.test.yaml"), "invoice: " + invoice + "\n"
                + "matter: {practiceArea: CORPORATE}\nexpect: []\n");
        RuleTestSummary summary = runner.runAll(dir);
        assertThat(summary.failed()).isEqualTo(1);
        assertThat(summary.report()).contains("practiceArea 'CORPORATE' is not one of LITIGATION, TRANSACTIONAL")
                .doesNotContain("dev.legalbilling").doesNotContain("No enum constant");
    }

    @Test
    void aPracticeAreaIsReadInAnyCase(@TempDir Path dir) throws Exception {
        Path invoice = resource("harness/demo/invoices/clean.yaml");
        Files.writeString(dir.resolve("litigation.test.yaml"), "invoice: " + invoice + "\n"
                + "matter: {practiceArea: litigation}\nexpect: []\n");
        assertThat(runner.runAll(dir).report()).endsWith("1 passed, 0 failed\n");
    }
}

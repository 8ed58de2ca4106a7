package dev.legalbilling.cli.check;

import static dev.legalbilling.cli.check.CheckFixtures.BLANK_TASK_CODE;
import static dev.legalbilling.cli.check.CheckFixtures.BROKEN_PROFILE;
import static dev.legalbilling.cli.check.CheckFixtures.BROKEN_RULE;
import static dev.legalbilling.cli.check.CheckFixtures.LENIENT_PERIOD_DIALECT;
import static dev.legalbilling.cli.check.CheckFixtures.OFFICIAL_SAMPLE;
import static dev.legalbilling.cli.check.CheckFixtures.STRICT_PROFILE;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.legalbilling.cli.Cli;
import dev.legalbilling.invoice.Invoice;
import dev.legalbilling.invoice.InvoiceLine;
import dev.legalbilling.invoice.InvoiceNumber;
import dev.legalbilling.invoice.LineType;
import dev.legalbilling.json.BillingJson;
import dev.legalbilling.ledes.LedesFileResult;
import dev.legalbilling.ledes.LedesIssue;
import dev.legalbilling.ledes.LedesReader;
import dev.legalbilling.money.Money;
import dev.legalbilling.money.UnitPrice;
import dev.legalbilling.party.ClientId;
import dev.legalbilling.party.MatterId;
import dev.legalbilling.party.Timekeeper;
import dev.legalbilling.party.TimekeeperClassification;
import dev.legalbilling.rules.ComplianceReport;
import dev.legalbilling.rules.Finding;
import dev.legalbilling.rules.RuleEngine;
import dev.legalbilling.rules.harness.LedesInvoiceSource;
import dev.legalbilling.rules.profile.ProfileReader;
import dev.legalbilling.testkit.InvoiceGenerator;
import dev.legalbilling.testkit.InvoiceGenerator.Violation;
import java.io.IOException;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code billing check} through {@code BillingCli.run}, on real LEDES and JSON files. */
class CheckCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String DEMO = "--pack=demo";
    private static final String NO_DEFAULTS = "--no-default-packs";

    /** The demo pack, loaded directly: what the command's findings are compared with. */
    private static RuleEngine demo;

    @TempDir
    Path temp;

    @BeforeAll
    static void loadDemoPack() {
        demo = RuleEngine.builder().addBundled("demo").build();
    }

    @AfterAll
    static void closeDemoPack() {
        demo.close();
    }

    @Test
    void cleanInvoicesExitZero() {
        Cli.Result r = Cli.run("check", NO_DEFAULTS, DEMO, OFFICIAL_SAMPLE);

        assertThat(r.code()).isZero();
        assertThat(r.outLines()).contains(
                "Invoice 96542 (" + OFFICIAL_SAMPLE + ", file lines 3-7): total $1,684.45; 0 errors, 0 warnings,"
                        + " 0 info",
                "Invoice 96543 (" + OFFICIAL_SAMPLE + ", file line 8): total $1,250.00; 0 errors, 0 warnings, 0 info",
                "Checked 2 invoices in 1 file with demo 1.0.0; dialect spec, profile defaults.",
                "Findings: 0 errors, 0 warnings, 0 info; $0.00 at stake.",
                "Format: 0 errors, 1 warning.",
                "Result: clean (exit 0)");
        assertThat(r.outLines()).first().asString().startsWith(OFFICIAL_SAMPLE + ":3: LINE_ITEM_DESCRIPTION: contains"
                + " U+2019").endsWith("[F111] (warning)");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void errorFindingsExitOneWithOneLinePerFinding() {
        Cli.Result r = Cli.run("check", NO_DEFAULTS, DEMO, BLANK_TASK_CODE);

        assertThat(r.code()).isEqualTo(1);
        assertThat(r.outLines()).contains(
                "Invoice 96542 (" + BLANK_TASK_CODE + ", file lines 3-7): total $1,684.45; 1 error, 0 warnings, 0 info",
                "  ERROR DEMO-BLANK-TASK-CODE line 2 (file line 4): Line 2 (2.00 hours on 1999-01-15) has no UTBMS"
                        + " task code; the guidelines require one on every fee entry. [Client billing guidelines: UTBMS"
                        + " coding required] at stake $700.00; suggest: disallow the line; rejects the line",
                "Findings: 1 error, 0 warnings, 0 info, 1 rejection; $700.00 at stake.",
                "Result: findings at ERROR severity or rejected lines (exit 1)");
    }

    @Test
    void seededGeneratedInvoiceReportsWhatTheEngineFinds() throws IOException {
        InvoiceGenerator.Generated generated = CheckFixtures.seededInvoices(7, 1, 20).get(0);
        Path file = CheckFixtures.writeLedes(temp, generated.invoice());
        String missingCode = lineSeededWith(generated, Violation.MISSING_CODE);

        Cli.Result r = Cli.run("check", NO_DEFAULTS, DEMO, "--dialect", LENIENT_PERIOD_DIALECT, file);

        assertThat(r.code()).isEqualTo(1);
        assertThat(r.outLines()).anySatisfy(l -> assertThat(l).startsWith("  ERROR DEMO-BLANK-TASK-CODE line "
                + missingCode + " (file line " + (Integer.parseInt(missingCode) + 2) + "): Line " + missingCode + " ("));
        assertThat(r.outLines()).anySatisfy(l -> assertThat(l).startsWith(file + ":").contains(": LINE_ITEM_DATE: ")
                .endsWith("[I404] (warning)"));
        List<String> expected = describe(demo.check(generated.invoice(), null, null));
        Cli.Result json = Cli.run("check", NO_DEFAULTS, DEMO, "--dialect", LENIENT_PERIOD_DIALECT, "--format=json",
                file);
        assertThat(describe(JSON.readTree(json.out()).get("invoices").get(0))).containsExactlyElementsOf(expected);
    }

    @Test
    void malformedLedesExitsTwoWithPathLineFieldMessage() throws IOException {
        Path file = copyOfSampleWith("|2.00|-70|630|", "|2.00|-70|631|");

        Cli.Result r = Cli.run("check", NO_DEFAULTS, DEMO, file);

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.outLines()).contains(
                file + ":3: LINE_ITEM_TOTAL: '631' is not units x unit cost + adjustment = 2.00 x 350 + -70 = 630.00"
                        + " [A301]",
                file + ":3: INVOICE_TOTAL: '1684.45' is not the sum of the 5 LINE_ITEM_TOTALs, 1685.45 [A302]",
                "Format: 2 errors, 1 warning.",
                "Result: format errors, or files that could not be read or checked (exit 2)");
    }

    @Test
    void jsonReportHasTheDocumentedKeys() throws IOException {
        Cli.Result r = Cli.run("check", NO_DEFAULTS, DEMO, "--format", "json", BLANK_TASK_CODE);

        assertThat(r.code()).isEqualTo(1);
        JsonNode root = JSON.readTree(r.out());
        assertThat(root.get("invoices")).hasSize(2);
        JsonNode invoice = root.get("invoices").get(0);
        assertThat(invoice.get("invoiceNumber").asText()).isEqualTo("96542");
        assertThat(invoice.get("total").asText()).isEqualTo("1684.45");
        assertThat(invoice.get("file").asText()).isEqualTo(BLANK_TASK_CODE.toString());
        JsonNode finding = invoice.get("findings").get(0);
        assertThat(names(finding)).contains("ruleId", "severity", "lineItemNumber", "sourceLine", "message",
                "citation", "amountAtStake", "adjustment");
        assertThat(finding.get("ruleId").asText()).isEqualTo("DEMO-BLANK-TASK-CODE");
        assertThat(finding.get("severity").asText()).isEqualTo("ERROR");
        assertThat(finding.get("lineItemNumber").asText()).isEqualTo("2");
        assertThat(finding.get("sourceLine").asInt()).isEqualTo(4);
        assertThat(finding.get("citation").asText()).isEqualTo("Client billing guidelines: UTBMS coding required");
        assertThat(finding.get("amountAtStake").asText()).isEqualTo("700.00");
        assertThat(finding.get("adjustment").get("kind").asText()).isEqualTo("DISALLOW");
        JsonNode pack = root.get("rulePacks").get(0);
        assertThat(names(pack)).containsExactly("id", "version", "sha256");
        assertThat(pack.get("sha256").asText()).isEqualTo(demo.ruleSets().get(0).sha256());
        assertThat(root.get("exitCode").asInt()).isEqualTo(1);
    }

    @Test
    void jsonReportCarriesFormatIssuesWithTheirCodes() throws IOException {
        Path file = copyOfSampleWith("|2.00|-70|630|", "|2.00|-70|631|");

        Cli.Result r = Cli.run("check", NO_DEFAULTS, DEMO, "--format=json", file);

        assertThat(r.code()).isEqualTo(2);
        JsonNode issues = JSON.readTree(r.out()).get("formatIssues");
        assertThat(issues).anySatisfy(i -> {
            assertThat(i.get("file").asText()).isEqualTo(file.toString());
            assertThat(i.get("line").asInt()).isEqualTo(3);
            assertThat(i.get("invoiceNumber").asText()).isEqualTo("96542");
            assertThat(i.get("field").asText()).isEqualTo("LINE_ITEM_TOTAL");
            assertThat(i.get("code").asText()).isEqualTo("A301");
            assertThat(i.get("severity").asText()).isEqualTo("ERROR");
        });
        assertThat(issues).extracting(i -> i.get("code").asText()).containsExactlyInAnyOrder("F111", "A301", "A302");
    }

    @Test
    void aDirectoryIsCheckedOnSeveralThreadsExactlyAsOneByOne() throws IOException {
        List<InvoiceGenerator.Generated> invoices = CheckFixtures.seededInvoices(11, 5, 25);
        invoices.forEach(g -> CheckFixtures.writeLedes(temp, g.invoice()));
        Files.writeString(temp.resolve("README.txt"), "Invoices received in March.\n");

        Cli.Result r = Cli.run("check", NO_DEFAULTS, DEMO, "--dialect", LENIENT_PERIOD_DIALECT, "--threads", "3",
                "--format", "json", temp);

        assertThat(r.code()).isEqualTo(1);
        JsonNode reported = JSON.readTree(r.out()).get("invoices");
        assertThat(reported).hasSize(invoices.size());
        for (int i = 0; i < invoices.size(); i++) {
            InvoiceGenerator.Generated g = invoices.get(i);
            assertThat(reported.get(i).get("file").asText())
                    .isEqualTo(temp.resolve(g.invoice().number().value() + ".ledes").toString());
            assertThat(describe(reported.get(i))).containsExactlyElementsOf(describe(demo.check(g.invoice(), null,
                    null)));
        }
        Cli.Result text = Cli.run("check", NO_DEFAULTS, DEMO, "--dialect", LENIENT_PERIOD_DIALECT, temp);
        assertThat(text.outLines()).contains("Checked 5 invoices in 5 files (skipped 1 file that is not an invoice)"
                + " with demo 1.0.0; dialect lenient-period, profile defaults.");
    }

    @Test
    void aFormatErrorInOneFileStillChecksTheOthers() throws IOException {
        List<InvoiceGenerator.Generated> invoices = CheckFixtures.seededInvoices(11, 3, 25);
        invoices.forEach(g -> CheckFixtures.writeLedes(temp, g.invoice()));

        // Collaborati rejects lines dated outside the billing period (under spec they are warnings).
        Cli.Result r = Cli.run("check", NO_DEFAULTS, DEMO, "--dialect=collaborati", "--format=json", temp);

        assertThat(r.code()).isEqualTo(2);
        JsonNode root = JSON.readTree(r.out());
        assertThat(root.get("invoices")).hasSize(3);
        assertThat(root.get("formatIssues")).hasSize(3)
                .allSatisfy(i -> assertThat(i.get("code").asText()).isEqualTo("I404"));
    }

    @Test
    void aProfileSetsThresholdsSeverityAndCitation() throws IOException {
        Cli.Result r = Cli.run("check", NO_DEFAULTS, DEMO, "--profile", STRICT_PROFILE, "--format=json",
                OFFICIAL_SAMPLE);

        assertThat(r.code()).isEqualTo(1);
        JsonNode invoice = JSON.readTree(r.out()).get("invoices").get(0);
        assertThat(invoice.get("profile").asText()).isEqualTo("acme-strict");
        ComplianceReport expected = demo.check(new LedesInvoiceSource().read(singleInvoiceOfSample()), null,
                ProfileReader.forEngine(demo).read(STRICT_PROFILE).profile());
        assertThat(describe(invoice)).containsExactlyElementsOf(describe(expected));
        assertThat(invoice.get("findings")).singleElement().satisfies(f -> {
            assertThat(f.get("ruleId").asText()).isEqualTo("DEMO-DAILY-HOURS");
            assertThat(f.get("severity").asText()).isEqualTo("ERROR");
            assertThat(f.get("citation").asText()).isEqualTo("Acme OCG 4.2");
        });
    }

    @Test
    void adjustedWritesTheInvoicesWithTheSuggestedAdjustmentsAsLedes() {
        Path out = temp.resolve("adjusted.ledes");

        Cli.Result r = Cli.run("check", NO_DEFAULTS, DEMO, "--adjusted", out, BLANK_TASK_CODE);

        assertThat(r.code()).isEqualTo(1);
        assertThat(r.errLines()).containsExactly("billing: wrote 2 invoices to " + out
                + " (LEDES1998B): 1 adjustment line, $700.00 written down");
        LedesFileResult written = LedesReader.create().readAll(out);
        assertThat(written.hasErrors()).isFalse();
        var adjusted = written.invoices().get(0).invoice().orElseThrow().invoice();
        assertThat(adjusted.total().amount()).isEqualByComparingTo("984.45");
        assertThat(adjusted.lines()).hasSize(6);
        InvoiceLine adjustment = adjusted.lines().get(5);
        assertThat(adjustment.type()).isEqualTo(LineType.FEE_ADJUSTMENT);
        assertThat(adjustment.total().amount()).isEqualByComparingTo("-700.00");
        assertThat(adjusted.lines().get(1).total().amount()).isEqualByComparingTo("700.00");
        assertThat(written.invoices().get(1).invoice().orElseThrow().invoice().total().amount())
                .isEqualByComparingTo("1250.00");
    }

    @Test
    void adjustedInvoicesInAnotherCurrencyAreWrittenAs98bi() throws IOException {
        Timekeeper partner = Timekeeper.of("TK-7", "Meyer", "Jana", TimekeeperClassification.PARTNR,
                UnitPrice.of("300.00", "EUR"));
        Invoice invoice = Invoice.builder(InvoiceNumber.of("EU-2026-03"), ClientId.of("RHEIN"), MatterId.of("M-77"))
                .lawFirmId("DE-811234567").invoiceDate(LocalDate.of(2026, 4, 1))
                .period(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31)).currency(Money.currency("EUR"))
                .line(fee("1", partner, "6.0")).line(fee("2", partner, "5.0")).build();
        Path json = Files.writeString(temp.resolve("eu.json"), BillingJson.mapper().writeValueAsString(invoice));
        Path out = temp.resolve("adjusted.ledes");

        Cli.Result r = Cli.run("check", NO_DEFAULTS, DEMO, "--adjusted", out, json);

        // 11 hours on one day, cap 10: the larger entry (6.0 h) is reduced to 5.0 h, EUR 300.00 written down.
        assertThat(r.code()).isZero();
        assertThat(r.errLines()).containsExactly("billing: wrote 1 invoice to " + out
                + " (LEDES98BI V2): 1 adjustment line, EUR 300.00 written down");
        LedesFileResult written = LedesReader.create().readAll(out);
        assertThat(written.allIssues()).filteredOn(LedesIssue::isError).isEmpty();
        Invoice adjusted = written.invoices().get(0).invoice().orElseThrow().invoice();
        assertThat(adjusted.total()).isEqualTo(Money.of("3000.00", "EUR"));
    }

    private static InvoiceLine fee(String number, Timekeeper tk, String hours) {
        return InvoiceLine.builder(number, LineType.FEE, LocalDate.of(2026, 3, 9)).timekeeper(tk).units(hours)
                .unitCost(tk.standardRate()).codes("L240", "A103").narrative("Draft reply brief on jurisdiction")
                .price(RoundingMode.HALF_UP);
    }

    @Test
    void adjustedIsNotWrittenFromAFileWithFormatErrors() throws IOException {
        Path file = copyOfSampleWith("|2.00|-70|630|", "|2.00|-70|631|");
        Path out = temp.resolve("adjusted.ledes");

        Cli.Result r = Cli.run("check", NO_DEFAULTS, DEMO, "--adjusted", out, file);

        assertThat(r.code()).isEqualTo(2);
        assertThat(out).doesNotExist();
        assertThat(r.errLines()).containsExactly("billing: " + out + " not written: the input has format errors or"
                + " could not be checked");
    }

    @Test
    void jsonInvoicesAreCheckedLikeLedesOnes() throws IOException {
        InvoiceGenerator.Generated generated = CheckFixtures.seededInvoices(7, 1, 20).get(0);
        Path json = temp.resolve("invoice.json");
        Files.writeString(json, BillingJson.mapper().writeValueAsString(generated.invoice()));

        Cli.Result r = Cli.run("check", NO_DEFAULTS, DEMO, "--format=json", json);

        assertThat(r.code()).isEqualTo(1);
        JsonNode invoice = JSON.readTree(r.out()).get("invoices").get(0);
        assertThat(describe(invoice)).containsExactlyElementsOf(describe(demo.check(generated.invoice(), null,
                null)));
        assertThat(invoice.get("findings")).allSatisfy(f -> assertThat(f.get("sourceLine").isNull()).isTrue());
    }

    @Test
    void aJsonArrayHoldsSeveralInvoices() throws IOException {
        List<InvoiceGenerator.Generated> generated = CheckFixtures.seededInvoices(5, 2, 15);
        Path json = temp.resolve("batch.json");
        Files.writeString(json, BillingJson.mapper().writeValueAsString(
                generated.stream().map(InvoiceGenerator.Generated::invoice).toList()));

        Cli.Result r = Cli.run("check", NO_DEFAULTS, DEMO, "--format=json", json);

        JsonNode invoices = JSON.readTree(r.out()).get("invoices");
        assertThat(invoices).extracting(i -> i.get("invoiceNumber").asText()).containsExactly("INV-000001",
                "INV-000002");
        for (int i = 0; i < 2; i++) {
            assertThat(describe(invoices.get(i))).containsExactlyElementsOf(describe(demo.check(
                    generated.get(i).invoice(), null, null)));
        }
    }

    @Test
    void aMalformedJsonInvoiceIsAFormatErrorNamingTheLine() throws IOException {
        Path json = Files.writeString(temp.resolve("invoice.json"), "{\n  \"number\": \"INV-1\",\n");

        Cli.Result r = Cli.run("check", NO_DEFAULTS, json);

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.outLines()).first().asString().startsWith(json + ":3: ").endsWith("[JSON_INPUT]");
    }

    @Test
    void anUnknownKeyInAJsonInvoiceNamesItsLineAndTheKnownKey() throws IOException {
        Path json = Files.writeString(temp.resolve("invoice.json"), """
                {
                  "number": "INV-1",
                  "client": "ACME",
                  "matter": "M-1",
                  "currency": "USD",
                    "lawFirmID": "36-1"
                }
                """);

        Cli.Result r = Cli.run("check", NO_DEFAULTS, json);

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.outLines()).first().asString().startsWith(json + ":6:")
                .contains("lawFirmID: unknown key; did you mean lawFirmId?");
    }

    @Test
    void defaultPacksRunWhenBundledAndAreOtherwiseSkippedWithANote() throws IOException {
        Cli.Result r = Cli.run("check", "--format=json", OFFICIAL_SAMPLE);

        List<String> ran = new ArrayList<>();
        JSON.readTree(r.out()).get("rulePacks").forEach(p -> ran.add(p.get("id").asText()));
        for (String pack : List.of("guideline", "ethics")) {
            boolean bundled = getClass().getClassLoader()
                    .getResource("dev/legalbilling/rules/packs/" + pack + "/ruleset.yaml") != null;
            if (bundled) {
                assertThat(ran).contains(pack);
            } else {
                assertThat(ran).doesNotContain(pack);
                assertThat(r.errLines()).contains("billing: note: default rule pack '" + pack
                        + "' is not bundled in this build; skipped");
            }
        }
        assertThat(ran).doesNotContain("demo");
    }

    @Test
    void narrativesAreNeverPrinted() {
        InvoiceGenerator.Generated generated = CheckFixtures.seededInvoices(3, 1, 40).get(0);
        Path file = CheckFixtures.writeLedes(temp, generated.invoice());

        Cli.Result r = Cli.run("check", NO_DEFAULTS, DEMO, file);

        assertThat(r.outLines()).hasSizeGreaterThan(5);
        for (InvoiceLine line : generated.invoice().lines()) {
            assertThat(r.out()).doesNotContain(line.narrative());
            assertThat(r.err()).doesNotContain(line.narrative());
        }
    }

    @Test
    void aMissingFileIsOneLineAndExitTwo() {
        Path missing = temp.resolve("missing.ledes");

        Cli.Result r = Cli.run("check", NO_DEFAULTS, DEMO, OFFICIAL_SAMPLE, missing);

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.errLines()).containsExactly("billing: " + missing + ": no such file or directory");
    }

    @Test
    void anUnknownDialectIsOneLineAndExitTwo() {
        Cli.Result r = Cli.run("check", NO_DEFAULTS, DEMO, "--dialect", "ebilling-hub", OFFICIAL_SAMPLE);

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.errLines()).containsExactly("billing: --dialect must be spec, legal-tracker, brightflag,"
                + " collaborati, clio, practicepanther, mycase or an existing dialect .properties file, was"
                + " 'ebilling-hub'");
    }

    @Test
    void theDialectDecidesWhatIsAnError() {
        Cli.Result r = Cli.run("check", NO_DEFAULTS, DEMO, "--dialect", "collaborati", OFFICIAL_SAMPLE);

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.outLines()).anySatisfy(l -> assertThat(l).startsWith(OFFICIAL_SAMPLE + ":3:").endsWith("[F111]"));
    }

    @Test
    void aBrokenProfileIsOneLineWithLineAndColumnAndExitTwo() {
        Cli.Result r = Cli.run("check", NO_DEFAULTS, DEMO, "--profile", BROKEN_PROFILE, OFFICIAL_SAMPLE);

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.errLines()).singleElement().asString().startsWith("billing: " + BROKEN_PROFILE + ":3:")
                .contains("rules.DEMO-DAILY-HOURS.severity").contains("LOUD");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void aBrokenRuleFileIsReportedAsPathLineColumnAndExitTwo() {
        Cli.Result r = Cli.run("check", NO_DEFAULTS, "--rules", BROKEN_RULE, OFFICIAL_SAMPLE);

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.errLines()).containsExactly("billing: " + BROKEN_RULE + ":8:41: this line is not finished when 'then' follows: a bracket or quote opened here or above is"
                + " not closed (rule \"FIRM-LONG-DAY\")");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void anUnknownPackIsOneLineAndExitTwo() {
        Cli.Result r = Cli.run("check", NO_DEFAULTS, "--pack", "acme", OFFICIAL_SAMPLE);

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.errLines()).singleElement().asString()
                .startsWith("billing: --pack must name a rule pack bundled with this build (")
                .endsWith("), was 'acme'");
    }

    @Test
    void stackTracesOnlyWithDebug() {
        Cli.Result plain = Cli.run("check", "--dialect", "nope", OFFICIAL_SAMPLE);
        Cli.Result debug = Cli.run("check", "--debug", "--dialect", "nope", OFFICIAL_SAMPLE);

        assertThat(plain.err()).doesNotContain("\tat ");
        assertThat(debug.err()).contains("InvalidValueException").contains("\tat dev.legalbilling.");
        assertThat(debug.code()).isEqualTo(2);
    }

    @Test
    void helpDescribesTheOptions() {
        Cli.Result r = Cli.run("check", "--help");

        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("Usage: billing check", "--profile=FILE", "--rules=FILE_OR_DIR", "--pack=NAME",
                "--no-default-packs", "--dialect=DIALECT", "--format=FORMAT", "--adjusted=OUT.ledes",
                "--apply-suggestions", "Exit codes:");
    }

    private Path copyOfSampleWith(String from, String to) throws IOException {
        String text = Files.readString(OFFICIAL_SAMPLE, StandardCharsets.UTF_8);
        assertThat(text).contains(from);
        return Files.writeString(temp.resolve("edited.txt"), text.replace(from, to), StandardCharsets.UTF_8);
    }

    private Path singleInvoiceOfSample() throws IOException {
        List<String> lines = Files.readAllLines(OFFICIAL_SAMPLE, StandardCharsets.UTF_8);
        return Files.write(temp.resolve("invoice-96542.txt"), lines.subList(0, 7), StandardCharsets.UTF_8);
    }

    private static String lineSeededWith(InvoiceGenerator.Generated g, Violation v) {
        return g.seeded().entrySet().stream().filter(e -> e.getValue() == v).map(Map.Entry::getKey).findFirst()
                .orElseThrow(() -> new AssertionError("the generator seeded no " + v + ": " + g.seeded()));
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** The findings of a report, reduced to what the command must carry over unchanged. */
    private static List<String> describe(ComplianceReport report) {
        return report.findings().stream().map(CheckCommandTest::describe).toList();
    }

    private static String describe(Finding f) {
        return f.severity() + " " + f.ruleId() + " " + f.lineItemNumber() + " " + f.amountAtStake().amount()
                .toPlainString() + " " + f.message();
    }

    private static List<String> describe(JsonNode invoice) {
        List<String> out = new ArrayList<>();
        invoice.get("findings").forEach(f -> out.add(f.get("severity").asText() + " " + f.get("ruleId").asText() + " "
                + (f.get("lineItemNumber").isNull() ? "null" : f.get("lineItemNumber").asText()) + " "
                + f.get("amountAtStake").asText() + " " + f.get("message").asText()));
        return out;
    }
}

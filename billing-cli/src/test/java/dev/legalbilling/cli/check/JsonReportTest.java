package dev.legalbilling.cli.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.legalbilling.rules.ComplianceReport;
import dev.legalbilling.rules.ReportJson;
import dev.legalbilling.rules.RuleEngine;
import dev.legalbilling.testkit.InvoiceGenerator;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class JsonReportTest {
    private static RuleEngine demo;

    @BeforeAll
    static void loadDemoPack() {
        demo = RuleEngine.builder().addBundled("demo").build();
    }

    @AfterAll
    static void close() {
        demo.close();
    }

    @Test
    void theStreamedReportIsTheDocumentOfReportJsonWithTheCliFieldsAdded() throws Exception {
        List<CheckedInvoice> first = new ArrayList<>();
        List<CheckedInvoice> second = new ArrayList<>();
        for (InvoiceGenerator.Generated g : CheckFixtures.seededInvoices(23L, 3, 40)) {
            first.add(new CheckedInvoice(demo.check(g.invoice(), null, null), 3, 42, null, null, null));
        }
        second.add(new CheckedInvoice(demo.check(CheckFixtures.seededInvoices(24L, 1, 25).get(0).invoice(), null,
                null), 0, 0, null, null, null));
        CheckRun run = new CheckRun(List.of(
                new CheckedFile("a/first.ledes", List.of(
                        new FormatIssue("a/first.ledes", 7, "INV-1", "LINE_ITEM_DATE", "A301", true,
                                "LINE_ITEM_DATE \"2026-13-01\" is not a date: ü, tab\there"),
                        new FormatIssue("a/first.ledes", 0, null, null, "A100", false, "file-level warning")),
                        first, List.of()),
                new CheckedFile("b/second.json", List.of(), second,
                        List.of("b/second.json: invoice X could not be checked: \"quoted\" € and \\ backslash"))),
                2, "spec", "defaults", demo.ruleSets());
        assertThat(run.findings()).isNotEmpty();
        assertThat(run.findings()).anyMatch(f -> f.adjustment() != null);

        StringWriter streamed = new StringWriter();
        JsonReport.print(new PrintWriter(streamed), run);

        assertThat(streamed.toString()).isEqualTo(asATree(run) + System.lineSeparator());
    }

    @Test
    void anEmptyRunIsAnEmptyDocument() throws Exception {
        CheckRun run = new CheckRun(List.of(), 0, "spec", "defaults", List.of());
        StringWriter streamed = new StringWriter();

        JsonReport.print(new PrintWriter(streamed), run);

        assertThat(streamed.toString()).isEqualTo(asATree(run) + System.lineSeparator());
    }

    /** How the report was written before it was streamed: ReportJson's document, read back, fields added. */
    private static String asATree(CheckRun run) throws Exception {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        List<ComplianceReport> reports = run.reports();
        ObjectNode root = (ObjectNode) mapper.readTree(ReportJson.toJson(reports));
        List<String> files = new ArrayList<>();
        run.files().forEach(f -> f.invoices().forEach(i -> files.add(f.file())));
        ArrayNode invoices = (ArrayNode) root.get("invoices");
        for (int i = 0; i < invoices.size(); i++) {
            ((ObjectNode) invoices.get(i)).put("file", files.get(i));
        }
        ArrayNode issues = root.putArray("formatIssues");
        ArrayNode errors = root.putArray("errors");
        for (CheckedFile f : run.files()) {
            for (FormatIssue issue : f.issues()) {
                issues.addObject().put("file", issue.file()).put("line", issue.line())
                        .put("invoiceNumber", issue.invoiceNumber()).put("field", issue.field())
                        .put("code", issue.code()).put("severity", issue.error() ? "ERROR" : "WARNING")
                        .put("message", issue.message());
            }
            for (String error : f.errors()) {
                errors.addObject().put("file", f.file()).put("message", error);
            }
        }
        root.put("dialect", run.dialect());
        root.put("exitCode", run.exitCode());
        return mapper.writeValueAsString(root);
    }
}

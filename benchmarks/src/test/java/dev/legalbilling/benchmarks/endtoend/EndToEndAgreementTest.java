package dev.legalbilling.benchmarks.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.legalbilling.cli.BillingCli;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The end-to-end benchmark compares like with like: {@code billing check} with the firm's five DRL rules and the
 * hand-written checker report the same findings (invoice, rule, line, message) on the same generated files, and
 * splitting the invoices into several files changes nothing.
 */
class EndToEndAgreementTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void cliWithTheFirmRulesAndTheHandWrittenCheckerFindTheSame() throws Exception {
        List<Path> files = EndToEndBenchmark.writeFiles(dir, 6, 1);
        Path rules = copyRules();

        Set<String> cli = cliFindings(rules, files);
        Set<String> hand = handWrittenFindings(files);

        assertThat(hand).hasSizeGreaterThan(50);
        assertThat(hand.stream().map(f -> f.split("\\|")[1]).distinct())
                .containsExactlyInAnyOrder("FIRM-LONG-ENTRY", "FIRM-NO-TASK-CODE", "FIRM-BLOCK-BILLING",
                        "FIRM-HIGH-RATE", "FIRM-LARGE-EXPENSE");
        assertThat(cli).isEqualTo(hand);
    }

    @Test
    void theFilesOfTheParallelVariantHoldTheSameInvoices() throws Exception {
        Set<String> one = handWrittenFindings(EndToEndBenchmark.writeFiles(dir.resolve(mkdir("one")), 6, 1));
        List<Path> four = EndToEndBenchmark.writeFiles(dir.resolve(mkdir("four")), 6, 4);

        assertThat(four).hasSize(3); // 6 invoices, 2 per file
        assertThat(handWrittenFindings(four)).isEqualTo(one);
        assertThat(new HashSet<>(HandWrittenFileChecker.checkAll(four, 2).stream()
                .map(HandWrittenFileChecker.CheckedInvoice::number).toList())).hasSize(6);
    }

    private String mkdir(String name) throws Exception {
        Files.createDirectories(dir.resolve(name));
        return name;
    }

    private Path copyRules() throws Exception {
        Path rules = dir.resolve(EndToEndBenchmark.RULES);
        try (InputStream in = EndToEndBenchmark.class.getResourceAsStream(EndToEndBenchmark.RULES)) {
            Files.write(rules, in.readAllBytes());
        }
        return rules;
    }

    private static Set<String> cliFindings(Path rules, List<Path> files) throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] args = {"check", "--no-default-packs", "--rules", rules.toString(), "--format", "json",
            "--threads", "1", files.get(0).toString()};
        int exit = BillingCli.run(new PrintWriter(out), new PrintWriter(err), args);
        assertThat(exit).as(err.toString()).isIn(0, 1);
        Set<String> found = new HashSet<>();
        for (JsonNode invoice : JSON.readTree(out.toString()).get("invoices")) {
            for (JsonNode f : invoice.get("findings")) {
                found.add(invoice.get("invoiceNumber").asText() + "|" + f.get("ruleId").asText() + "|"
                        + f.get("lineItemNumber").asText() + "|" + f.get("message").asText());
            }
        }
        return found;
    }

    private Set<String> handWrittenFindings(List<Path> files) throws Exception {
        Path report = Files.createTempFile(dir, "hand", ".json");
        HandWrittenFileChecker.writeReport(report, HandWrittenFileChecker.checkAll(files, 1));
        Set<String> found = new HashSet<>();
        for (JsonNode invoice : JSON.readTree(report.toFile()).get("invoices")) {
            for (JsonNode f : invoice.get("findings")) {
                found.add(invoice.get("invoiceNumber").asText() + "|" + f.get("ruleId").asText() + "|"
                        + f.get("lineItemNumber").asText() + "|" + f.get("message").asText());
            }
        }
        return found;
    }
}

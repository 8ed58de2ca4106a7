package dev.legalbilling.cli.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.legalbilling.cli.Cli;
import dev.legalbilling.rules.Action;
import dev.legalbilling.rules.ComplianceReport;
import dev.legalbilling.rules.Finding;
import dev.legalbilling.rules.RuleEngine;
import dev.legalbilling.rules.Severity;
import dev.legalbilling.testkit.InvoiceGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Invariants of {@code billing check} over generated batches: whatever the number of files and threads, the report
 * carries exactly the engine's findings for each invoice, in file order, and the exit code follows from them.
 */
class CheckProperties {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static RuleEngine demo;

    @BeforeContainer
    static void load() {
        demo = RuleEngine.builder().addBundled("demo").build();
    }

    @AfterContainer
    static void close() {
        demo.close();
    }

    @Property(tries = 15)
    void reportsTheEnginesFindingsForEveryFileInOrder(@ForAll @IntRange(min = 1, max = 1000) long seed,
            @ForAll @IntRange(min = 1, max = 6) int files, @ForAll @IntRange(min = 1, max = 4) int threads,
            @ForAll @IntRange(min = 0, max = 300) int violationsPerThousand) throws IOException {
        Path dir = Files.createTempDirectory("check-property");
        try {
            InvoiceGenerator generator = InvoiceGenerator.builder(seed).violationsPerThousand(violationsPerThousand)
                    .build();
            List<ComplianceReport> expected = new ArrayList<>();
            for (int i = 0; i < files; i++) {
                InvoiceGenerator.Generated g = generator.next(30);
                CheckFixtures.writeLedes(dir, g.invoice());
                expected.add(demo.check(g.invoice(), null, null));
            }

            Cli.Result r = Cli.run("check", "--no-default-packs", "--pack=demo", "--dialect",
                    CheckFixtures.LENIENT_PERIOD_DIALECT, "--threads", threads, "--format=json", dir);

            JsonNode invoices = JSON.readTree(r.out()).get("invoices");
            assertThat(invoices).hasSize(files);
            boolean errorOrRejection = false;
            for (int i = 0; i < files; i++) {
                ComplianceReport report = expected.get(i);
                assertThat(invoices.get(i).get("invoiceNumber").asText()).isEqualTo(report.invoiceNumber().value());
                assertThat(findings(invoices.get(i))).containsExactlyElementsOf(findings(report));
                errorOrRejection |= report.findings().stream()
                        .anyMatch(f -> f.severity() == Severity.ERROR || f.action() == Action.REJECT);
            }
            assertThat(r.code()).isEqualTo(errorOrRejection ? 1 : 0);
        } finally {
            delete(dir);
        }
    }

    private static List<String> findings(ComplianceReport report) {
        return report.findings().stream().map(CheckProperties::describe).toList();
    }

    private static String describe(Finding f) {
        return f.ruleId() + "|" + f.lineItemNumber() + "|" + f.severity() + "|" + f.action() + "|"
                + f.amountAtStake().amount().toPlainString() + "|" + f.message();
    }

    private static List<String> findings(JsonNode invoice) {
        List<String> out = new ArrayList<>();
        invoice.get("findings").forEach(f -> out.add(f.get("ruleId").asText() + "|"
                + (f.get("lineItemNumber").isNull() ? "null" : f.get("lineItemNumber").asText()) + "|"
                + f.get("severity").asText() + "|" + f.get("action").asText() + "|" + f.get("amountAtStake").asText()
                + "|" + f.get("message").asText()));
        return out;
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}

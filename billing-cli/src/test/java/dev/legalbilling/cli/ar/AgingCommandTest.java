package dev.legalbilling.cli.ar;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.legalbilling.cli.Cli;
import dev.legalbilling.cli.Cli.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AgingCommandTest {
    private static final Path DATA = Cli.repositoryRoot().resolve("samples/data/receivables");
    private static final Path INVOICES = DATA.resolve("invoices.json");
    private static final Path PAYMENTS = DATA.resolve("payments.json");
    private static final Path GOLDEN = Cli.repositoryRoot().resolve(
            "billing-core/src/test/resources/dev/legalbilling/receivables/sample-firm-aging-2026-04-30.txt");

    @TempDir
    Path dir;

    private static Result aging(Path invoices, Path payments, String... more) {
        String[] args = new String[6 + more.length];
        args[0] = "ar";
        args[1] = "aging";
        args[2] = "--invoices";
        args[3] = invoices.toString();
        args[4] = "--payments";
        args[5] = payments.toString();
        System.arraycopy(more, 0, args, 6, more.length);
        return Cli.run(args);
    }

    private static void assertOneLineError(Result r, String... fragments) {
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.errLines()).singleElement().satisfies(line -> {
            assertThat(line).startsWith("billing: ").contains(fragments);
            assertThat(line).doesNotContain("Exception", "\tat ");
        });
        assertThat(r.out()).isEmpty();
    }

    private Path file(String name, String text) throws IOException {
        Path path = dir.resolve(name);
        Files.writeString(path, text);
        return path;
    }

    @Test
    void printsExactlyTheGoldenAgingOfTheSampleFirm() throws IOException {
        Result r = aging(INVOICES, PAYMENTS, "--as-of", "2026-04-30");

        assertThat(r.code()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).isEqualTo(Files.readString(GOLDEN));
        assertThat(r.out()).containsPattern("Firm +8 invoices +14,788\\.70 +5,860\\.00 +3,525\\.00 +3,933\\.00 "
                + "+15,087\\.50 +43,194\\.20");
    }

    @Test
    void agesAsOfAnyDate() {
        Result r = aging(INVOICES, PAYMENTS, "--as-of", "2026-02-28");

        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("Accounts receivable aging as of 2026-02-28 (USD)")
                .doesNotContain("2026-0102", "2026-0301", "2026-0401")
                .containsPattern("2026-0101 +2026-01-05 +2026-02-04 +24 +partially paid +5,933\\.00 +5,933\\.00")
                .containsPattern("2026-0202 +2026-02-09 +2026-02-24 +4 +open +2,380\\.00");
    }

    @Test
    void printsJsonWithTheDocumentedKeysAndFigures() throws IOException {
        Result r = aging(INVOICES, PAYMENTS, "--as-of", "2026-04-30", "--format", "json");

        assertThat(r.code()).isZero();
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.fieldNames()).toIterable().containsExactly("asOf", "reports", "metrics");
        JsonNode report = json.get("reports").get(0);
        assertThat(report.fieldNames()).toIterable().containsExactly("asOf", "currency", "lines", "byClient",
                "byMatter", "firm", "unappliedCredits");
        assertThat(report.get("currency").asText()).isEqualTo("USD");
        assertThat(report.get("lines")).hasSize(8);
        assertThat(report.get("firm").get("total").asText()).isEqualTo("43194.20");
        assertThat(report.get("firm").get("buckets").get("DAYS_1_TO_30").asText()).isEqualTo("5860.00");
        JsonNode disputed = report.get("lines").get(5);
        assertThat(disputed.get("invoice").asText()).isEqualTo("2026-0103");
        assertThat(disputed.get("status").asText()).isEqualTo("DISPUTED");
        assertThat(disputed.get("daysPastDue").asInt()).isEqualTo(99);
        assertThat(report.get("unappliedCredits").get(0).get("client").asText()).isEqualTo("BRIGHT");
        JsonNode metrics = json.get("metrics").get(0);
        assertThat(metrics.get("currency").asText()).isEqualTo("USD");
        assertThat(metrics.get("periodStart").asText()).isEqualTo("2026-01-31");
        assertThat(metrics.get("periodEnd").asText()).isEqualTo("2026-04-30");
        assertThat(metrics.get("receivables").asText()).isEqualTo(report.get("firm").get("total").asText());
    }

    @Test
    void refusesAMissingInvoicesFile() {
        Path absent = dir.resolve("absent.json");

        assertOneLineError(aging(absent, PAYMENTS, "--as-of", "2026-04-30"), absent + ": file not found");
    }

    @Test
    void refusesMalformedJsonNamingTheLine() throws IOException {
        Path payments = file("payments.json", "[\n  {\"type\": \"payment\", \"id\": \"X\",\n");

        assertOneLineError(aging(INVOICES, payments, "--as-of", "2026-04-30"), payments + ":3:");
    }

    @Test
    void refusesAnUnknownPostingType() throws IOException {
        Path payments = file("payments.json", "[\n  {\"type\": \"chargeback\", \"invoice\": \"2026-0101\"}\n]\n");

        assertOneLineError(aging(INVOICES, payments, "--as-of", "2026-04-30"), payments + ":2:", "[0].type",
                "unknown posting type 'chargeback'", "credit-note");
    }

    @Test
    void refusesAPostingTheLedgerCannotTake() throws IOException {
        Path payments = file("payments.json", """
                [
                  {"type": "credit-note", "number": "CN-1", "invoice": "2026-0102", "date": "2026-03-01",
                   "amount": "USD 1.00", "reason": "OTHER"},
                  {"type": "payment", "id": "BNK-1", "client": "BRIGHT", "date": "2026-03-02",
                   "amount": "USD 100.00", "appliedTo": "2026-0101"}
                ]
                """);

        assertOneLineError(aging(INVOICES, payments, "--as-of", "2026-04-30"), payments + ":4:", "[1]",
                "2026-0101 belongs to client ACME, not BRIGHT");
    }

    @Test
    void refusesADraftInvoice() throws IOException {
        String text = Files.readString(INVOICES);
        Path invoices = file("invoices.json", text.replaceFirst("\"FINAL\"", "\"DRAFT\""));

        assertOneLineError(aging(invoices, PAYMENTS, "--as-of", "2026-04-30"), invoices + ":2:", "[0]",
                "2026-0101", "draft");
    }

    @Test
    void requiresTheReportDate() {
        Result r = Cli.run("ar", "aging", "--invoices", INVOICES.toString(), "--payments", PAYMENTS.toString());

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--as-of");
    }
}

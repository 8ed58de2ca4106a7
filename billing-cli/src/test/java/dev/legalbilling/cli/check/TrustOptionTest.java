package dev.legalbilling.cli.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.legalbilling.cli.Cli;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code billing check --trust-journal/--trust-statement/--as-of}: the ethics pack's trust rules see the firm's trust
 * records; without them they stay silent. The sample firm's journal was last reconciled as of 2025-03-31 (quarterly:
 * the next is due 2025-06-30, with 30 days' grace).
 */
class TrustOptionTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    private static final Path ACME = Cli.repositoryFile("samples/invoices/acme-v-globex-2026-03.ledes");
    private static final Path JOURNAL = Cli.repositoryFile("samples/data/trust/sample-firm-2025-03.journal.jsonl");
    private static final Path STATEMENT = Cli.repositoryFile("samples/data/trust/sample-firm-2025-03.statement.json");

    private static List<JsonNode> trustFindings(Cli.Result r) throws IOException {
        List<JsonNode> found = new ArrayList<>();
        JSON.readTree(r.out()).get("invoices").get(0).get("findings").forEach(f -> {
            if (f.get("ruleId").asText().startsWith("ETH-TRUST-")) {
                found.add(f);
            }
        });
        return found;
    }

    @Test
    void anOverdueReconciliationIsFoundOnlyWithTheTrustFiles() throws IOException {
        Cli.Result with = Cli.run("check", "--format=json", "--trust-journal", JOURNAL, "--trust-statement",
                STATEMENT, ACME);
        Cli.Result without = Cli.run("check", "--format=json", ACME);

        assertThat(with.err()).isEmpty();
        assertThat(trustFindings(with)).singleElement().satisfies(f -> {
            assertThat(f.get("ruleId").asText()).isEqualTo("ETH-TRUST-RECONCILIATION");
            assertThat(f.get("severity").asText()).isEqualTo("ERROR");
            assertThat(f.get("lineItemNumber").isNull()).isTrue();
            // judged at the invoice's date by default
            assertThat(f.get("message").asText()).contains("last reconciled as of 2025-03-31",
                    "as of 2025-06-30 is overdue on 2026-04-01");
        });
        assertThat(trustFindings(without)).isEmpty();
        assertThat(with.code()).isEqualTo(1);
    }

    @Test
    void asOfJudgesTheRecordsAtAnotherDate() throws IOException {
        Cli.Result inTime = Cli.run("check", "--format=json", "--trust-journal", JOURNAL, "--trust-statement",
                STATEMENT, "--as-of", "2025-07-15", ACME);
        Cli.Result late = Cli.run("check", "--format=json", "--trust-journal", JOURNAL, "--trust-statement",
                STATEMENT, "--as-of", "2025-08-01", ACME);

        assertThat(trustFindings(inTime)).isEmpty();
        assertThat(trustFindings(late)).singleElement().satisfies(f ->
                assertThat(f.get("message").asText()).contains("overdue on 2025-08-01: 32 days"));
    }

    @Test
    void aStatementWithoutAJournalIsExitTwo() {
        Cli.Result r = Cli.run("check", "--trust-statement", STATEMENT, ACME);

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.errLines()).anySatisfy(line -> assertThat(line).contains("--trust-statement needs "
                + "--trust-journal"));
        assertThat(r.out()).isEmpty();
    }

    @Test
    void aMissingOrTornJournalIsOneLineAndExitTwo() throws IOException {
        Path absent = temp.resolve("absent.jsonl");
        Cli.Result missing = Cli.run("check", "--trust-journal", absent, ACME);
        Path torn = temp.resolve("torn.jsonl");
        Files.copy(JOURNAL, torn);
        Files.writeString(torn, "{\"seq\":23,\"acc", StandardOpenOption.APPEND);
        Cli.Result tornRun = Cli.run("check", "--trust-journal", torn, ACME);

        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.errLines()).singleElement().asString().startsWith("billing: " + absent)
                .contains("file not found");
        assertThat(tornRun.code()).isEqualTo(2);
        assertThat(tornRun.errLines()).singleElement().asString().startsWith("billing: " + torn + ":24:")
                .contains("torn").doesNotContain("Exception");
        assertThat(missing.out()).isEmpty();
        assertThat(tornRun.out()).isEmpty();
    }

    @Test
    void acrossInvoicesFindsTheSameHoursBilledToAnotherClient() throws IOException {
        // the same month's work billed again to another client under another invoice number
        Path copy = temp.resolve("copy.ledes");
        Files.writeString(copy, Files.readString(ACME).replace("|2025-0419-202603|ACME-INS|2025-0419|",
                "|2025-0777-202603|OTHER-CO|2025-0777|"));

        Cli.Result across = Cli.run("check", "--format=json", "--across-invoices", ACME, copy);
        Cli.Result apart = Cli.run("check", "--format=json", ACME, copy);

        JsonNode invoices = JSON.readTree(across.out()).get("invoices");
        assertThat(invoices).hasSize(2);
        for (JsonNode invoice : invoices) {
            String other = invoice.get("invoiceNumber").asText().equals("2025-0419-202603") ? "2025-0777-202603"
                    : "2025-0419-202603";
            List<JsonNode> doubles = new ArrayList<>();
            invoice.get("findings").forEach(f -> {
                if (f.get("ruleId").asText().equals("ETH-DOUBLE-BILLING")) {
                    doubles.add(f);
                }
            });
            assertThat(doubles).isNotEmpty().allSatisfy(f -> assertThat(f.get("message").asText())
                    .contains("billed twice", other));
        }
        assertThat(apart.out()).doesNotContain("ETH-DOUBLE-BILLING");
    }
}

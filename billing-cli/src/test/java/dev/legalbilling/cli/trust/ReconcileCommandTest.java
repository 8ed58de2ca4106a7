package dev.legalbilling.cli.trust;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.legalbilling.cli.Cli;
import dev.legalbilling.cli.Cli.Result;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReconcileCommandTest {
    private static final Path TRUST = Cli.repositoryRoot().resolve("samples/data/trust");
    private static final Path JOURNAL = TRUST.resolve("sample-firm-2025-03.journal.jsonl");
    private static final Path STATEMENT = TRUST.resolve("sample-firm-2025-03.statement.json");

    @TempDir
    Path dir;

    private static Result reconcile(Path journal, Path statement, String... more) {
        String[] args = new String[6 + more.length];
        args[0] = "trust";
        args[1] = "reconcile";
        args[2] = "--journal";
        args[3] = journal.toString();
        args[4] = "--statement";
        args[5] = statement.toString();
        System.arraycopy(more, 0, args, 6, more.length);
        return Cli.run(args);
    }

    /** An input error: exit 2 and exactly one line on standard error, without a stack trace. */
    private static void assertOneLineError(Result r, String... fragments) {
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.errLines()).singleElement().satisfies(line -> {
            assertThat(line).startsWith("billing: ").contains(fragments);
            assertThat(line).doesNotContain("Exception", "\tat ");
        });
        assertThat(r.out()).isEmpty();
    }

    private Path copyWith(Path source, String name, String from, String to) throws IOException {
        String text = Files.readString(source, StandardCharsets.UTF_8);
        assertThat(text).contains(from);
        Path copy = dir.resolve(name);
        Files.writeString(copy, text.replaceFirst(java.util.regex.Pattern.quote(from), to), StandardCharsets.UTF_8);
        return copy;
    }

    @Test
    void reconcilesTheSampleFirmToTheCent() {
        Result r = reconcile(JOURNAL, STATEMENT);

        assertThat(r.code()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).contains("Account IOLTA-0001 as of 2025-03-31", "Result: BALANCED")
                .containsPattern("Statement ending balance +USD +43,275\\.00")
                .containsPattern("- Outstanding checks \\(3\\) +USD +32,140\\.00")
                .containsPattern("= Adjusted bank balance +USD +14,135\\.00")
                .containsPattern("2\\. Journal balance +USD +14,135\\.00")
                .containsPattern("client C-1002/M-1002-01 +USD +8,160\\.00")
                .containsPattern("= Total of ledgers +USD +14,135\\.00")
                .contains("Next reconciliation due as of 2025-06-30 (quarterly)");
    }

    @Test
    void printsTheReportAsJsonWithTheDocumentedKeys() throws IOException {
        Result r = reconcile(JOURNAL, STATEMENT, "--format", "json");

        assertThat(r.code()).isZero();
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.fieldNames()).toIterable().containsExactly("account", "asOf", "currency", "result",
                "balanced", "passed", "bank", "journal", "ledgers", "differences", "causes", "unidentifiedFunds",
                "reconciliationFrequency", "nextAsOf");
        assertThat(json.get("result").asText()).isEqualTo("BALANCED");
        assertThat(json.get("bank").get("adjustedBalance").asText()).isEqualTo("14135.00");
        assertThat(json.get("journal").get("balance").asText()).isEqualTo("14135.00");
        assertThat(json.get("journal").get("headHash").asText()).hasSize(64);
        assertThat(json.get("ledgers").get("total").asText()).isEqualTo("14135.00");
        assertThat(json.get("ledgers").get("firmFunds").asText()).isEqualTo("275.00");
        assertThat(json.get("differences").get("bankMinusJournal").asText()).isEqualTo("0.00");
        assertThat(json.get("causes")).isEmpty();
    }

    @Test
    void exitsOneWhenTheBankDisagreesWithTheJournal() throws IOException {
        Path statement = copyWith(STATEMENT, "statement.json", "\"43275.00\"", "\"43175.00\"");

        Result r = reconcile(JOURNAL, statement);

        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).contains("Result: OUT OF BALANCE")
                .containsPattern("Bank - journal +USD +-100\\.00")
                .containsPattern("Journal - ledgers +USD +0\\.00");
    }

    @Test
    void exitsOneWithJsonOutputToo() throws IOException {
        Path statement = copyWith(STATEMENT, "statement.json", "\"3000.00\"", "\"2999.00\"");

        Result r = reconcile(JOURNAL, statement, "--format", "json");

        assertThat(r.code()).isEqualTo(1);
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.get("result").asText()).isEqualTo("OUT_OF_BALANCE");
        assertThat(json.get("differences").get("bankMinusLedgers").asText()).isEqualTo("-1.00");
        assertThat(json.get("causes")).isNotEmpty();
    }

    @Test
    void refusesATamperedJournalNamingTheLine() throws IOException {
        Path journal = copyWith(JOURNAL, "journal.jsonl", "\"10000.00\"", "\"10001.00\"");

        assertOneLineError(reconcile(journal, STATEMENT), journal + ":3:", "altered");
    }

    @Test
    void refusesAJournalWithARemovedLine() throws IOException {
        List<String> lines = Files.readAllLines(JOURNAL, StandardCharsets.UTF_8);
        Path journal = dir.resolve("journal.jsonl");
        Files.write(journal, lines.subList(0, 4), StandardCharsets.UTF_8);
        Files.write(journal, lines.subList(5, lines.size()), StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.APPEND);

        assertOneLineError(reconcile(journal, STATEMENT), journal + ":5:");
    }

    @Test
    void refusesAJournalEndingInATornLine() throws IOException {
        Path journal = dir.resolve("journal.jsonl");
        Files.copy(JOURNAL, journal);
        Files.writeString(journal, "{\"seq\":23,\"acc", java.nio.file.StandardOpenOption.APPEND);

        assertOneLineError(reconcile(journal, STATEMENT), journal + ":24:", "torn");
    }

    @Test
    void refusesMissingFiles() {
        Path absent = dir.resolve("absent.jsonl");

        assertOneLineError(reconcile(absent, STATEMENT), absent + ": file not found");
        assertOneLineError(reconcile(JOURNAL, dir.resolve("absent.json")), "absent.json: file not found");
    }

    @Test
    void refusesAMalformedStatement() throws IOException {
        Path statement = dir.resolve("statement.json");
        Files.writeString(statement, "{\"account\": \"IOLTA-0001\",\n");

        assertOneLineError(reconcile(JOURNAL, statement), statement.toString(), "not valid JSON");
    }

    @Test
    void refusesAStatementWithABadAmount() throws IOException {
        Path statement = copyWith(STATEMENT, "statement.json", "\"640.00\"", "\"six forty\"");

        assertOneLineError(reconcile(JOURNAL, statement), "/outstandingChecks/1/amount", "six forty");
    }

    @Test
    void refusesAStatementForAnotherAccount() throws IOException {
        Path statement = copyWith(STATEMENT, "statement.json", "IOLTA-0001", "IOLTA-0002");

        assertOneLineError(reconcile(JOURNAL, statement), "/account", "IOLTA-0002", "IOLTA-0001");
    }

    @Test
    void checksTheAsOfDateAgainstTheStatement() {
        assertThat(reconcile(JOURNAL, STATEMENT, "--as-of", "2025-03-31").code()).isZero();
        assertOneLineError(reconcile(JOURNAL, STATEMENT, "--as-of", "2025-03-30"), "--as-of",
                "statement date 2025-03-31", "2025-03-30");
    }

    @Test
    void takesTheReconciliationFrequencyFromTheCommandLine() {
        Result r = reconcile(JOURNAL, STATEMENT, "--frequency", "monthly");

        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("Next reconciliation due as of 2025-04-30 (monthly)");
    }

    @Test
    void reportsBadUsageWithExitTwo() {
        Result r = Cli.run("trust", "reconcile", "--journal", JOURNAL.toString());

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--statement");
        assertThat(Cli.run("trust").code()).isEqualTo(2);
    }

    @Test
    void sampleFilesAreTheVerifiedFixturesOfTheJsonModule() throws IOException {
        Path fixtures = Cli.repositoryRoot().resolve("billing-json/src/test/resources/dev/legalbilling/json/trust");

        assertThat(Files.readAllBytes(JOURNAL))
                .isEqualTo(Files.readAllBytes(fixtures.resolve("sample-firm-2025-03.journal.jsonl")));
        assertThat(Files.readAllBytes(STATEMENT))
                .isEqualTo(Files.readAllBytes(fixtures.resolve("sample-firm-2025-03.statement.json")));
    }
}

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

class RemindersCommandTest {
    private static final Path DATA = Cli.repositoryRoot().resolve("samples/data/receivables");
    private static final Path INVOICES = DATA.resolve("invoices.json");
    private static final Path PAYMENTS = DATA.resolve("payments.json");

    @TempDir
    Path dir;

    private static Result reminders(String asOf, String... more) {
        String[] args = new String[8 + more.length];
        args[0] = "ar";
        args[1] = "reminders";
        args[2] = "--invoices";
        args[3] = INVOICES.toString();
        args[4] = "--payments";
        args[5] = PAYMENTS.toString();
        args[6] = "--as-of";
        args[7] = asOf;
        System.arraycopy(more, 0, args, 8, more.length);
        return Cli.run(args);
    }

    @Test
    void previewListsTheRemindersDueWithReasonsAndRecordsNothing() {
        Result r = reminders("2026-04-30");

        assertThat(r.code()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).contains("Payment reminders for 2026-04-30", "To send: 5")
                .containsPattern("2026-0101 +ACME +ACME-001 +PAST-DUE-60 +USD 3,933\\.00 +catch-up +escalate to "
                        + "P-ALVAREZ")
                .containsPattern("2026-0303 +ACME +ACME-001 +ON-DUE +USD 8,526\\.20\n")
                .containsPattern("2026-0401 +DELTA +DELTA-001 +ON-DUE +USD 1,410\\.00 +catch-up")
                .contains("Invoice 2026-0201 is 57 days past due (due 2026-03-04)")
                .contains("Paused because the invoice is disputed: 1")
                .containsPattern("2026-0103 +CORVUS +CORVUS-001 +PAST-DUE-60 +USD 15,087\\.50")
                .contains("Steps recorded as skipped: 11", "this run was not recorded");
        assertThat(r.out()).doesNotContain("2026-0403", "Acme Manufacturing");
    }

    @Test
    void aSecondRunTheSameDayWithTheLogSendsNothingNew() throws IOException {
        Path log = dir.resolve("reminders.json");

        Result first = reminders("2026-04-30", "--log", log.toString());
        byte[] afterFirst = Files.readAllBytes(log);
        Result second = reminders("2026-04-30", "--log", log.toString());

        assertThat(first.code()).isZero();
        assertThat(first.out()).contains("To send: 5", "16 entries, 16 added by this run");
        assertThat(second.code()).isZero();
        assertThat(second.out()).contains("To send: 0", "Steps recorded as skipped: 0",
                "16 entries, 0 added by this run", "Paused because the invoice is disputed: 1");
        assertThat(Files.readAllBytes(log)).isEqualTo(afterFirst);
        JsonNode entries = new ObjectMapper().readTree(afterFirst);
        assertThat(entries).hasSize(16);
        assertThat(entries.get(4).get("stepId").asText()).isEqualTo("PAST-DUE-60");
        assertThat(entries.get(4).get("outcome").asText()).isEqualTo("SENT");
    }

    @Test
    void aLaterRunSendsOnlyTheStepsThatFellDueSince() {
        Path log = dir.resolve("reminders.json");
        reminders("2026-04-30", "--log", log.toString());

        Result r = reminders("2026-05-06", "--log", log.toString());

        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("To send: 2")
                .containsPattern("2026-0201 +ACME +ACME-002 +PAST-DUE-60 +USD 3,525\\.00 +catch-up +escalate to "
                        + "P-ALVAREZ")
                .containsPattern("2026-0401 +DELTA +DELTA-001 +PAST-DUE-15 +USD 1,410\\.00\n")
                .doesNotContain("2026-0101  ", "ON-DUE  ")
                .contains("Steps recorded as skipped: 0", "18 entries, 2 added by this run");
    }

    @Test
    void printsJsonWithTheDocumentedKeys() throws IOException {
        Result r = reminders("2026-04-30", "--format", "json");

        assertThat(r.code()).isZero();
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.fieldNames()).toIterable().containsExactly("date", "reminders", "paused", "skipped",
                "logEntries");
        assertThat(json.get("reminders")).hasSize(5);
        assertThat(json.get("reminders").get(0).fieldNames()).toIterable().containsExactly("invoice", "client",
                "matter", "dueDate", "daysPastDue", "status", "currency", "balance", "step", "stepDate", "catchUp",
                "escalate", "escalateTo", "reason");
        assertThat(json.get("reminders").get(1).get("invoice").asText()).isEqualTo("2026-0201");
        assertThat(json.get("reminders").get(1).get("balance").asText()).isEqualTo("3525.00");
        assertThat(json.get("paused").get(0).get("step").asText()).isEqualTo("PAST-DUE-60");
        assertThat(json.get("skipped")).hasSize(11);
    }

    @Test
    void refusesAMalformedLogAndLeavesItUntouched() throws IOException {
        Path log = dir.resolve("reminders.json");
        Files.writeString(log, "[{\"invoice\": \"2026-0101\", \"stepId\": \"ON-DUE\"\n");

        Result r = reminders("2026-04-30", "--log", log.toString());

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.errLines()).singleElement().asString().startsWith("billing: " + log + ":")
                .doesNotContain("Exception");
        assertThat(r.out()).isEmpty();
        assertThat(Files.readString(log)).isEqualTo("[{\"invoice\": \"2026-0101\", \"stepId\": \"ON-DUE\"\n");
    }

    @Test
    void refusesALogInAMissingDirectory() {
        Path log = dir.resolve("no/such/dir/reminders.json");

        Result r = reminders("2026-04-30", "--log", log.toString());

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.errLines()).singleElement().asString().contains(log.toString(), "does not exist");
    }

    @Test
    void aRunDatedBeforeTheLastRecordedRunIsRefusedAndRecordsNothing() throws IOException {
        Path log = dir.resolve("reminders.json");
        reminders("2026-04-30", "--log", log.toString());
        byte[] before = Files.readAllBytes(log);

        Result r = reminders("2026-04-15", "--log", log.toString());

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.errLines()).singleElement().asString().contains("reminder run dated 2026-04-15",
                "last recorded run on 2026-04-30", "disputed or paid since");
        assertThat(r.out()).isEmpty();
        assertThat(Files.readAllBytes(log)).isEqualTo(before);
        assertThat(reminders("2026-04-30", "--log", log.toString()).code()).as("the same day is not back-dated")
                .isZero();
        assertThat(reminders("2026-04-15").code()).as("a preview without the log has no last run").isZero();
    }
}

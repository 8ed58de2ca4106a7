package dev.legalbilling.json.receivables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.legalbilling.invoice.InvoiceNumber;
import dev.legalbilling.json.JsonInputException;
import dev.legalbilling.receivables.ReceivablesLedger;
import dev.legalbilling.receivables.reminder.ReminderLog;
import dev.legalbilling.receivables.reminder.ReminderLogEntry;
import dev.legalbilling.receivables.reminder.ReminderOutcome;
import dev.legalbilling.receivables.reminder.ReminderRun;
import dev.legalbilling.receivables.reminder.ReminderSchedule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReminderLogFileTest {
    private static final ReminderLogEntry SENT = new ReminderLogEntry(InvoiceNumber.of("2026-0101"), "PAST-DUE-60",
            LocalDate.of(2026, 4, 30), ReminderOutcome.SENT, "Invoice 2026-0101 is 85 days past due.");
    private static final ReminderLogEntry SKIPPED = new ReminderLogEntry(InvoiceNumber.of("2026-0101"), "ON-DUE",
            LocalDate.of(2026, 4, 30), ReminderOutcome.SKIPPED, "missed run");

    @TempDir
    Path dir;

    @Test
    void roundTripsALogAndReplacesTheFileWithoutLeftovers() throws IOException {
        Path path = dir.resolve("reminders.json");
        Files.writeString(path, "[]");

        ReceivablesFiles.writeReminderLog(path, ReminderLog.of(List.of(SENT, SKIPPED)));

        assertThat(ReceivablesFiles.readReminderLog(path).entries()).containsExactly(SENT, SKIPPED);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(path);
        }
    }

    @Test
    void readsAnEmptyFileAsAnEmptyLog() throws IOException {
        Path path = dir.resolve("reminders.json");
        Files.writeString(path, "\n");

        assertThat(ReceivablesFiles.readReminderLog(path)).isEqualTo(ReminderLog.empty());
    }

    @Test
    void refusesAStepRecordedTwiceForOneInvoice() throws IOException {
        Path path = dir.resolve("reminders.json");
        Files.writeString(path, """
                [
                  {"invoice": "2026-0101", "stepId": "ON-DUE", "date": "2026-04-01", "outcome": "SENT", "reason": ""},
                  {"invoice": "2026-0101", "stepId": "ON-DUE", "date": "2026-04-02", "outcome": "SKIPPED",
                   "reason": ""}
                ]
                """);

        assertThatThrownBy(() -> ReceivablesFiles.readReminderLog(path))
                .isInstanceOfSatisfying(JsonInputException.class, e -> {
                    assertThat(e.path()).isEqualTo("[1].stepId");
                    assertThat(e.line()).isEqualTo(3);
                    assertThat(e.problem()).contains("ON-DUE", "recorded twice", "2026-0101", "first at line 2");
                });
    }

    @Test
    void refusesAnUnknownOutcome() throws IOException {
        Path path = dir.resolve("reminders.json");
        Files.writeString(path, "[{\"invoice\": \"2026-0101\", \"stepId\": \"ON-DUE\", \"date\": \"2026-04-01\", "
                + "\"outcome\": \"MAILED\", \"reason\": \"\"}]");

        assertThatThrownBy(() -> ReceivablesFiles.readReminderLog(path))
                .isInstanceOfSatisfying(JsonInputException.class, e -> {
                    assertThat(e.path()).isEqualTo("[0].outcome");
                    assertThat(e.problem()).contains("SENT", "SKIPPED", "was 'MAILED'");
                });
    }

    @Test
    void aRunReadBackFromItsLogSendsNothingNewTheSameDay() {
        ReceivablesLedger ledger = ReceivablesFiles.readLedger(SampleData.invoices(), SampleData.payments());
        Path path = dir.resolve("reminders.json");
        ReminderRun first = ReminderSchedule.standard().run(ledger, ReminderLog.empty(), SampleData.AS_OF);
        ReceivablesFiles.writeReminderLog(path, first.log());

        ReminderRun second = ReminderSchedule.standard().run(ledger, ReceivablesFiles.readReminderLog(path),
                SampleData.AS_OF);

        assertThat(first.reminders()).hasSize(5);
        assertThat(second.reminders()).isEmpty();
        assertThat(second.skipped()).isEmpty();
        assertThat(second.log()).isEqualTo(first.log());
    }

    @Test
    void reminderRunJsonHasTheDocumentedShape() throws IOException {
        ReceivablesLedger ledger = ReceivablesFiles.readLedger(SampleData.invoices(), SampleData.payments());
        ReminderRun run = ReminderSchedule.standard().run(ledger, ReminderLog.empty(), SampleData.AS_OF);

        JsonNode json = new ObjectMapper().readTree(ReceivablesJsonModule.reminderRunToJson(run));

        assertThat(json.get("date").asText()).isEqualTo("2026-04-30");
        assertThat(json.get("reminders")).hasSize(5);
        JsonNode first = json.get("reminders").get(0);
        assertThat(first.get("invoice").asText()).isEqualTo("2026-0101");
        assertThat(first.get("step").asText()).isEqualTo("PAST-DUE-60");
        assertThat(first.get("balance").asText()).isEqualTo("3933.00");
        assertThat(first.get("escalate").asBoolean()).isTrue();
        assertThat(first.get("escalateTo").asText()).isEqualTo("P-ALVAREZ");
        assertThat(first.get("catchUp").asBoolean()).isTrue();
        assertThat(first.get("reason").asText()).contains("85 days past due");
        for (String key : List.of("client", "matter", "dueDate", "daysPastDue", "status", "currency", "stepDate")) {
            assertThat(first.has(key)).as(key).isTrue();
        }
        assertThat(json.get("paused")).singleElement().satisfies(p -> {
            assertThat(p.get("invoice").asText()).isEqualTo("2026-0103");
            assertThat(p.get("reason").asText()).contains("disputed since 2026-02-02");
        });
        assertThat(json.get("skipped")).hasSize(11);
        assertThat(json.get("logEntries").asInt()).isEqualTo(16);
    }
}

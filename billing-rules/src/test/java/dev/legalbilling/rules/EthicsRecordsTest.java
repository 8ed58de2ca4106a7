package dev.legalbilling.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.legalbilling.InvalidValueException;
import dev.legalbilling.invoice.InvoiceNumber;
import dev.legalbilling.json.JsonInputException;
import dev.legalbilling.json.trust.BankStatementFormatException;
import dev.legalbilling.json.trust.JournalFileException;
import dev.legalbilling.party.Jurisdiction;
import dev.legalbilling.money.Money;
import dev.legalbilling.receivables.ReceivableState;
import dev.legalbilling.trust.ReconciliationFrequency;
import dev.legalbilling.trust.TrustAccountingProfile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Currency;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link EthicsRecords}: the trust and receivables files read into the {@link EthicsContext} a check takes. */
class EthicsRecordsTest {
    private static final Path SAMPLES = Path.of("..", "samples", "data");
    private static final Path JOURNAL = SAMPLES.resolve("trust/sample-firm-2025-03.journal.jsonl");
    private static final Path STATEMENT = SAMPLES.resolve("trust/sample-firm-2025-03.statement.json");
    private static final Path INVOICES = SAMPLES.resolve("receivables/invoices.json");
    private static final Path PAYMENTS = SAMPLES.resolve("receivables/payments.json");

    @TempDir
    Path temp;

    @Test
    void readsTheJournalAndTheStatementIntoTrustRecordsAndAReconciliation() {
        EthicsContext ethics = EthicsRecords.builder().trustJournal(JOURNAL).bankStatement(STATEMENT).build().read();

        assertThat(ethics.hasTrustRecords()).isTrue();
        assertThat(ethics.trustJournalIfAny()).hasValueSatisfying(j -> {
            assertThat(j.account().id().value()).isEqualTo("IOLTA-0001");
            assertThat(j.entries()).hasSize(22);
        });
        assertThat(ethics.trustReconciliationIfAny()).hasValueSatisfying(r -> {
            assertThat(r.account().value()).isEqualTo("IOLTA-0001");
            assertThat(r.asOf()).isEqualTo(LocalDate.of(2025, 3, 31));
        });
        assertThat(ethics.trustProfileIfAny()).contains(TrustAccountingProfile.configurableDefaults(
                Jurisdiction.of("US-IL"), Currency.getInstance("USD")));
    }

    @Test
    void aTrustProfileGivenReplacesTheConfigurableDefaults() {
        TrustAccountingProfile monthly = TrustAccountingProfile.configurableDefaults(Jurisdiction.of("US-IL"),
                Currency.getInstance("USD")).withReconciliationFrequency(ReconciliationFrequency.MONTHLY);

        EthicsContext ethics = EthicsRecords.builder().trustJournal(JOURNAL).trustProfile(monthly).build().read();

        assertThat(ethics.trustProfileIfAny()).contains(monthly);
        assertThat(ethics.trustReconciliationIfAny()).isEmpty();
    }

    @Test
    void readsTheReceivablesAsOfTheRecordsDateOrTheClocksToday() {
        LocalDate asOf = LocalDate.of(2026, 4, 30);
        EthicsContext dated = EthicsRecords.builder().receivables(INVOICES, PAYMENTS).asOf(asOf).build().read();
        Clock clock = Clock.fixed(Instant.parse("2026-06-30T12:00:00Z"), ZoneOffset.UTC);
        EthicsContext today = EthicsRecords.builder().receivables(INVOICES, PAYMENTS).clock(clock).build().read();

        assertThat(dated.receivables()).isNotEmpty().allSatisfy(s -> assertThat(s.asOf()).isEqualTo(asOf));
        assertThat(dated.asOfIfSet()).contains(asOf);
        assertThat(dated.hasTrustRecords()).isFalse();
        assertThat(today.receivables()).extracting(ReceivableState::asOf).containsOnly(LocalDate.of(2026, 6, 30));
        assertThat(today.asOfIfSet()).isEmpty();
    }

    @Test
    void readsTheCollectionRecordsOfThePaymentsFile() throws IOException {
        Path payments = temp.resolve("payments.json");
        Files.writeString(payments, "[{\"type\": \"expense-cost\", \"invoice\": \"2025-0419-202603\","
                + " \"line\": \"120\","
                + " \"actualCost\": \"USD 124.00\", \"markupDisclosed\": false},"
                + " {\"type\": \"matter-closed\", \"client\": \"ACME-INS\", \"matter\": \"2025-0419\","
                + " \"date\": \"2025-12-01\"}]");

        EthicsContext ethics = EthicsRecords.builder().receivables(INVOICES, payments)
                .asOf(LocalDate.of(2026, 4, 30)).build().read();

        assertThat(ethics.expenseCosts()).singleElement().satisfies(c -> assertThat(c.lineNumber()).isEqualTo("120"));
        assertThat(ethics.closedMatters()).hasSize(1).containsValue(LocalDate.of(2025, 12, 1));
    }

    @Test
    void nothingNamedIsEmptyAndReadsAnEmptyContext() {
        EthicsRecords none = EthicsRecords.builder().build();

        assertThat(none.isEmpty()).isTrue();
        assertThat(none.read().hasTrustRecords()).isFalse();
        assertThat(EthicsRecords.builder().asOf(LocalDate.of(2026, 1, 31)).build().isEmpty()).isFalse();
    }

    @Test
    void readIntoAddsToAContextTheApplicationBuilds() {
        EthicsContext.Builder builder = EthicsContext.builder().expenseCost(new ExpenseCost(InvoiceNumber.of("X-1"),
                "1", Money.parse("USD 10.00"), true));

        EthicsContext ethics = EthicsRecords.builder().trustJournal(JOURNAL).build().readInto(builder).build();

        assertThat(ethics.expenseCosts()).hasSize(1);
        assertThat(ethics.trustJournalIfAny()).isPresent();
    }

    @Test
    void aStatementWithoutAJournalIsRefused() {
        assertThatThrownBy(() -> EthicsRecords.builder().bankStatement(STATEMENT).build())
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("bankStatement needs a trust journal");
    }

    @Test
    void aMissingJournalIsAnInputErrorNamingTheFile() {
        Path missing = temp.resolve("nowhere.jsonl");

        assertThatThrownBy(() -> EthicsRecords.builder().trustJournal(missing).build().read())
                .isInstanceOf(JsonInputException.class).hasMessageContaining(missing.toString())
                .hasMessageContaining("file not found");
    }

    @Test
    void aJournalEndingInATornLineIsRefusedNamingTheLine() throws IOException {
        Path torn = temp.resolve("torn.jsonl");
        Files.copy(JOURNAL, torn);
        Files.writeString(torn, "{\"seq\":23,\"acc", StandardOpenOption.APPEND);

        assertThatThrownBy(() -> EthicsRecords.builder().trustJournal(torn).build().read())
                .isInstanceOf(JournalFileException.class).hasMessageStartingWith(torn + ":24: ends in")
                .hasMessageContaining("torn");
    }

    @Test
    void aStatementOfAnotherAccountIsRefusedNamingTheField() throws IOException {
        Path other = temp.resolve("other.json");
        Files.writeString(other, Files.readString(STATEMENT).replace("\"IOLTA-0001\"", "\"IOLTA-0002\""));

        assertThatThrownBy(() -> EthicsRecords.builder().trustJournal(JOURNAL).bankStatement(other).build().read())
                .isInstanceOf(BankStatementFormatException.class)
                .hasMessageContaining("is trust account IOLTA-0002, but the journal is for IOLTA-0001");
    }
}

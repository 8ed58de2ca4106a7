package dev.legalbilling.json.trust;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.legalbilling.trust.BankStatement;
import dev.legalbilling.trust.JournalSink;
import dev.legalbilling.trust.LedgerBalance;
import dev.legalbilling.trust.LedgerId;
import dev.legalbilling.trust.ReconciliationFrequency;
import dev.legalbilling.trust.ReconciliationReport;
import dev.legalbilling.trust.StatementItem;
import dev.legalbilling.trust.ThreeWayReconciliation;
import dev.legalbilling.trust.TrustJournal;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReconciliationReportJsonTest {
    private static final ObjectMapper READER = JsonMapper.builder().build();

    @Test
    void writesTheSampleFirmReportWithAllThreeBalances() throws Exception {
        ReconciliationReport report = SampleFirmFixtureTest.sampleReport();

        JsonNode json = READER.readTree(TrustJsonModule.toJson(report));

        assertThat(json.get("account").asText()).isEqualTo("IOLTA-0001");
        assertThat(json.get("asOf").asText()).isEqualTo("2025-03-31");
        assertThat(json.get("result").asText()).isEqualTo("BALANCED");
        assertThat(json.get("passed").asBoolean()).isTrue();
        assertThat(json.at("/bank/endingBalance").asText()).isEqualTo("43275.00");
        assertThat(json.at("/bank/outstandingChecks/total").asText()).isEqualTo("32140.00");
        assertThat(json.at("/bank/outstandingChecks/items/0/reference").asText()).isEqualTo("1044");
        assertThat(json.at("/bank/adjustedBalance").asText()).isEqualTo("14135.00");
        assertThat(json.at("/journal/balance").asText()).isEqualTo("14135.00");
        assertThat(json.at("/journal/headHash").asText()).isEqualTo(report.journalHead().hex());
        assertThat(json.at("/ledgers/total").asText()).isEqualTo("14135.00");
        assertThat(json.at("/ledgers/items")).hasSize(6);
        assertThat(json.at("/ledgers/items/1/client").asText()).isEqualTo("C-1002");
        assertThat(json.at("/ledgers/items/1/balance").asText()).isEqualTo("8160.00");
        assertThat(json.at("/differences/bankMinusJournal").asText()).isEqualTo("0.00");
        assertThat(json.get("causes")).isEmpty();
        assertThat(json.get("nextAsOf").asText()).isEqualTo("2025-06-30");
    }

    @Test
    void writesCausesWithTheirEntries() throws Exception {
        TrustJournal journal = TrustJournal.restore(SampleFirm.ACCOUNT, SampleFirm.PROFILE,
                TrustJournalFile.read(SampleFirmFixtureTest.resource(SampleFirm.JOURNAL_RESOURCE)).entries(),
                Clock.systemUTC(), JournalSink.NONE);
        BankStatement full = BankStatementReader.read(SampleFirmFixtureTest.resource(SampleFirm.STATEMENT_RESOURCE));
        List<StatementItem> withoutCheck1045 = full.outstandingChecks().stream()
                .filter(i -> !i.reference().equals("1045")).toList();
        BankStatement missingCheck = new BankStatement(full.account(), full.periodStart(), full.statementDate(),
                full.endingBalance(), full.depositsInTransit(), withoutCheck1045, full.bankCharges(),
                full.interestCredits());

        JsonNode json = READER.readTree(TrustJsonModule.toJson(ThreeWayReconciliation.reconcile(journal,
                missingCheck)));

        assertThat(json.get("result").asText()).isEqualTo("OUT_OF_BALANCE");
        assertThat(json.at("/differences/bankMinusJournal").asText()).isEqualTo("640.00");
        assertThat(json.at("/causes/0/kind").asText()).isEqualTo("OUTSTANDING_CHECK_NOT_LISTED");
        assertThat(json.at("/causes/0/entries/0").asLong()).isEqualTo(18);
        assertThat(json.at("/causes/0/explanation").asText()).contains("1045").doesNotContain("Lakeshore");
    }

    @Test
    void plugsIntoAnyObjectMapper() throws Exception {
        ReconciliationReport negative = ThreeWayReconciliation.compare(
                BankStatement.of(SampleFirm.ACCOUNT.id(), SampleFirm.march(1), SampleFirm.march(31),
                        SampleFirm.usd("100.00"), List.of(), List.of()),
                SampleFirm.usd("100.00"), List.of(new LedgerBalance(SampleFirm.HALE, SampleFirm.usd("150.00")),
                        new LedgerBalance(SampleFirm.PARK, SampleFirm.usd("-50.00")),
                        new LedgerBalance(LedgerId.firmFunds(), SampleFirm.usd("0.00"))),
                ReconciliationFrequency.MONTHLY);
        ObjectMapper mapper = JsonMapper.builder().addModule(new TrustJsonModule()).build();

        JsonNode json = READER.readTree(mapper.writeValueAsString(negative));

        assertThat(json.get("result").asText()).isEqualTo("FAILED");
        assertThat(json.at("/ledgers/items/1/negative").asBoolean()).isTrue();
        assertThat(json.at("/causes/0/kind").asText()).isEqualTo("NEGATIVE_LEDGER");
        assertThat(json.at("/journal/headHash").isMissingNode()).isTrue();
        assertThat(json.get("nextAsOf").asText()).isEqualTo("2025-04-30");
    }
}

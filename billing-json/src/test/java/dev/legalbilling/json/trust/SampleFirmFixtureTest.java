package dev.legalbilling.json.trust;

import static org.assertj.core.api.Assertions.assertThat;

import dev.legalbilling.trust.BankStatement;
import dev.legalbilling.trust.LedgerBalance;
import dev.legalbilling.trust.LedgerId;
import dev.legalbilling.trust.ReconciliationReport;
import dev.legalbilling.trust.ThreeWayReconciliation;
import dev.legalbilling.trust.TransactionType;
import dev.legalbilling.trust.TrustEntry;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The committed sample firm fixtures: reproducible, verifiable, and reconciling to the cent. */
class SampleFirmFixtureTest {
    static Path resource(String name) {
        try {
            return Paths.get(SampleFirmFixtureTest.class.getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static ReconciliationReport sampleReport() {
        JournalFileContents journal = TrustJournalFile.read(resource(SampleFirm.JOURNAL_RESOURCE));
        BankStatement statement = BankStatementReader.read(resource(SampleFirm.STATEMENT_RESOURCE));
        return ThreeWayReconciliation.reconcile(journal.account(), SampleFirm.PROFILE, journal.entries(), statement);
    }

    @Test
    void committedJournalIsExactlyWhatTheSampleFirmWrites(@TempDir Path dir) throws IOException {
        Path fresh = dir.resolve("journal.jsonl");

        SampleFirm.write(fresh);

        assertThat(Files.readAllBytes(fresh)).isEqualTo(Files.readAllBytes(resource(SampleFirm.JOURNAL_RESOURCE)));
    }

    @Test
    void sampleJournalVerifiesAndHoldsAMonthForFourClients() {
        JournalFileContents journal = TrustJournalFile.read(resource(SampleFirm.JOURNAL_RESOURCE));

        assertThat(journal.account()).isEqualTo(SampleFirm.ACCOUNT);
        assertThat(journal.tornTailIfAny()).isEmpty();
        assertThat(journal.entries()).hasSize(22);
        assertThat(journal.entries()).extracting(TrustEntry::type).contains(TransactionType.DEPOSIT,
                TransactionType.DISBURSEMENT, TransactionType.EARNED_FEE_TRANSFER, TransactionType.REFUND,
                TransactionType.BANK_CHARGE, TransactionType.FIRM_FUNDS_DEPOSIT, TransactionType.IDENTIFICATION,
                TransactionType.REVERSAL);
    }

    @Test
    void sampleFirmReconcilesToTheCent() {
        ReconciliationReport report = sampleReport();

        assertThat(report.adjustedBankBalance()).isEqualTo(SampleFirm.usd("14135.00"));
        assertThat(report.journalBalance()).isEqualTo(SampleFirm.usd("14135.00"));
        assertThat(report.ledgers()).containsExactly(
                new LedgerBalance(SampleFirm.HALE, SampleFirm.usd("800.00")),
                new LedgerBalance(SampleFirm.NORTHWIND, SampleFirm.usd("8160.00")),
                new LedgerBalance(SampleFirm.ORTIZ, SampleFirm.usd("4900.00")),
                new LedgerBalance(SampleFirm.PARK, SampleFirm.usd("0.00")),
                new LedgerBalance(LedgerId.firmFunds(), SampleFirm.usd("275.00")),
                new LedgerBalance(LedgerId.unidentified(), SampleFirm.usd("0.00")));
        assertThat(report.passed()).isTrue();
        assertThat(report.causes()).isEmpty();
        assertThat(report.nextAsOf()).isEqualTo(SampleFirm.march(31).plusMonths(3));
    }

    @Test
    void sampleReportRendersAsText() throws IOException {
        String text = sampleReport().toText();

        assertThat(text).contains("Account IOLTA-0001 as of 2025-03-31", "Result: BALANCED",
                "43,275.00", "14,135.00", "1044", "client C-1003/M-1003-01", "Next reconciliation due as of "
                        + "2025-06-30 (quarterly)").doesNotContain("Hale", "Mercy", "Ortiz estate");
        Path out = Paths.get("target", "sample-firm-reconciliation.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, text);
    }
}

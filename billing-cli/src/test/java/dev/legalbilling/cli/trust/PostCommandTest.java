package dev.legalbilling.cli.trust;

import static org.assertj.core.api.Assertions.assertThat;

import dev.legalbilling.cli.Cli;
import dev.legalbilling.cli.Cli.Result;
import dev.legalbilling.json.trust.JournalFileContents;
import dev.legalbilling.json.trust.TrustJournalFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PostCommandTest {
    @TempDir
    Path dir;

    private Path journal;

    @BeforeEach
    void openJournal() {
        journal = open("iolta.jsonl", "IOLTA");
        posted("--type", "deposit", "--date", "2026-04-02", "--ledger", "ACME/ACME-001", "--amount", "10000",
                "--purpose", "advance-fee");
    }

    private Path open(String name, String kind) {
        Path file = dir.resolve(name);
        Result r = Cli.run("trust", "open", "--journal", file.toString(), "--account", "T-1", "--kind", kind,
                "--bank", "First Example Bank", "--currency", "USD", "--jurisdiction", "US-NY");
        assertThat(r.code()).as(r.err()).isZero();
        return file;
    }

    private Result post(String... args) {
        List<String> all = new ArrayList<>(List.of("trust", "post", "--journal", journal.toString()));
        all.addAll(Arrays.asList(args));
        return Cli.run(all.toArray(String[]::new));
    }

    private Result posted(String... args) {
        Result r = post(args);
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).isEmpty();
        return r;
    }

    /** Refused by the journal: exit 1, one line naming what it names, the file unchanged. */
    private void refused(String[] args, String... named) throws IOException {
        byte[] before = Files.readAllBytes(journal);
        Result r = post(args);
        assertThat(r.code()).as(r.out() + r.err()).isEqualTo(1);
        assertThat(r.errLines()).singleElement().asString().startsWith("billing: " + journal + ": refused")
                .contains(named).endsWith("nothing was recorded");
        assertThat(r.out()).isEmpty();
        assertThat(Files.readAllBytes(journal)).isEqualTo(before);
    }

    private void usageError(String[] args, String... named) throws IOException {
        byte[] before = Files.readAllBytes(journal);
        Result r = post(args);
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.errLines()).first().asString().startsWith("billing: ").contains(named);
        assertThat(Files.readAllBytes(journal)).isEqualTo(before);
    }

    private static String[] args(String... args) {
        return args;
    }

    private int entries() {
        return TrustJournalFile.read(journal).entries().size();
    }

    @Test
    void reportsTheEntryTheBalanceAndTheHeadHash() {
        Result r = posted("--type", "deposit", "--date", "2026-04-03", "--ledger", "BRIGHT", "--ledger",
                "CAREY/C-1", "--amount", "100.00", "--amount", "2,500", "--purpose", "client-funds");

        assertThat(r.out()).contains("Recorded entry T-1#2: deposit on 2026-04-03, BRIGHT +100.00, CAREY/C-1 "
                + "+2,500.00; journal balance USD 12,600.00, head hash "
                + TrustJournalFile.read(journal).headHash().hex());
    }

    @Test
    void refusesADisbursementThatWouldTakeALedgerBelowZero() throws IOException {
        refused(args("--type", "disbursement", "--date", "2026-04-05", "--ledger", "ACME/ACME-001", "--amount",
                "10000.01", "--payee-kind", "third-party", "--payee", "Court"), "client ACME/ACME-001",
                "USD 10000.01", "USD 10000.00 available");
        posted("--type", "disbursement", "--date", "2026-04-05", "--ledger", "ACME/ACME-001", "--amount", "10000",
                "--payee-kind", "third-party", "--payee", "Court");
    }

    @Test
    void refusesABackDatedWithdrawalBeforeTheMoneyArrived() throws IOException {
        refused(args("--type", "refund", "--date", "2026-04-01", "--ledger", "ACME/ACME-001", "--amount", "1"),
                "client ACME/ACME-001", "2026-04-01");
    }

    @Test
    void refusesATransferAboveTheEarnedUndisputedFeesCountingEarlierTransfers() throws IOException {
        String[] transfer = args("--type", "earned-fee-transfer", "--date", "2026-04-20", "--ledger",
                "ACME/ACME-001", "--invoice", "2026-0401", "--earned-undisputed", "4000.00", "--amount", "");
        transfer[transfer.length - 1] = "4000.01";
        refused(transfer, "invoice 2026-0401", "USD 4000.01", "USD 4000.00");
        transfer[transfer.length - 1] = "3000";
        posted(transfer);
        transfer[transfer.length - 1] = "1000.01";
        refused(transfer, "invoice 2026-0401", "USD 1000.01", "USD 3000.00");
        transfer[transfer.length - 1] = "1000";
        posted(transfer);
    }

    @Test
    void aTransferNeedsTheEarnedFigureAndAnInvoiceOfTheLedgersClient() throws IOException {
        usageError(args("--type", "earned-fee-transfer", "--date", "2026-04-20", "--ledger", "ACME/ACME-001",
                "--invoice", "2026-0401", "--amount", "10"), "--earned-undisputed");
        usageError(args("--type", "earned-fee-transfer", "--date", "2026-04-20", "--ledger", "ACME",
                "--invoice", "2026-0401", "--earned-undisputed", "10", "--amount", "10"), "--invoice-matter");
    }

    @Test
    void refusesFirmFundsAboveTheCushionUnlessTheCushionIsRaised() throws IOException {
        refused(args("--type", "firm-funds-deposit", "--date", "2026-04-02", "--amount", "500.01"), "USD 500.00");
        posted("--type", "firm-funds-deposit", "--date", "2026-04-02", "--amount", "500.01", "--firm-funds-cushion",
                "1,000");
        posted("--type", "bank-charge", "--date", "2026-04-30", "--amount", "20");
        refused(args("--type", "bank-charge", "--date", "2026-04-30", "--amount", "480.02"), "firm funds");
    }

    @Test
    void refusesASplitDepositUnlessAllowed() throws IOException {
        String[] split = args("--type", "deposit", "--date", "2026-04-03", "--ledger", "BRIGHT", "--amount", "900",
                "--purpose", "client-funds", "--diverted-to-operating", "100");
        refused(split, "split");
        List<String> allowed = new ArrayList<>(Arrays.asList(split));
        allowed.add("--allow-split-deposits");
        posted(allowed.toArray(String[]::new));
    }

    @Test
    void refusesInterestOnAnIoltaAccountButCreditsItOnASeparateAccount() throws IOException {
        refused(args("--type", "interest", "--date", "2026-04-30", "--ledger", "ACME/ACME-001", "--amount", "3.10"),
                "IOLTA");
        journal = open("separate.jsonl", "SEPARATE_INTEREST_BEARING");
        posted("--type", "interest", "--date", "2026-04-30", "--ledger", "ACME/ACME-001", "--amount", "3.10");
    }

    @Test
    void identifiesUnidentifiedFundsOnlyUpToWhatIsOpen() throws IOException {
        posted("--type", "deposit", "--date", "2026-04-04", "--ledger", "unidentified", "--amount", "300",
                "--purpose", "client-funds");
        refused(args("--type", "identification", "--date", "2026-04-05", "--resolves", "2", "--ledger", "BRIGHT",
                "--amount", "300.01"), "T-1#2", "USD 300.00");
        posted("--type", "identification", "--date", "2026-04-05", "--resolves", "2", "--ledger", "BRIGHT",
                "--amount", "200");
        posted("--type", "disbursement", "--date", "2026-04-06", "--ledger", "unidentified", "--resolves", "2",
                "--amount", "100", "--payee-kind", "third-party", "--payee", "Sender");
        assertThat(entries()).isEqualTo(4);
    }

    @Test
    void transfersBetweenClientLedgersWithinTheSourcesBalance() throws IOException {
        refused(args("--type", "ledger-transfer", "--date", "2026-04-05", "--ledger", "ACME/ACME-001", "--ledger",
                "ACME/ACME-002", "--amount", "10000.01"), "client ACME/ACME-001", "USD 10000.01");
        Result r = posted("--type", "ledger-transfer", "--date", "2026-04-05", "--ledger", "ACME/ACME-001",
                "--ledger", "ACME/ACME-002", "--amount", "2,500");
        assertThat(r.out()).contains("ledger-transfer on 2026-04-05, ACME/ACME-001 -2,500.00, ACME/ACME-002 "
                + "+2,500.00; journal balance USD 10,000.00");
        usageError(args("--type", "ledger-transfer", "--date", "2026-04-05", "--ledger", "ACME/ACME-001",
                "--amount", "1"), "--ledger", "twice");
    }

    @Test
    void reversesAnEntryOnceOnly() throws IOException {
        posted("--type", "refund", "--date", "2026-04-06", "--ledger", "ACME/ACME-001", "--amount", "50");
        posted("--type", "reversal", "--date", "2026-04-07", "--reverses", "2");
        refused(args("--type", "reversal", "--date", "2026-04-07", "--reverses", "2"), "T-1#2", "already");
        usageError(args("--type", "reversal", "--date", "2026-04-07", "--reverses", "9"), "--reverses", "'9'",
                "holds 3");
        JournalFileContents contents = TrustJournalFile.read(journal);
        assertThat(contents.entries().get(2).transaction().reverses()).hasValueSatisfying(id ->
                assertThat(id.sequence()).isEqualTo(2));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1,5", "1.000,50", "12 500", "$100", "-5", "1e3", "0.001", "0", ""})
    void refusesAnAmountThatIsNotStrictlyAnAmountAboveZero(String amount) throws IOException {
        usageError(args("--type", "deposit", "--date", "2026-04-03", "--ledger", "BRIGHT", "--amount", amount,
                "--purpose", "client-funds"), "--amount");
    }

    @Test
    void namesTheOptionAKindNeedsOrDoesNotTake() throws IOException {
        usageError(args("--type", "deposit", "--date", "2026-04-03", "--ledger", "BRIGHT", "--amount", "5"),
                "--purpose");
        usageError(args("--type", "disbursement", "--date", "2026-04-03", "--ledger", "ACME/ACME-001", "--amount",
                "5", "--payee", "X"), "--payee-kind");
        usageError(args("--type", "refund", "--date", "2026-04-03", "--ledger", "ACME/ACME-001", "--amount", "5",
                "--invoice", "2026-0401"), "--invoice");
        usageError(args("--type", "withdrawal", "--date", "2026-04-03"), "--type", "earned-fee-transfer");
        usageError(args("--type", "deposit", "--date", "2026-04-03", "--ledger", "A", "--ledger", "B", "--amount",
                "5", "--purpose", "client-funds"), "--amount", "once per --ledger");
        usageError(args("--type", "reversal", "--date", "2026-04-03"), "--reverses");
    }

    @Test
    void writersQueueOnTheLockAndNeverInterleave() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> codes = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                String client = (i % 2 == 0 ? "EVEN-" : "ODD-") + i;
                codes.add(pool.submit(() -> post("--type", "deposit", "--date", "2026-04-03", "--ledger", client,
                        "--amount", "10", "--purpose", "client-funds").code()));
            }
            for (Future<Integer> code : codes) {
                assertThat(code.get()).isZero();
            }
        } finally {
            pool.shutdownNow();
        }
        JournalFileContents contents = TrustJournalFile.read(journal);
        assertThat(contents.entries()).hasSize(13);
        assertThat(contents.tornTail()).isNull();
    }

    @Test
    void aWriterThatCannotGetTheLockGivesUpAfterTheWait() {
        try (TrustJournalFile held = TrustJournalFile.open(journal,
                dev.legalbilling.trust.TrustAccountingProfile.configurableDefaults(
                        dev.legalbilling.party.Jurisdiction.of("US-NY"), java.util.Currency.getInstance("USD")),
                java.time.Clock.systemUTC())) {
            Result r = post("--type", "refund", "--date", "2026-04-06", "--ledger", "ACME/ACME-001", "--amount", "1",
                    "--wait", "0");
            assertThat(r.code()).isEqualTo(2);
            assertThat(r.errLines()).singleElement().asString().contains(journal.toString(), "locked by another writer",
                    "nothing was recorded");
        }
        assertThat(entries()).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"open", "post", "repair", "ledger"})
    void helpListsTheExitCodes(String command) {
        Result r = Cli.run("trust", command, "--help");

        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("Exit codes:", "  0 ", "  2 ");
    }
}

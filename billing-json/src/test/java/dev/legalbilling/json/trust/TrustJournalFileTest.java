package dev.legalbilling.json.trust;

import static dev.legalbilling.json.trust.SampleFirm.ACCOUNT;
import static dev.legalbilling.json.trust.SampleFirm.HALE;
import static dev.legalbilling.json.trust.SampleFirm.NORTHWIND;
import static dev.legalbilling.json.trust.SampleFirm.PROFILE;
import static dev.legalbilling.json.trust.SampleFirm.march;
import static dev.legalbilling.json.trust.SampleFirm.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.legalbilling.json.trust.JournalFileException.Problem;
import dev.legalbilling.trust.DepositPurpose;
import dev.legalbilling.trust.JournalHash;
import dev.legalbilling.trust.PayeeKind;
import dev.legalbilling.trust.TrustEntry;
import dev.legalbilling.trust.TrustEntryCanonicalForm;
import dev.legalbilling.trust.TrustEntryId;
import dev.legalbilling.trust.TrustJournal;
import dev.legalbilling.trust.TrustTransaction;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrustJournalFileTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-03-31T12:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private Path sampleCopy() throws IOException {
        Path copy = dir.resolve("journal.jsonl");
        Files.copy(SampleFirmFixtureTest.resource(SampleFirm.JOURNAL_RESOURCE), copy,
                StandardCopyOption.REPLACE_EXISTING);
        return copy;
    }

    private static List<String> lines(Path file) throws IOException {
        return new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
    }

    private static void writeLines(Path file, List<String> lines) throws IOException {
        Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    }

    private static JournalFileException readFailure(Path file) {
        return catchThrowableOfType(JournalFileException.class, () -> TrustJournalFile.read(file));
    }

    private static TrustTransaction deposit(String amount, int day) {
        return TrustTransaction.deposit(march(day), DepositPurpose.CLIENT_FUNDS).credit(HALE, usd(amount))
                .reference("DEP-" + day).memo("Escrow \"deposit\" | line\nbreak é").build();
    }

    @Test
    void writesEveryEntryAndReadsItBackExactly() {
        Path file = dir.resolve("new.jsonl");
        List<TrustEntry> written;
        try (TrustJournalFile journalFile = TrustJournalFile.create(file, ACCOUNT, PROFILE, CLOCK)) {
            TrustJournal journal = journalFile.journal();
            journal.post(deposit("1000.00", 3));
            journal.post(TrustTransaction.disbursement(march(4), PayeeKind.THIRD_PARTY, "Clerk")
                    .debit(HALE, usd("250.00")).reference("1001").build());
            written = journal.entries();
        }

        JournalFileContents read = TrustJournalFile.read(file);

        assertThat(read.account()).isEqualTo(ACCOUNT);
        assertThat(read.entries()).isEqualTo(written);
        assertThat(read.headHash()).isEqualTo(written.get(1).hash());
        assertThat(read.tornTailIfAny()).isEmpty();
    }

    @Test
    void reopensAndKeepsChaining() {
        Path file = dir.resolve("new.jsonl");
        try (TrustJournalFile f = TrustJournalFile.create(file, ACCOUNT, PROFILE, CLOCK)) {
            f.journal().post(deposit("1000.00", 3));
        }
        try (TrustJournalFile f = TrustJournalFile.open(file, PROFILE, CLOCK)) {
            TrustEntry second = f.journal().post(deposit("500.00", 4));
            assertThat(second.sequence()).isEqualTo(2);
        }

        assertThat(TrustJournalFile.read(file).entries()).hasSize(2);
        assertThat(TrustJournalFile.read(file).entries().get(1).bankAmount()).isEqualTo(usd("500.00"));
    }

    @Test
    void refusesToCreateOverAnExistingFile() throws IOException {
        Path file = sampleCopy();

        assertThatThrownBy(() -> TrustJournalFile.create(file, ACCOUNT, PROFILE, CLOCK))
                .isInstanceOf(JournalFileException.class)
                .satisfies(e -> assertThat(((JournalFileException) e).problem()).isEqualTo(Problem.ALREADY_EXISTS));
    }

    @Test
    void allowsOneWriterAtATime() throws IOException {
        Path file = sampleCopy();
        try (TrustJournalFile first = TrustJournalFile.open(file, PROFILE, CLOCK)) {
            JournalFileException e = catchThrowableOfType(JournalFileException.class,
                    () -> TrustJournalFile.open(file, PROFILE, CLOCK));
            assertThat(e.problem()).isEqualTo(Problem.LOCKED);
            assertThat(e.code()).isEqualTo("TRUST_JOURNAL_LOCKED");
            assertThat(first.journal().size()).isEqualTo(22);
        }
        try (TrustJournalFile again = TrustJournalFile.open(file, PROFILE, CLOCK)) {
            assertThat(again.journal().size()).isEqualTo(22);
        }
    }

    @Test
    void closedFileRecordsNothing() throws IOException {
        Path file = sampleCopy();
        TrustJournalFile f = TrustJournalFile.open(file, PROFILE, CLOCK);
        TrustJournal journal = f.journal();
        JournalHash head = journal.headHash();
        f.close();

        assertThatThrownBy(() -> journal.post(deposit("10.00", 31))).isInstanceOf(JournalFileException.class)
                .hasMessageContaining("closed");
        assertThat(journal.size()).isEqualTo(22);
        assertThat(journal.headHash()).isEqualTo(head);
        assertThat(Files.readAllBytes(file))
                .isEqualTo(Files.readAllBytes(SampleFirmFixtureTest.resource(SampleFirm.JOURNAL_RESOURCE)));
    }

    @Test
    void refusedTransactionsLeaveTheFileUntouched() throws IOException {
        Path file = sampleCopy();
        byte[] before = Files.readAllBytes(file);
        try (TrustJournalFile f = TrustJournalFile.open(file, PROFILE, CLOCK)) {
            assertThatThrownBy(() -> f.journal().post(TrustTransaction.refund(march(31))
                    .debit(HALE, usd("800.01")).build())).hasMessageContaining("C-1001");
        }
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void detectsAnEditedAmountAndNamesTheLine() throws IOException {
        Path file = sampleCopy();
        List<String> lines = lines(file);
        lines.set(6, lines.get(6).replace("\"60000.00\"", "\"66000.00\""));
        writeLines(file, lines);

        JournalFileException e = readFailure(file);

        assertThat(e.problem()).isEqualTo(Problem.HASH_MISMATCH);
        assertThat(e.line()).isEqualTo(7);
        assertThat(e.getMessage()).startsWith(file + ":7: ").contains("IOLTA-0001#6", "altered");
    }

    @Test
    void detectsAnEditWhoseHashWasRecomputedByTheBrokenChainOnTheNextLine() throws IOException {
        Path file = sampleCopy();
        List<TrustEntry> entries = TrustJournalFile.read(file).entries();
        TrustEntry original = entries.get(5);
        TrustEntry forged = TrustEntry.of(original.id(), original.recordedAt(), original.transaction().toBuilder()
                .memo("rewritten").build(), original.previousHash());
        List<String> lines = lines(file);
        lines.set(6, JournalLineCodec.entryLine(forged));
        writeLines(file, lines);

        JournalFileException e = readFailure(file);

        assertThat(e.problem()).isEqualTo(Problem.BROKEN_CHAIN);
        assertThat(e.line()).isEqualTo(8);
    }

    @Test
    void detectsADeletedLine() throws IOException {
        Path file = sampleCopy();
        List<String> lines = lines(file);
        lines.remove(10);
        writeLines(file, lines);

        JournalFileException e = readFailure(file);

        assertThat(e.line()).isEqualTo(11);
        assertThat(e.problem()).isEqualTo(Problem.SEQUENCE_GAP);
    }

    @Test
    void detectsReorderedLines() throws IOException {
        Path file = sampleCopy();
        List<String> lines = lines(file);
        String moved = lines.remove(12);
        lines.add(15, moved);
        writeLines(file, lines);

        JournalFileException e = readFailure(file);

        assertThat(e.line()).isEqualTo(13);
    }

    @Test
    void detectsReformattedJsonEvenWhenTheContentIsTheSame() throws IOException {
        Path file = sampleCopy();
        List<String> lines = lines(file);
        lines.set(3, lines.get(3).replace("\"type\":", "\"type\": "));
        writeLines(file, lines);

        JournalFileException e = readFailure(file);

        assertThat(e.problem()).isEqualTo(Problem.NOT_CANONICAL);
        assertThat(e.line()).isEqualTo(4);
    }

    @Test
    void detectsAnAlteredHeader() throws IOException {
        Path file = sampleCopy();
        List<String> lines = lines(file);
        lines.set(0, lines.get(0).replace("First Example Bank", "Other Bank"));
        writeLines(file, lines);

        JournalFileException e = readFailure(file);

        assertThat(e.problem()).isEqualTo(Problem.HASH_MISMATCH);
        assertThat(e.line()).isEqualTo(1);
    }

    @Test
    void refusesAFileThatIsNotAJournal() throws IOException {
        Path empty = Files.writeString(dir.resolve("empty.jsonl"), "");
        Path other = Files.writeString(dir.resolve("other.jsonl"), "{\"hello\":1}\n");

        assertThat(readFailure(empty).problem()).isEqualTo(Problem.MISSING_HEADER);
        assertThat(readFailure(other).problem()).isEqualTo(Problem.MISSING_HEADER);
    }

    @Test
    void reportsATornLastLineAndKeepsEveryEarlierEntry() throws IOException {
        Path file = sampleCopy();
        byte[] intact = Files.readAllBytes(file);
        String next = JournalLineCodec.entryLine(TrustEntry.of(
                TrustEntryId.of(ACCOUNT.id(), 23), CLOCK.instant(), deposit("10.00", 31),
                TrustJournalFile.read(file).headHash()));
        Files.write(file, next.substring(0, 57).getBytes(StandardCharsets.UTF_8),
                StandardOpenOption.APPEND);

        JournalFileContents contents = TrustJournalFile.read(file);

        assertThat(contents.entries()).hasSize(22);
        assertThat(contents.tornTailIfAny()).contains(new TornTail(24, intact.length, 57));
        JournalFileException refused = catchThrowableOfType(JournalFileException.class,
                () -> TrustJournalFile.open(file, PROFILE, CLOCK));
        assertThat(refused.problem()).isEqualTo(Problem.TORN_LAST_LINE);
        assertThat(refused.line()).isEqualTo(24);

        assertThat(TrustJournalFile.repairTornTail(file)).contains(new TornTail(24, intact.length, 57));
        assertThat(Files.readAllBytes(file)).isEqualTo(intact);
        try (TrustJournalFile f = TrustJournalFile.open(file, PROFILE, CLOCK)) {
            assertThat(f.journal().post(deposit("10.00", 31)).sequence()).isEqualTo(23);
        }
        assertThat(TrustJournalFile.repairTornTail(file)).isEmpty();
    }

    @Test
    void repairWithABackupKeepsTheFileAsItWasBeforeTheCut() throws IOException {
        Path file = sampleCopy();
        byte[] intact = Files.readAllBytes(file);
        Files.write(file, "{\"seq\":23,\"acc".getBytes(StandardCharsets.UTF_8), StandardOpenOption.APPEND);
        byte[] torn = Files.readAllBytes(file);
        Path backup = dir.resolve("journal.bak");

        assertThat(TrustJournalFile.repairTornTail(file, backup)).contains(new TornTail(24, intact.length, 14));

        assertThat(Files.readAllBytes(backup)).isEqualTo(torn);
        assertThat(Files.readAllBytes(file)).isEqualTo(intact);
        Path unused = dir.resolve("unused.bak");
        assertThat(TrustJournalFile.repairTornTail(file, unused)).isEmpty();
        assertThat(unused).doesNotExist();
    }

    @Test
    void repairWithABackupThatCannotBeWrittenCutsNothing() throws IOException {
        Path file = sampleCopy();
        Files.write(file, "{\"seq\":23".getBytes(StandardCharsets.UTF_8), StandardOpenOption.APPEND);
        byte[] torn = Files.readAllBytes(file);
        Path existing = Files.writeString(dir.resolve("existing.bak"), "keep me");

        JournalFileException e = catchThrowableOfType(JournalFileException.class,
                () -> TrustJournalFile.repairTornTail(file, existing));

        assertThat(e.problem()).isEqualTo(Problem.IO_ERROR);
        assertThat(e.getMessage()).contains("was not repaired", existing.toString());
        assertThat(Files.readAllBytes(file)).isEqualTo(torn);
        assertThat(Files.readString(existing)).isEqualTo("keep me");
    }

    @Test
    void aCompleteEntryMissingOnlyItsLineFeedIsStillTorn() throws IOException {
        Path file = sampleCopy();
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(bytes, bytes.length - 1));

        JournalFileContents contents = TrustJournalFile.read(file);

        assertThat(contents.entries()).hasSize(21);
        assertThat(contents.tornTail().line()).isEqualTo(23);
    }

    @Test
    void truncationAtTheEndIsVisibleOnlyThroughTheHeadHash() throws IOException {
        Path file = sampleCopy();
        JournalHash recordedHead = TrustJournalFile.read(file).headHash();
        List<String> lines = lines(file);
        lines.remove(lines.size() - 1);
        writeLines(file, lines);

        JournalFileContents shorter = TrustJournalFile.read(file);

        assertThat(shorter.entries()).hasSize(21);
        assertThat(shorter.headHash()).isNotEqualTo(recordedHead);
    }

    @Test
    void detectsAWellFormedHistoryThatBreaksAnInvariant() throws IOException {
        // a forger who rewrites the whole chain from line 2 on still cannot overdraw a client
        Path file = dir.resolve("forged.jsonl");
        TrustEntry first = TrustEntry.of(TrustEntryId.of(ACCOUNT.id(), 1), CLOCK.instant(),
                deposit("100.00", 3), TrustEntryCanonicalForm.genesis(ACCOUNT));
        TrustEntry second = TrustEntry.of(TrustEntryId.of(ACCOUNT.id(), 2), CLOCK.instant(),
                TrustTransaction.refund(march(4)).debit(NORTHWIND, usd("50.00")).build(), first.hash());
        writeLines(file, List.of(JournalLineCodec.headerLine(ACCOUNT, TrustEntryCanonicalForm.genesis(ACCOUNT)),
                JournalLineCodec.entryLine(first), JournalLineCodec.entryLine(second)));

        JournalFileException e = readFailure(file);

        assertThat(e.problem()).isEqualTo(Problem.INVALID_HISTORY);
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.getMessage()).contains("C-1002");
    }
}

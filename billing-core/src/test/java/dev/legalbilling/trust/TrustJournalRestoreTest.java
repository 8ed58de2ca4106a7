package dev.legalbilling.trust;

import static dev.legalbilling.trust.TrustFixtures.ACME_LEDGER;
import static dev.legalbilling.trust.TrustFixtures.BRAVO_LEDGER;
import static dev.legalbilling.trust.TrustFixtures.FIXED_CLOCK;
import static dev.legalbilling.trust.TrustFixtures.ILLINOIS_PROFILE;
import static dev.legalbilling.trust.TrustFixtures.IOLTA;
import static dev.legalbilling.trust.TrustFixtures.SEPARATE;
import static dev.legalbilling.trust.TrustFixtures.march;
import static dev.legalbilling.trust.TrustFixtures.newJournal;
import static dev.legalbilling.trust.TrustFixtures.payThirdParty;
import static dev.legalbilling.trust.TrustFixtures.retainer;
import static dev.legalbilling.trust.TrustFixtures.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrustJournalRestoreTest {
    private static List<TrustEntry> sampleEntries() {
        TrustJournal journal = newJournal();
        journal.post(retainer(ACME_LEDGER, "5000.00", 3));
        journal.post(retainer(BRAVO_LEDGER, "2000.00", 4));
        journal.post(payThirdParty(ACME_LEDGER, "1200.00", 10, "1041"));
        journal.post(payThirdParty(BRAVO_LEDGER, "500.00", 12, "1042"));
        return journal.entries();
    }

    private static JournalIntegrityException restoreFailure(List<TrustEntry> entries) {
        return catchThrowableOfType(JournalIntegrityException.class,
                () -> TrustJournal.restore(IOLTA, ILLINOIS_PROFILE, entries, FIXED_CLOCK,
                JournalSink.NONE));
    }

    @Test
    void restoresTheSameStateAndKeepsChaining() {
        List<TrustEntry> entries = sampleEntries();

        TrustJournal restored = TrustJournal.restore(IOLTA, ILLINOIS_PROFILE, entries, FIXED_CLOCK,
                JournalSink.NONE);

        assertThat(restored.entries()).isEqualTo(entries);
        assertThat(restored.headHash()).isEqualTo(entries.get(3).hash());
        assertThat(restored.ledger(ACME_LEDGER, march(31)).balance()).isEqualTo(usd("3800.00"));
        TrustEntry next = restored.post(payThirdParty(BRAVO_LEDGER, "100.00", 20, "1043"));
        assertThat(next.sequence()).isEqualTo(5);
        assertThat(next.previousHash()).isEqualTo(entries.get(3).hash());
    }

    @Test
    void detectsAnEditedEntryByTheBrokenChainAfterIt() {
        List<TrustEntry> entries = new ArrayList<>(sampleEntries());
        TrustEntry original = entries.get(1);
        TrustEntry edited = TrustEntry.of(original.id(), original.recordedAt(),
                retainer(BRAVO_LEDGER, "20000.00", 4), original.previousHash());
        entries.set(1, edited);

        JournalIntegrityException e = restoreFailure(entries);

        assertThat(e.problem()).isEqualTo(JournalIntegrityException.Problem.BROKEN_CHAIN);
        assertThat(e.sequence()).isEqualTo(3);
        assertThat(e.code()).isEqualTo("TRUST_JOURNAL_INTEGRITY");
        assertThat(e.getMessage()).contains("IOLTA-0001#3", "entry 2");
    }

    @Test
    void detectsADeletedEntry() {
        List<TrustEntry> entries = new ArrayList<>(sampleEntries());
        entries.remove(1);

        assertThat(restoreFailure(entries).problem()).isEqualTo(JournalIntegrityException.Problem.SEQUENCE_GAP);
    }

    @Test
    void detectsReorderedEntries() {
        List<TrustEntry> entries = new ArrayList<>(sampleEntries());
        entries.set(2, entries.get(3));
        entries.set(3, sampleEntries().get(2));

        JournalIntegrityException e = restoreFailure(entries);

        assertThat(e.sequence()).isEqualTo(3);
    }

    @Test
    void detectsEntriesOfAnotherAccount() {
        JournalIntegrityException e = catchThrowableOfType(JournalIntegrityException.class,
                () -> TrustJournal.restore(SEPARATE, ILLINOIS_PROFILE,
                sampleEntries(), FIXED_CLOCK, JournalSink.NONE));

        assertThat(e.problem()).isEqualTo(JournalIntegrityException.Problem.WRONG_ACCOUNT);
        assertThat(e.sequence()).isEqualTo(1);
    }

    @Test
    void detectsAWellChainedHistoryThatOverdrawsALedger() {
        // a forger who recomputes every hash still cannot smuggle in an overdraft
        TrustEntry deposit = TrustEntry.of(TrustEntryId.of(IOLTA.id(), 1), FIXED_CLOCK.instant(),
                retainer(ACME_LEDGER, "100.00", 3), TrustEntryCanonicalForm.genesis(IOLTA));
        TrustEntry overdraft = TrustEntry.of(TrustEntryId.of(IOLTA.id(), 2), FIXED_CLOCK.instant(),
                payThirdParty(ACME_LEDGER, "900.00", 4, "1041"), deposit.hash());

        JournalIntegrityException e = restoreFailure(List.of(deposit, overdraft));

        assertThat(e.problem()).isEqualTo(JournalIntegrityException.Problem.INVALID_HISTORY);
        assertThat(e.sequence()).isEqualTo(2);
        assertThat(e.getCause()).isInstanceOf(NegativeLedgerBalanceException.class);
    }

    @Test
    void detectsATransferBeyondTheEarnedAmountRecordedOnIt() {
        TrustEntry deposit = TrustEntry.of(TrustEntryId.of(IOLTA.id(), 1), FIXED_CLOCK.instant(),
                retainer(ACME_LEDGER, "5000.00", 3), TrustEntryCanonicalForm.genesis(IOLTA));
        TrustTransaction transfer = TrustTransaction.earnedFeeTransfer(march(5), TrustFixtures.ACME_INVOICE)
                .debit(ACME_LEDGER, usd("3000.00")).earnedUndisputedAtPosting(usd("1000.00")).build();
        TrustEntry forged = TrustEntry.of(TrustEntryId.of(IOLTA.id(), 2), FIXED_CLOCK.instant(), transfer,
                deposit.hash());

        JournalIntegrityException e = restoreFailure(List.of(deposit, forged));

        assertThat(e.getCause()).isInstanceOf(UnearnedFeeTransferException.class);
    }
}

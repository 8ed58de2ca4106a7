package dev.legalbilling.trust;

import static dev.legalbilling.trust.TrustFixtures.ACME;
import static dev.legalbilling.trust.TrustFixtures.ACME_INVOICE;
import static dev.legalbilling.trust.TrustFixtures.ACME_LEDGER;
import static dev.legalbilling.trust.TrustFixtures.ACME_MATTER;
import static dev.legalbilling.trust.TrustFixtures.BRAVO_LEDGER;
import static dev.legalbilling.trust.TrustFixtures.IOLTA;
import static dev.legalbilling.trust.TrustFixtures.march;
import static dev.legalbilling.trust.TrustFixtures.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.legalbilling.money.Money;
import dev.legalbilling.party.ClientId;
import dev.legalbilling.party.MatterId;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LedgerStatementTest {
    private static final LedgerId ACME_GENERAL = LedgerId.client(ACME);
    private TrustJournal journal;

    @BeforeEach
    void postAMonth() {
        journal = TrustFixtures.newJournal();
        journal.post(TrustFixtures.retainer(ACME_LEDGER, "20000.00", 3));
        journal.post(TrustFixtures.retainer(BRAVO_LEDGER, "5000.00", 4));
        journal.post(TrustTransaction.disbursement(march(10), PayeeKind.THIRD_PARTY, "Cook County Clerk")
                .debit(ACME_LEDGER, usd("405.00")).reference("CHK-1001").memo("Filing fee\nfor complaint").build());
        journal.post(TrustTransaction.earnedFeeTransfer(march(20), ACME_INVOICE).debit(ACME_LEDGER, usd("7500.00"))
                .build(), EarnedFees.of(new EarnedFee(ACME_INVOICE, ACME, ACME_MATTER, usd("7500.00"))));
        journal.post(TrustTransaction.deposit(march(21), DepositPurpose.CLIENT_FUNDS)
                .credit(ACME_GENERAL, usd("100.00")).build());
        journal.reverse(TrustEntryId.of(IOLTA.id(), 5), march(22), "wrong ledger");
        // dated after the statement date: not on a statement as of March 31
        journal.post(TrustFixtures.retainer(ACME_LEDGER, "1.00", 31).toBuilder().build());
    }

    @Test
    void listsEveryMovementWithRunningBalanceAndTotals() {
        LedgerStatement st = LedgerStatement.of(IOLTA, journal.entries(), ACME_LEDGER, march(30));

        assertThat(st.lines()).extracting(l -> l.entry().sequence()).containsExactly(1L, 3L, 4L);
        assertThat(st.lines()).extracting(LedgerStatementLine::balanceAfter)
                .containsExactly(usd("20000.00"), usd("19595.00"), usd("12095.00"));
        assertThat(st.totalCredits()).isEqualTo(usd("20000.00"));
        assertThat(st.totalDebits()).isEqualTo(usd("7905.00"));
        assertThat(st.balance()).isEqualTo(usd("12095.00"))
                .isEqualTo(journal.ledger(ACME_LEDGER, march(30)).balance());
        assertThat(st.lines().get(2).description()).isEqualTo("Earned-fee transfer, invoice INV-2025-031");
        assertThat(st.journalEntries()).isEqualTo(7);
        assertThat(st.journalHead()).isEqualTo(journal.headHash());
    }

    @Test
    void includesLaterMovementsOnlyFromTheirDate() {
        assertThat(LedgerStatement.of(IOLTA, journal.entries(), ACME_LEDGER, march(31)).balance())
                .isEqualTo(usd("12096.00"));
    }

    @Test
    void marksReversedEntriesAndShowsTheReversal() {
        LedgerStatement st = LedgerStatement.of(IOLTA, journal.entries(), ACME_GENERAL, march(31));

        assertThat(st.lines()).hasSize(2);
        assertThat(st.lines().get(0).reversedBy()).isEqualTo(TrustEntryId.of(IOLTA.id(), 6));
        assertThat(st.lines().get(1).description()).isEqualTo("Reversal of IOLTA-0001#5");
        assertThat(st.balance().isZero()).isTrue();
        assertThat(LedgerStatement.of(IOLTA, journal.entries(), ACME_GENERAL, march(21)).lines().get(0).reversedBy())
                .as("the reversal is dated after the statement").isNull();
    }

    @Test
    void forClientGivesEachLedgerOfTheClientOnly() {
        List<LedgerStatement> all = LedgerStatement.forClient(IOLTA, journal.entries(), ACME, march(31));

        assertThat(all).extracting(LedgerStatement::ledger).containsExactly(ACME_GENERAL, ACME_LEDGER);
        assertThat(LedgerStatement.forClient(IOLTA, journal.entries(), ClientId.of("C-9999"), march(31))).isEmpty();
        assertThat(LedgerStatement.all(IOLTA, journal.entries(), march(31))).extracting(LedgerStatement::ledger)
                .containsExactly(ACME_GENERAL, ACME_LEDGER, BRAVO_LEDGER);
    }

    @Test
    void aLedgerWithoutMovementHasAnEmptyStatement() {
        LedgerId other = LedgerId.client(ClientId.of("C-9999"), MatterId.of("M-1"));
        LedgerStatement st = LedgerStatement.of(IOLTA, journal.entries(), other, march(31));

        assertThat(st.lines()).isEmpty();
        assertThat(st.balance().isZero()).isTrue();
        assertThat(st.toText(false)).contains("No movement on this ledger by 2025-03-31.");
    }

    @Test
    void textShowsPayeeAndMemoOnlyWhenAsked() {
        LedgerStatement st = LedgerStatement.of(IOLTA, journal.entries(), ACME_LEDGER, march(30));

        String plain = st.toText(false);
        assertThat(plain).contains("ledger client C-1001/M-1001-01", "Disbursement to third party", "CHK-1001",
                "405.00", "19,595.00", "Balance as of 2025-03-30: USD 12,095.00")
                .doesNotContain("Cook County Clerk", "Filing fee", "Retainer per engagement letter");
        assertThat(st.toString()).doesNotContain("Cook County Clerk", "Filing fee");
        String full = st.toText(true);
        assertThat(full).contains("payee: Cook County Clerk", "memo: Filing fee for complaint");
    }

    @Test
    void aLedgerTransferMovesMoneyBetweenClientLedgersWithinTheirBalance() {
        TrustJournal j = TrustFixtures.newJournal();
        j.post(TrustFixtures.retainer(ACME_LEDGER, "1000.00", 3));
        Money before = j.balance();

        assertThatThrownBy(() -> j.post(TrustTransaction.ledgerTransfer(march(4), ACME_LEDGER, ACME_GENERAL,
                usd("1000.01")).build())).isInstanceOf(NegativeLedgerBalanceException.class)
                .hasMessageContaining("client C-1001/M-1001-01");
        assertThatThrownBy(() -> TrustTransaction.ledgerTransfer(march(4), ACME_LEDGER, LedgerId.firmFunds(),
                usd("1.00")).build()).isInstanceOf(dev.legalbilling.InvalidValueException.class)
                .hasMessageContaining("LEDGER_TRANSFER");
        TrustEntry moved = j.post(TrustTransaction.ledgerTransfer(march(4), ACME_LEDGER, ACME_GENERAL,
                usd("400.00")).build());

        assertThat(j.balance()).as("a transfer does not change the bank balance").isEqualTo(before);
        assertThat(j.ledger(ACME_LEDGER, march(4)).balance()).isEqualTo(usd("600.00"));
        assertThat(j.ledger(ACME_GENERAL, march(4)).balance()).isEqualTo(usd("400.00"));
        assertThat(LedgerStatement.of(IOLTA, j.entries(), ACME_GENERAL, march(4)).lines()).singleElement()
                .satisfies(l -> assertThat(l.description()).isEqualTo("Transfer from another ledger"));
        j.reverse(moved.id(), march(5), null);
        assertThat(j.ledger(ACME_GENERAL, march(5)).balance().isZero()).isTrue();
        assertThat(TrustJournal.restore(IOLTA, TrustFixtures.ILLINOIS_PROFILE, j.entries(), TrustFixtures.FIXED_CLOCK,
                JournalSink.NONE).balance()).isEqualTo(before);
    }
}

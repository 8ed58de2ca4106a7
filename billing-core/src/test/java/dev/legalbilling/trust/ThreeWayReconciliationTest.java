package dev.legalbilling.trust;

import static dev.legalbilling.trust.TrustFixtures.ACME_LEDGER;
import static dev.legalbilling.trust.TrustFixtures.BRAVO_LEDGER;
import static dev.legalbilling.trust.TrustFixtures.CARTER_LEDGER;
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
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.legalbilling.InvalidValueException;
import dev.legalbilling.party.ClientId;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The reference's worked example (52,000 + 3,000 − 5,500 = 49,500; ledgers 20,000 + 25,000 + 4,000 + 500), first as
 * bare figures, then rebuilt from a journal, then broken in one way per discrepancy kind.
 */
class ThreeWayReconciliationTest {
    private static final LedgerId CLIENT_A = LedgerId.client(ClientId.of("A"));
    private static final LedgerId CLIENT_B = LedgerId.client(ClientId.of("B"));
    private static final LedgerId CLIENT_C = LedgerId.client(ClientId.of("C"));
    private static final StatementItem DEPOSIT_IN_TRANSIT = new StatementItem(march(31), "DEP-0331", usd("3000.00"));
    private static final StatementItem CHECK_1047 = new StatementItem(march(28), "1047", usd("5500.00"));

    private static BankStatement statement(String ending, List<StatementItem> inTransit,
            List<StatementItem> outstanding) {
        return BankStatement.of(IOLTA.id(), march(1), march(31), usd(ending), inTransit, outstanding);
    }

    private static BankStatement referenceStatement() {
        return statement("52000.00", List.of(DEPOSIT_IN_TRANSIT), List.of(CHECK_1047));
    }

    /** A month that ends exactly at the reference's figures. */
    private static TrustJournal referenceJournal() {
        TrustJournal journal = newJournal();
        journal.post(TrustTransaction.firmFundsDeposit(march(1), usd("500.00")));
        journal.post(retainer(ACME_LEDGER, "25500.00", 3));
        journal.post(retainer(BRAVO_LEDGER, "25000.00", 4));
        journal.post(retainer(CARTER_LEDGER, "1000.00", 5));
        journal.post(payThirdParty(ACME_LEDGER, "5500.00", 28, "1047"));
        journal.post(TrustTransaction.deposit(march(31), DepositPurpose.ADVANCE_COSTS)
                .credit(CARTER_LEDGER, usd("3000.00")).reference("DEP-0331").build());
        return journal;
    }

    private static List<DiscrepancyKind> kinds(ReconciliationReport r) {
        return r.causes().stream().map(DiscrepancyCause::kind).toList();
    }

    @Test
    void workedExampleFromTheReferenceBalances() {
        ReconciliationReport r = ThreeWayReconciliation.compare(referenceStatement(), usd("49500.00"), List.of(
                new LedgerBalance(CLIENT_A, usd("20000.00")), new LedgerBalance(CLIENT_B, usd("25000.00")),
                new LedgerBalance(CLIENT_C, usd("4000.00")), new LedgerBalance(LedgerId.firmFunds(), usd("500.00"))),
                ReconciliationFrequency.QUARTERLY);

        assertThat(r.adjustedBankBalance()).isEqualTo(usd("49500.00"));
        assertThat(r.clientLedgerTotal()).isEqualTo(usd("49000.00"));
        assertThat(r.firmFundsBalance()).isEqualTo(usd("500.00"));
        assertThat(r.ledgerTotal()).isEqualTo(usd("49500.00"));
        assertThat(r.balanced()).isTrue();
        assertThat(r.passed()).isTrue();
        assertThat(r.causes()).isEmpty();
        assertThat(r.journalHeadIfKnown()).isEmpty();
        assertThat(r.nextAsOf()).isEqualTo(march(31).plusMonths(3));
    }

    @Test
    void workedExampleRebuiltFromAJournalBalances() {
        TrustJournal journal = referenceJournal();

        ReconciliationReport r = ThreeWayReconciliation.reconcile(journal, referenceStatement());

        assertThat(r.journalBalance()).isEqualTo(usd("49500.00"));
        assertThat(r.ledgers()).containsExactly(new LedgerBalance(ACME_LEDGER, usd("20000.00")),
                new LedgerBalance(BRAVO_LEDGER, usd("25000.00")), new LedgerBalance(CARTER_LEDGER, usd("4000.00")),
                new LedgerBalance(LedgerId.firmFunds(), usd("500.00")));
        assertThat(r.passed()).isTrue();
        assertThat(r.journalHead()).isEqualTo(journal.headHash());
        assertThat(r.toText()).contains("Result: BALANCED", "52,000.00", "49,500.00", "1047",
                "client C-1003/M-1003-01", "Likely causes\n   none");
    }

    @Test
    void ignoresEntriesDatedAfterTheStatement() {
        TrustJournal journal = referenceJournal();
        journal.post(retainer(BRAVO_LEDGER, "999.00", 31));
        journal.post(TrustTransaction.deposit(march(31).plusDays(1), DepositPurpose.CLIENT_FUNDS)
                .credit(BRAVO_LEDGER, usd("1.00")).build());

        ReconciliationReport r = ThreeWayReconciliation.reconcile(journal, statement("52000.00",
                List.of(DEPOSIT_IN_TRANSIT, new StatementItem(march(31), "DEP-31", usd("999.00"))),
                List.of(CHECK_1047)));

        assertThat(r.passed()).isTrue();
        assertThat(r.journalBalance()).isEqualTo(usd("50499.00"));
    }

    @Test
    void namesAnUnrecordedBankCharge() {
        BankStatement st = new BankStatement(IOLTA.id(), march(1), march(31), usd("51975.00"),
                List.of(DEPOSIT_IN_TRANSIT), List.of(CHECK_1047),
                List.of(new StatementItem(march(31), "SERVICE-FEE", usd("25.00"))), List.of());

        ReconciliationReport r = ThreeWayReconciliation.reconcile(referenceJournal(), st);

        assertThat(r.bankMinusJournal()).isEqualTo(usd("-25.00"));
        assertThat(r.causes()).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(DiscrepancyKind.UNRECORDED_BANK_CHARGE);
            assertThat(c.amount()).isEqualTo(usd("-25.00"));
            assertThat(c.explanation()).contains("SERVICE-FEE", "2025-03-31");
        });
    }

    @Test
    void matchesABankChargeTheJournalRecords() {
        TrustJournal journal = referenceJournal();
        journal.post(TrustTransaction.bankCharge(march(31), usd("25.00")));
        BankStatement st = new BankStatement(IOLTA.id(), march(1), march(31), usd("51975.00"),
                List.of(DEPOSIT_IN_TRANSIT), List.of(CHECK_1047),
                List.of(new StatementItem(march(31), "SERVICE-FEE", usd("25.00"))), List.of());

        assertThat(ThreeWayReconciliation.reconcile(journal, st).passed()).isTrue();
    }

    @Test
    void namesUnrecordedInterestOnASeparateAccount() {
        TrustJournal journal = TrustJournal.create(SEPARATE, ILLINOIS_PROFILE, FIXED_CLOCK, JournalSink.NONE);
        journal.post(retainer(ACME_LEDGER, "100000.00", 3));
        BankStatement st = new BankStatement(SEPARATE.id(), march(1), march(31), usd("100041.10"), List.of(),
                List.of(), List.of(), List.of(new StatementItem(march(31), "INTEREST", usd("41.10"))));

        ReconciliationReport r = ThreeWayReconciliation.reconcile(journal, st);

        assertThat(kinds(r)).containsExactly(DiscrepancyKind.UNRECORDED_INTEREST);
        assertThat(r.causes().get(0).amount()).isEqualTo(usd("41.10"));
    }

    @Test
    void suspectsTranspositionWhenTheDifferenceIsDivisibleByNine() {
        TrustJournal journal = referenceJournal();
        // the bank received 2,450.00; the bookkeeper typed 2,540.00
        TrustEntry typo = journal.post(TrustTransaction.deposit(march(17), DepositPurpose.CLIENT_FUNDS)
                .credit(BRAVO_LEDGER, usd("2540.00")).reference("DEP-0317").build());

        ReconciliationReport r = ThreeWayReconciliation.reconcile(journal,
                statement("54450.00", List.of(DEPOSIT_IN_TRANSIT), List.of(CHECK_1047)));

        assertThat(r.bankMinusJournal()).isEqualTo(usd("-90.00"));
        assertThat(r.causes()).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(DiscrepancyKind.TRANSPOSITION);
            assertThat(c.entries()).containsExactly(typo.id());
            assertThat(c.explanation()).contains("divisible by 9", "DEP-0317");
        });
    }

    @Test
    void suspectsADepositRecordedTwice() {
        TrustJournal journal = referenceJournal();
        TrustEntry first = journal.post(TrustTransaction.deposit(march(17), DepositPurpose.SETTLEMENT_PROCEEDS)
                .credit(BRAVO_LEDGER, usd("1500.00")).reference("DEP-0317").build());
        TrustEntry second = journal.post(TrustTransaction.deposit(march(17), DepositPurpose.SETTLEMENT_PROCEEDS)
                .credit(BRAVO_LEDGER, usd("1500.00")).reference("DEP-0317").build());

        ReconciliationReport r = ThreeWayReconciliation.reconcile(journal,
                statement("53500.00", List.of(DEPOSIT_IN_TRANSIT), List.of(CHECK_1047)));

        assertThat(r.bankMinusJournal()).isEqualTo(usd("-1500.00"));
        assertThat(r.causes()).filteredOn(c -> c.kind() == DiscrepancyKind.DEPOSIT_RECORDED_TWICE).singleElement()
                .satisfies(c -> assertThat(c.entries()).containsExactly(first.id(), second.id()));
    }

    @Test
    void forgetsTheDuplicateOnceItIsReversed() {
        TrustJournal journal = referenceJournal();
        journal.post(TrustTransaction.deposit(march(17), DepositPurpose.SETTLEMENT_PROCEEDS)
                .credit(BRAVO_LEDGER, usd("1500.00")).reference("DEP-0317").build());
        TrustEntry second = journal.post(TrustTransaction.deposit(march(17), DepositPurpose.SETTLEMENT_PROCEEDS)
                .credit(BRAVO_LEDGER, usd("1500.00")).reference("DEP-0317").build());
        journal.reverse(second.id(), march(31), "Recorded twice");

        assertThat(ThreeWayReconciliation.reconcile(journal,
                statement("53500.00", List.of(DEPOSIT_IN_TRANSIT), List.of(CHECK_1047))).passed()).isTrue();
    }

    @Test
    void suspectsAnOutstandingCheckMissingFromTheList() {
        TrustJournal journal = referenceJournal();
        TrustEntry check = journal.entries().get(4);

        ReconciliationReport r = ThreeWayReconciliation.reconcile(journal,
                statement("52000.00", List.of(DEPOSIT_IN_TRANSIT), List.of()));

        assertThat(r.bankMinusJournal()).isEqualTo(usd("5500.00"));
        assertThat(r.causes()).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(DiscrepancyKind.OUTSTANDING_CHECK_NOT_LISTED);
            assertThat(c.entries()).containsExactly(check.id());
            assertThat(c.explanation()).contains("ref 1047");
        });
    }

    @Test
    void suspectsADepositInTransitMissingFromTheList() {
        TrustJournal journal = referenceJournal();
        TrustEntry lateDeposit = journal.entries().get(5);

        ReconciliationReport r = ThreeWayReconciliation.reconcile(journal,
                statement("52000.00", List.of(), List.of(CHECK_1047)));

        assertThat(r.causes()).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(DiscrepancyKind.DEPOSIT_IN_TRANSIT_NOT_LISTED);
            assertThat(c.amount()).isEqualTo(usd("-3000.00"));
            assertThat(c.entries()).containsExactly(lateDeposit.id());
        });
    }

    @Test
    void reportsLedgersThatDoNotAddUpToTheJournal() {
        ReconciliationReport r = ThreeWayReconciliation.compare(referenceStatement(), usd("49500.00"), List.of(
                new LedgerBalance(CLIENT_A, usd("20000.00")), new LedgerBalance(CLIENT_B, usd("52000.00")),
                new LedgerBalance(CLIENT_C, usd("4000.00")), new LedgerBalance(LedgerId.firmFunds(), usd("500.00"))),
                ReconciliationFrequency.MONTHLY);

        assertThat(r.balanced()).isFalse();
        assertThat(r.journalMinusLedgers()).isEqualTo(usd("-27000.00"));
        assertThat(kinds(r)).containsExactly(DiscrepancyKind.LEDGERS_DO_NOT_MATCH_JOURNAL,
                DiscrepancyKind.TRANSPOSITION);
        assertThat(r.causes().get(1).explanation()).contains("client B");
        assertThat(r.toText()).contains("Result: OUT OF BALANCE");
    }

    @Test
    void failsOnANegativeClientLedgerEvenWhenTheTotalsAgree() {
        ReconciliationReport r = ThreeWayReconciliation.compare(referenceStatement(), usd("49500.00"), List.of(
                new LedgerBalance(CLIENT_A, usd("20500.00")), new LedgerBalance(CLIENT_B, usd("25000.00")),
                new LedgerBalance(CLIENT_C, usd("-500.00")), new LedgerBalance(LedgerId.client(ClientId.of("D")),
                        usd("4000.00")), new LedgerBalance(LedgerId.firmFunds(), usd("500.00"))),
                ReconciliationFrequency.QUARTERLY);

        assertThat(r.balanced()).isTrue();
        assertThat(r.passed()).isFalse();
        assertThat(r.negativeLedgers()).extracting(LedgerBalance::ledger).containsExactly(CLIENT_C);
        assertThat(kinds(r)).containsExactly(DiscrepancyKind.NEGATIVE_LEDGER);
        assertThat(r.toText()).contains("Result: FAILED", "** NEGATIVE **");
    }

    @Test
    void saysWhereToLookWhenNothingExplainsTheDifference() {
        ReconciliationReport r = ThreeWayReconciliation.reconcile(referenceJournal(),
                statement("51986.63", List.of(DEPOSIT_IN_TRANSIT), List.of(CHECK_1047)));

        assertThat(r.causes()).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(DiscrepancyKind.UNEXPLAINED);
            assertThat(c.amount()).isEqualTo(usd("-13.37"));
            assertThat(c.explanation()).contains("unrecorded bank charges");
        });
    }

    @Test
    void listsUnidentifiedFundsInTheReport() {
        TrustJournal journal = referenceJournal();
        TrustEntry unknown = journal.post(TrustTransaction.deposit(march(20), DepositPurpose.CLIENT_FUNDS)
                .credit(LedgerId.unidentified(), usd("250.00")).reference("DEP-0320").build());

        ReconciliationReport r = ThreeWayReconciliation.reconcile(journal,
                statement("52250.00", List.of(DEPOSIT_IN_TRANSIT), List.of(CHECK_1047)));

        assertThat(r.passed()).isTrue();
        assertThat(r.unidentifiedBalance()).isEqualTo(usd("250.00"));
        assertThat(r.unidentifiedFunds()).extracting(UnidentifiedFunds::deposit).containsExactly(unknown.id());
        assertThat(r.toText()).contains("unresolved after 11 days");
    }

    @Test
    void refusesAStatementForAnotherAccount() {
        BankStatement other = BankStatement.of(SEPARATE.id(), march(1), march(31), usd("0.00"), List.of(), List.of());

        assertThatThrownBy(() -> ThreeWayReconciliation.reconcile(referenceJournal(), other))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("IOLTA-0001");
    }

    @Test
    void recognisesAdjacentDigitSwaps() {
        assertThat(DiscrepancyFinder.transposes(usd("2540.00"), usd("90.00"))).isTrue();
        assertThat(DiscrepancyFinder.transposes(usd("5500.00"), usd("90.00"))).isFalse();
        assertThat(DiscrepancyFinder.transposes(usd("1.20"), usd("0.18"))).isTrue();
        assertThat(DiscrepancyFinder.transposes(usd("1.20"), usd("0.09"))).isFalse();
    }
}

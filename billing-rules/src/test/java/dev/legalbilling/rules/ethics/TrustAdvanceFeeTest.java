package dev.legalbilling.rules.ethics;

import static dev.legalbilling.rules.ethics.EthicsFixtures.ACME;
import static dev.legalbilling.rules.ethics.EthicsFixtures.ACME_MATTER;
import static dev.legalbilling.rules.ethics.EthicsFixtures.BETA;
import static dev.legalbilling.rules.ethics.EthicsFixtures.BETA_MATTER;
import static dev.legalbilling.rules.ethics.EthicsFixtures.check;
import static dev.legalbilling.rules.ethics.EthicsFixtures.simpleInvoice;
import static dev.legalbilling.rules.ethics.EthicsFixtures.usd;
import static dev.legalbilling.rules.ethics.RuleCoverage.assertFires;
import static dev.legalbilling.rules.ethics.RuleCoverage.assertQuiet;
import static dev.legalbilling.rules.ethics.TrustRecords.ACME_LEDGER;
import static org.assertj.core.api.Assertions.assertThat;

import dev.legalbilling.rules.AdvanceFeeReceipt;
import dev.legalbilling.rules.ComplianceReport;
import dev.legalbilling.rules.EthicsContext;
import dev.legalbilling.rules.Finding;
import dev.legalbilling.trust.DepositPurpose;
import dev.legalbilling.trust.TrustEntry;
import dev.legalbilling.trust.TrustJournal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * trust-advance-fee.drl: ETH-TRUST-ADVANCE-FEE-NOT-DEPOSITED. A 5,000.00 retainer received on 2026-03-02 is
 * deposited on 2026-03-03; a 2,000.00 flat fee received on 2026-03-10 is not.
 */
@EthicsRuleTest
class TrustAdvanceFeeTest {
    private static final String RULE = "ETH-TRUST-ADVANCE-FEE-NOT-DEPOSITED";
    private static final AdvanceFeeReceipt RETAINER = new AdvanceFeeReceipt("R-1", ACME, ACME_MATTER,
            LocalDate.of(2026, 3, 2), usd("5000.00"), false);
    private static final AdvanceFeeReceipt FLAT_FEE = new AdvanceFeeReceipt("R-2", ACME, ACME_MATTER,
            LocalDate.of(2026, 3, 10), usd("2000.00"), true);

    private static TrustJournal retainerDeposited() {
        TrustJournal journal = TrustRecords.journal();
        journal.post(TrustRecords.deposit(ACME_LEDGER, DepositPurpose.ADVANCE_FEE, "5000.00", LocalDate.of(2026, 3, 3),
                "DEP-1"));
        return journal;
    }

    private static ComplianceReport checkAsOf(TrustJournal journal, LocalDate asOf, AdvanceFeeReceipt... receipts) {
        return check(simpleInvoice("INV-F1"), null, EthicsContext.builder().asOf(asOf).trustJournal(journal)
                .advanceFees(List.of(receipts)).build());
    }

    @Test
    @Fires(RULE)
    void flagsAFlatFeeNotDepositedFourDaysLater() {
        ComplianceReport report = checkAsOf(retainerDeposited(), LocalDate.of(2026, 3, 14), RETAINER, FLAT_FEE);
        assertThat(assertFires(report, RULE)).singleElement().satisfies(f -> {
            assertThat(f.message()).isEqualTo("The flat fee R-2 of USD 2000.00 received on 2026-03-10 for matter M-100"
                    + " has no matching trust deposit 4 days later (by 2026-03-14); the limit is 3 days.");
            assertThat(f.amountAtStake()).isEqualTo(usd("2000.00"));
        });
    }

    @Test
    @DoesNotFire(RULE)
    void allowsThreeDays() {
        assertQuiet(checkAsOf(retainerDeposited(), LocalDate.of(2026, 3, 13), RETAINER, FLAT_FEE), RULE);
    }

    @Test
    @Fires(RULE)
    void aReversedDepositDoesNotCount() {
        TrustJournal journal = retainerDeposited();
        TrustEntry deposit = journal.entries().get(0);
        journal.reverse(deposit.id(), LocalDate.of(2026, 3, 4), "Deposited in error");
        Finding f = assertFires(checkAsOf(journal, LocalDate.of(2026, 3, 14), RETAINER), RULE).get(0);
        assertThat(f.message()).startsWith("The advance fee R-1 of USD 5000.00 received on 2026-03-02");
    }

    @Test
    @Fires(RULE)
    void aDepositOfLessThanTheReceiptOrBeforeItDoesNotCount() {
        TrustJournal journal = TrustRecords.journal();
        journal.post(TrustRecords.deposit(ACME_LEDGER, DepositPurpose.ADVANCE_FEE, "1999.99",
                LocalDate.of(2026, 3, 10), "DEP-2"));
        journal.post(TrustRecords.deposit(ACME_LEDGER, DepositPurpose.ADVANCE_FEE, "2000.00", LocalDate.of(2026, 3, 9),
                "DEP-3"));
        journal.post(TrustRecords.deposit(ACME_LEDGER, DepositPurpose.CLIENT_FUNDS, "2000.00",
                LocalDate.of(2026, 3, 10), "DEP-4"));
        assertFires(checkAsOf(journal, LocalDate.of(2026, 3, 14), FLAT_FEE), RULE);
    }

    @Test
    @DoesNotFire(RULE)
    void matchesEachReceiptWithItsOwnDeposit() {
        TrustJournal journal = retainerDeposited();
        journal.post(TrustRecords.deposit(ACME_LEDGER, DepositPurpose.ADVANCE_FEE, "2000.00",
                LocalDate.of(2026, 3, 11), "DEP-5"));
        assertQuiet(checkAsOf(journal, LocalDate.of(2026, 4, 30), RETAINER, FLAT_FEE), RULE);
    }

    @Test
    @DoesNotFire(RULE)
    void leavesOtherClientsReceiptsOutOfThisClientsReport() {
        AdvanceFeeReceipt beta = new AdvanceFeeReceipt("R-9", BETA, BETA_MATTER, LocalDate.of(2026, 3, 2),
                usd("700.00"), false);
        assertQuiet(checkAsOf(retainerDeposited(), LocalDate.of(2026, 4, 30), beta), RULE);
    }
}

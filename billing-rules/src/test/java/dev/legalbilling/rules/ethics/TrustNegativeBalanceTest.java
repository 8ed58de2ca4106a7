package dev.legalbilling.rules.ethics;

import static dev.legalbilling.rules.ethics.EthicsFixtures.check;
import static dev.legalbilling.rules.ethics.EthicsFixtures.simpleInvoice;
import static dev.legalbilling.rules.ethics.EthicsFixtures.usd;
import static dev.legalbilling.rules.ethics.RuleCoverage.assertFires;
import static dev.legalbilling.rules.ethics.RuleCoverage.assertQuiet;
import static dev.legalbilling.rules.ethics.TrustRecords.ACME_LEDGER;
import static dev.legalbilling.rules.ethics.TrustRecords.BETA_LEDGER;
import static dev.legalbilling.rules.ethics.TrustRecords.IOLTA;
import static dev.legalbilling.rules.ethics.TrustRecords.PROFILE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.legalbilling.rules.ComplianceReport;
import dev.legalbilling.rules.EthicsContext;
import dev.legalbilling.rules.Finding;
import dev.legalbilling.rules.Severity;
import dev.legalbilling.trust.BankStatement;
import dev.legalbilling.trust.DepositPurpose;
import dev.legalbilling.trust.LedgerBalance;
import dev.legalbilling.trust.ReconciliationReport;
import dev.legalbilling.trust.ReconciliationFrequency;
import dev.legalbilling.trust.ThreeWayReconciliation;
import dev.legalbilling.trust.TrustJournal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * trust-negative-balance.drl: ETH-TRUST-NEGATIVE-BALANCE. The trust journal refuses any posting that would take a
 * ledger below zero, so negative ledgers reach the rule from independently kept ledger cards (a reconciliation made
 * with {@link ThreeWayReconciliation#compare}).
 */
@EthicsRuleTest
class TrustNegativeBalanceTest {
    private static final String RULE = "ETH-TRUST-NEGATIVE-BALANCE";
    private static final LocalDate MARCH_31 = LocalDate.of(2026, 3, 31);

    private static ComplianceReport checkLedgerCards(String acme, String beta) {
        String total = usd(acme).plus(usd(beta)).amount().toPlainString();
        BankStatement statement = BankStatement.of(IOLTA.id(), LocalDate.of(2026, 3, 1), MARCH_31, usd(total),
                List.of(), List.of());
        ReconciliationReport cards = ThreeWayReconciliation.compare(statement, usd(total), List.of(
                new LedgerBalance(ACME_LEDGER, usd(acme)), new LedgerBalance(BETA_LEDGER, usd(beta))),
                ReconciliationFrequency.QUARTERLY);
        return check(simpleInvoice("INV-N1"), null, EthicsContext.builder().asOf(MARCH_31)
                .trustReconciliation(cards).trustProfile(PROFILE).build());
    }

    @Test
    @Fires(RULE)
    void flagsTheClientsLedgerBelowZero() {
        Finding f = assertFires(checkLedgerCards("-200.00", "5000.00"), RULE).get(0);
        assertThat(f.message()).isEqualTo("Trust ledger client ACME/M-100 of account IOLTA-1 went down to USD -200.00"
                + " by 2026-03-31 (balance then -200.00, per the reconciliation); a client ledger must never be below"
                + " zero.");
        assertThat(f.severity()).isEqualTo(Severity.ERROR);
        assertThat(f.amountAtStake()).isEqualTo(usd("200.00"));
    }

    @Test
    @DoesNotFire(RULE)
    void acceptsALedgerAtZero() {
        assertQuiet(checkLedgerCards("0.00", "5000.00"), RULE);
    }

    @Test
    @DoesNotFire(RULE)
    void keepsAnotherClientsLedgerOutOfThisClientsReport() {
        assertQuiet(checkLedgerCards("300.00", "-200.00"), RULE);
    }

    @Test
    @DoesNotFire(RULE)
    void aJournalKeepsEveryLedgerAtOrAboveZero() {
        TrustJournal journal = TrustRecords.journal();
        journal.post(TrustRecords.deposit(ACME_LEDGER, DepositPurpose.CLIENT_FUNDS, "100.00", LocalDate.of(2026, 3, 2),
                "DEP-1"));
        assertQuiet(check(simpleInvoice("INV-N2"), null, EthicsContext.builder().asOf(MARCH_31).trustJournal(journal)
                .build()), RULE);
    }
}

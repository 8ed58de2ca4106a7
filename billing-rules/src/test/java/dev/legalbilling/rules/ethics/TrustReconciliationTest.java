package dev.legalbilling.rules.ethics;

import static dev.legalbilling.rules.ethics.EthicsFixtures.check;
import static dev.legalbilling.rules.ethics.EthicsFixtures.simpleInvoice;
import static dev.legalbilling.rules.ethics.EthicsFixtures.usd;
import static dev.legalbilling.rules.ethics.RuleCoverage.assertFires;
import static dev.legalbilling.rules.ethics.RuleCoverage.assertQuiet;
import static dev.legalbilling.rules.ethics.TrustRecords.ACME_LEDGER;
import static dev.legalbilling.rules.ethics.TrustRecords.IOLTA;
import static dev.legalbilling.rules.ethics.TrustRecords.PROFILE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.legalbilling.rules.ComplianceReport;
import dev.legalbilling.rules.EthicsContext;
import dev.legalbilling.rules.Finding;
import dev.legalbilling.trust.BankStatement;
import dev.legalbilling.trust.DepositPurpose;
import dev.legalbilling.trust.ReconciliationFrequency;
import dev.legalbilling.trust.ReconciliationReport;
import dev.legalbilling.trust.ThreeWayReconciliation;
import dev.legalbilling.trust.TrustJournal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * trust-reconciliation.drl: ETH-TRUST-RECONCILIATION. Monthly reconciliations; the latest is as of 2026-01-31, so the
 * next is due for 2026-02-28 and, with 30 days' grace, on record by 2026-03-30.
 */
@EthicsRuleTest
class TrustReconciliationTest {
    private static final String RULE = "ETH-TRUST-RECONCILIATION";
    private static final LocalDate JANUARY_31 = LocalDate.of(2026, 1, 31);

    private static TrustJournal journal() {
        TrustJournal journal = TrustRecords.journal(PROFILE.withReconciliationFrequency(ReconciliationFrequency.MONTHLY));
        journal.post(TrustRecords.deposit(ACME_LEDGER, DepositPurpose.CLIENT_FUNDS, "5000.00", LocalDate.of(2026, 1, 10),
                "DEP-1"));
        return journal;
    }

    private static ComplianceReport checkAsOf(LocalDate asOf, String bankBalance) {
        TrustJournal journal = journal();
        ReconciliationReport january = ThreeWayReconciliation.reconcile(journal, BankStatement.of(IOLTA.id(),
                LocalDate.of(2026, 1, 1), JANUARY_31, usd(bankBalance), List.of(), List.of()));
        return check(simpleInvoice("INV-Q1"), null, EthicsContext.builder().asOf(asOf).trustJournal(journal)
                .trustReconciliation(january).build());
    }

    @Test
    @Fires(RULE)
    void flagsAnOverdueReconciliation() {
        Finding f = assertFires(checkAsOf(LocalDate.of(2026, 3, 31), "5000.00"), RULE).get(0);
        assertThat(f.message()).isEqualTo("Trust account IOLTA-1 was last reconciled as of 2026-01-31; the monthly"
                + " reconciliation as of 2026-02-28 is overdue on 2026-03-31: 31 days after the period end, more than"
                + " the 30 days allowed.");
    }

    @Test
    @DoesNotFire(RULE)
    void allowsThirtyDaysAfterThePeriodEnd() {
        assertQuiet(checkAsOf(LocalDate.of(2026, 3, 30), "5000.00"), RULE);
    }

    @Test
    @Fires(RULE)
    void flagsAReconciliationOutOfBalance() {
        Finding f = assertFires(checkAsOf(LocalDate.of(2026, 2, 15), "4900.00"), RULE).get(0);
        assertThat(f.message()).isEqualTo("The latest reconciliation of trust account IOLTA-1 (as of 2026-01-31)"
                + " fails: it is out of balance (bank minus journal -100.00, journal minus ledgers 0.00).");
    }

    @Test
    @DoesNotFire(RULE)
    void saysNothingWithoutAReconciliationOnRecord() {
        assertQuiet(check(simpleInvoice("INV-Q2"), null, EthicsContext.builder().asOf(LocalDate.of(2026, 12, 31))
                .trustJournal(journal()).build()), RULE);
    }
}

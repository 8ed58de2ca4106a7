package dev.legalbilling.rules.ethics;

import static dev.legalbilling.rules.ethics.EthicsFixtures.check;
import static dev.legalbilling.rules.ethics.EthicsFixtures.simpleInvoice;
import static dev.legalbilling.rules.ethics.EthicsFixtures.usd;
import static dev.legalbilling.rules.ethics.RuleCoverage.assertFires;
import static dev.legalbilling.rules.ethics.RuleCoverage.assertQuiet;
import static dev.legalbilling.rules.ethics.TrustRecords.BETA_LEDGER;
import static org.assertj.core.api.Assertions.assertThat;

import dev.legalbilling.rules.ComplianceReport;
import dev.legalbilling.rules.EthicsContext;
import dev.legalbilling.rules.Finding;
import dev.legalbilling.trust.DepositPurpose;
import dev.legalbilling.trust.LedgerId;
import dev.legalbilling.trust.TrustEntry;
import dev.legalbilling.trust.TrustJournal;
import dev.legalbilling.trust.TrustTransaction;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** trust-unidentified-funds.drl: ETH-TRUST-UNIDENTIFIED-FUNDS. 750.00 of unknown origin arrive on 2026-03-01. */
@EthicsRuleTest
class TrustUnidentifiedFundsTest {
    private static final String RULE = "ETH-TRUST-UNIDENTIFIED-FUNDS";

    private static TrustJournal unidentified750() {
        TrustJournal journal = TrustRecords.journal();
        journal.post(TrustRecords.deposit(LedgerId.unidentified(), DepositPurpose.CLIENT_FUNDS, "750.00",
                LocalDate.of(2026, 3, 1), "WIRE-77"));
        return journal;
    }

    private static ComplianceReport checkAsOf(TrustJournal journal, LocalDate asOf) {
        return check(simpleInvoice("INV-X1"), null, EthicsContext.builder().asOf(asOf).trustJournal(journal).build());
    }

    @Test
    @Fires(RULE)
    void flagsFundsUnidentifiedForThirtyOneDays() {
        Finding f = assertFires(checkAsOf(unidentified750(), LocalDate.of(2026, 4, 1)), RULE).get(0);
        assertThat(f.message()).isEqualTo("Deposit IOLTA-1#1 of USD 750.00 received on 2026-03-01 still has 750.00 of"
                + " unidentified funds 31 days later (on 2026-04-01); the limit is 30 days.");
        assertThat(f.amountAtStake()).isEqualTo(usd("750.00"));
    }

    @Test
    @DoesNotFire(RULE)
    void allowsThirtyDays() {
        assertQuiet(checkAsOf(unidentified750(), LocalDate.of(2026, 3, 31)), RULE);
    }

    @Test
    @DoesNotFire(RULE)
    void acceptsFundsIdentifiedInTime() {
        TrustJournal journal = unidentified750();
        TrustEntry deposit = journal.entries().get(0);
        journal.post(TrustTransaction.identification(LocalDate.of(2026, 3, 20), deposit.id(), BETA_LEDGER,
                usd("750.00")).build());
        assertQuiet(checkAsOf(journal, LocalDate.of(2026, 6, 30)), RULE);
    }
}

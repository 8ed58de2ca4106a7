package dev.legalbilling.rules.ethics;

import static dev.legalbilling.rules.ethics.EthicsFixtures.check;
import static dev.legalbilling.rules.ethics.EthicsFixtures.simpleInvoice;
import static dev.legalbilling.rules.ethics.EthicsFixtures.usd;
import static dev.legalbilling.rules.ethics.RuleCoverage.assertFires;
import static dev.legalbilling.rules.ethics.RuleCoverage.assertQuiet;
import static dev.legalbilling.rules.ethics.TrustRecords.ACME_LEDGER;
import static dev.legalbilling.rules.ethics.TrustRecords.PROFILE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.legalbilling.rules.ComplianceReport;
import dev.legalbilling.rules.EthicsContext;
import dev.legalbilling.rules.Finding;
import dev.legalbilling.trust.DepositPurpose;
import dev.legalbilling.trust.TrustAccountingProfile;
import dev.legalbilling.trust.TrustJournal;
import dev.legalbilling.trust.TrustTransaction;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * trust-commingling.drl: ETH-TRUST-COMMINGLING. The journal refuses firm money above the cushion when it is posted;
 * the rule catches it when the cushion is lowered later (or the journal was restored, which does not re-apply
 * profile policies).
 */
@EthicsRuleTest
class TrustComminglingTest {
    private static final String RULE = "ETH-TRUST-COMMINGLING";

    /** The firm keeps 400.00 of its own money in the account, within the 500.00 cushion of the time. */
    private static TrustJournal firmFunds400() {
        TrustJournal journal = TrustRecords.journal();
        journal.post(TrustRecords.deposit(ACME_LEDGER, DepositPurpose.CLIENT_FUNDS, "10000.00",
                LocalDate.of(2026, 3, 2), "DEP-1"));
        journal.post(TrustTransaction.firmFundsDeposit(LocalDate.of(2026, 3, 3), usd("400.00")));
        return journal;
    }

    private static ComplianceReport checkWithCushion(String cushion) {
        TrustAccountingProfile profile = PROFILE.withBankChargeCushionMax(usd(cushion));
        return check(simpleInvoice("INV-M1"), null, EthicsContext.builder().asOf(LocalDate.of(2026, 3, 31))
                .trustJournal(firmFunds400()).trustProfile(profile).build());
    }

    @Test
    @Fires(RULE)
    void flagsFirmMoneyAboveALoweredCushion() {
        Finding f = assertFires(checkWithCushion("300.00"), RULE).get(0);
        assertThat(f.message()).isEqualTo("Trust account IOLTA-1 holds USD 400.00 of the firm's own money on"
                + " 2026-03-31, more than the bank-charge cushion of 300.00 by 100.00.");
        assertThat(f.amountAtStake()).isEqualTo(usd("100.00"));
    }

    @Test
    @DoesNotFire(RULE)
    void acceptsFirmMoneyExactlyAtTheCushion() {
        assertQuiet(checkWithCushion("400.00"), RULE);
    }

    @Test
    @DoesNotFire(RULE)
    void usesTheJournalsOwnProfileByDefault() {
        assertQuiet(check(simpleInvoice("INV-M2"), null, EthicsContext.builder().trustJournal(firmFunds400()).build()),
                RULE);
    }
}

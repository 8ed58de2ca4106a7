package dev.legalbilling.rules.ethics;

import static dev.legalbilling.rules.ethics.EthicsFixtures.ACME;
import static dev.legalbilling.rules.ethics.EthicsFixtures.ACME_MATTER;
import static dev.legalbilling.rules.ethics.EthicsFixtures.check;
import static dev.legalbilling.rules.ethics.EthicsFixtures.simpleInvoice;
import static dev.legalbilling.rules.ethics.EthicsFixtures.usd;
import static dev.legalbilling.rules.ethics.RuleCoverage.assertFires;
import static dev.legalbilling.rules.ethics.RuleCoverage.assertQuiet;
import static dev.legalbilling.rules.ethics.TrustRecords.ACME_LEDGER;
import static org.assertj.core.api.Assertions.assertThat;

import dev.legalbilling.invoice.InvoiceNumber;
import dev.legalbilling.rules.ComplianceReport;
import dev.legalbilling.rules.EthicsContext;
import dev.legalbilling.rules.Finding;
import dev.legalbilling.trust.DepositPurpose;
import dev.legalbilling.trust.EarnedFee;
import dev.legalbilling.trust.EarnedFees;
import dev.legalbilling.trust.TrustJournal;
import dev.legalbilling.trust.TrustTransaction;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * trust-unearned-withdrawal.drl: ETH-TRUST-UNEARNED-WITHDRAWAL. The journal lets 3,000.00 go to operating while
 * 3,000.00 of INV-90 is earned; the client then disputes 1,000.00 of it.
 */
@EthicsRuleTest
class TrustUnearnedWithdrawalTest {
    private static final String RULE = "ETH-TRUST-UNEARNED-WITHDRAWAL";
    private static final InvoiceNumber INV_90 = InvoiceNumber.of("INV-90");

    private static EarnedFees earned(String amount) {
        return EarnedFees.of(new EarnedFee(INV_90, ACME, ACME_MATTER, usd(amount)));
    }

    private static TrustJournal transferred3000() {
        TrustJournal journal = TrustRecords.journal();
        journal.post(TrustRecords.deposit(ACME_LEDGER, DepositPurpose.ADVANCE_FEE, "5000.00", LocalDate.of(2026, 3, 2),
                "DEP-1"));
        journal.post(TrustTransaction.earnedFeeTransfer(LocalDate.of(2026, 3, 20), INV_90).debit(ACME_LEDGER,
                usd("3000.00")).build(), earned("3000.00"));
        return journal;
    }

    private static ComplianceReport checkEarned(EarnedFees earned) {
        return check(simpleInvoice("INV-U1"), null, EthicsContext.builder().trustJournal(transferred3000())
                .earnedFees(earned).build());
    }

    @Test
    @Fires(RULE)
    void flagsATransferAboveWhatIsStillEarnedAndUndisputed() {
        Finding f = assertFires(checkEarned(earned("2000.00")), RULE).get(0);
        assertThat(f.message()).isEqualTo("USD 3000.00 has been moved from trust ledger client ACME/M-100 to operating"
                + " for invoice INV-90, but only 2000.00 of it is earned and undisputed; 1000.00 must go back to"
                + " trust.");
        assertThat(f.amountAtStake()).isEqualTo(usd("1000.00"));
    }

    @Test
    @Fires(RULE)
    void flagsATransferForAnInvoiceWithNothingEarnedOnRecord() {
        EarnedFees other = EarnedFees.of(new EarnedFee(InvoiceNumber.of("INV-91"), ACME, ACME_MATTER, usd("10.00")));
        assertThat(assertFires(checkEarned(other), RULE).get(0).message()).contains("no earned, undisputed amount is"
                + " on record for that invoice; 3000.00 must go back to trust.");
    }

    @Test
    @DoesNotFire(RULE)
    void acceptsATransferOfExactlyTheEarnedAmount() {
        assertQuiet(checkEarned(earned("3000.00")), RULE);
    }

    @Test
    @DoesNotFire(RULE)
    void judgesNothingWithoutEarnedFees() {
        assertQuiet(checkEarned(EarnedFees.none()), RULE);
    }
}

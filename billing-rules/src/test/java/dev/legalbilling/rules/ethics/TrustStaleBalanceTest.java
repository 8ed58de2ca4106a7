package dev.legalbilling.rules.ethics;

import static dev.legalbilling.rules.ethics.EthicsFixtures.check;
import static dev.legalbilling.rules.ethics.EthicsFixtures.simpleInvoice;
import static dev.legalbilling.rules.ethics.EthicsFixtures.usd;
import static dev.legalbilling.rules.ethics.RuleCoverage.assertFires;
import static dev.legalbilling.rules.ethics.RuleCoverage.assertQuiet;
import static dev.legalbilling.rules.ethics.TrustRecords.ACME_LEDGER;
import static org.assertj.core.api.Assertions.assertThat;

import dev.legalbilling.rules.ComplianceReport;
import dev.legalbilling.rules.EthicsContext;
import dev.legalbilling.rules.Finding;
import dev.legalbilling.rules.GuidelineProfile;
import dev.legalbilling.rules.ParameterValue;
import dev.legalbilling.trust.DepositPurpose;
import dev.legalbilling.trust.TrustJournal;
import dev.legalbilling.trust.TrustTransaction;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** trust-stale-balance.drl: ETH-TRUST-STALE-BALANCE. The matter closed on 2026-01-01 with 1,000.00 still in trust. */
@EthicsRuleTest
class TrustStaleBalanceTest {
    private static final String RULE = "ETH-TRUST-STALE-BALANCE";
    private static final LocalDate CLOSED = LocalDate.of(2026, 1, 1);

    private static TrustJournal held1000() {
        TrustJournal journal = TrustRecords.journal();
        journal.post(TrustRecords.deposit(ACME_LEDGER, DepositPurpose.SETTLEMENT_PROCEEDS, "1000.00",
                LocalDate.of(2025, 12, 1), "DEP-1"));
        return journal;
    }

    private static EthicsContext asOf(TrustJournal journal, LocalDate day) {
        return EthicsContext.builder().asOf(day).trustJournal(journal).closedMatter(ACME_LEDGER, CLOSED).build();
    }

    @Test
    @Fires(RULE)
    void flagsMoneyHeldNinetyOneDaysAfterClosing() {
        ComplianceReport report = check(simpleInvoice("INV-H1"), null, asOf(held1000(), LocalDate.of(2026, 4, 2)));
        Finding f = assertFires(report, RULE).get(0);
        assertThat(f.message()).isEqualTo("Trust ledger client ACME/M-100 still holds USD 1000.00 on 2026-04-02, 91 days"
                + " after its matter closed on 2026-01-01; the limit is 90 days.");
        assertThat(f.amountAtStake()).isEqualTo(usd("1000.00"));
    }

    @Test
    @DoesNotFire(RULE)
    void allowsNinetyDays() {
        assertQuiet(check(simpleInvoice("INV-H2"), null, asOf(held1000(), LocalDate.of(2026, 4, 1))), RULE);
    }

    @Test
    @DoesNotFire(RULE)
    void acceptsAnEmptiedLedger() {
        TrustJournal journal = held1000();
        journal.post(TrustTransaction.refund(LocalDate.of(2026, 1, 5)).debit(ACME_LEDGER, usd("1000.00")).build());
        assertQuiet(check(simpleInvoice("INV-H3"), null, asOf(journal, LocalDate.of(2026, 6, 30))), RULE);
    }

    @Test
    @DoesNotFire(RULE)
    void readsTheLimitFromTheProfile() {
        GuidelineProfile california = GuidelineProfile.builder("ca-45").parameter(RULE, "maxDaysAfterClosing",
                ParameterValue.integer(120)).build();
        assertQuiet(check(simpleInvoice("INV-H4"), null, asOf(held1000(), LocalDate.of(2026, 4, 2)), california),
                RULE);
    }
}

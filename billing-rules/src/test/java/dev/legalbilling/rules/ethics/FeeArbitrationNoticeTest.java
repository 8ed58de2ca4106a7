package dev.legalbilling.rules.ethics;

import static dev.legalbilling.rules.ethics.EthicsFixtures.check;
import static dev.legalbilling.rules.ethics.EthicsFixtures.simpleInvoice;
import static dev.legalbilling.rules.ethics.EthicsFixtures.usd;
import static dev.legalbilling.rules.ethics.Receivables.INV_K1;
import static dev.legalbilling.rules.ethics.Receivables.ledger;
import static dev.legalbilling.rules.ethics.RuleCoverage.assertFires;
import static dev.legalbilling.rules.ethics.RuleCoverage.assertQuiet;
import static org.assertj.core.api.Assertions.assertThat;

import dev.legalbilling.party.MatterType;
import dev.legalbilling.receivables.ReceivablesLedger;
import dev.legalbilling.receivables.collection.CollectionAction;
import dev.legalbilling.receivables.collection.CollectionActionType;
import dev.legalbilling.receivables.collection.SourceOfFunds;
import dev.legalbilling.rules.ComplianceReport;
import dev.legalbilling.rules.EthicsContext;
import dev.legalbilling.rules.Finding;
import dev.legalbilling.rules.Severity;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * fee-arbitration-notice.drl: ETH-FEE-ARBITRATION-NOTICE, with the default table (New York Part 137: civil, 1,000 to
 * 50,000 in dispute, notice before pursuing a disputed fee and 30 days before suing; California §6201: notice by the
 * time of a suit).
 */
@EthicsRuleTest
class FeeArbitrationNoticeTest {
    private static final String RULE = "ETH-FEE-ARBITRATION-NOTICE";
    private static final LocalDate DEMAND_DAY = LocalDate.of(2026, 5, 10);
    private static final LocalDate SUIT_DAY = LocalDate.of(2026, 6, 30);

    private static ComplianceReport checkAction(ReceivablesLedger ledger, CollectionActionType type, LocalDate day) {
        CollectionAction action = CollectionAction.forInvoices(ledger, type, day, List.of(INV_K1.number()),
                SourceOfFunds.CLIENT_PAYMENT);
        return check(simpleInvoice("INV-K2"), null, EthicsContext.builder().collectionActions(List.of(action)).build());
    }

    @Test
    @Fires(RULE)
    void flagsANewYorkDemandOnADisputedFeeWithoutNotice() {
        Finding f = assertFires(checkAction(ledger("US-NY", MatterType.GENERAL, "5000.00", null),
                CollectionActionType.DEMAND_LETTER, DEMAND_DAY), RULE).get(0);
        assertThat(f.message()).isEqualTo("The demand letter of 2026-05-10 against the client on matter M-100 seeks a"
                + " fee with USD 5000.00 at stake, within NY-137 (USD 1000.00 to 50000.00, 22 NYCRR Part 137 (137.1(b)(2),"
                + " 137.6(a)(1), 137.6(b))), but notice of the client's right to fee arbitration was never served; it"
                + " was due by 2026-05-10.");
        assertThat(f.severity()).isEqualTo(Severity.ERROR);
        assertThat(f.amountAtStake()).isEqualTo(usd("5000.00"));
    }

    @Test
    @Fires(RULE)
    void theNewYorkMinimumIsInclusive() {
        assertFires(checkAction(ledger("US-NY", MatterType.GENERAL, "1000.00", null),
                CollectionActionType.DEMAND_LETTER, DEMAND_DAY), RULE);
    }

    @Test
    @DoesNotFire(RULE)
    void belowTheNewYorkMinimumNoNoticeIsNeeded() {
        assertQuiet(checkAction(ledger("US-NY", MatterType.GENERAL, "999.99", null),
                CollectionActionType.DEMAND_LETTER, DEMAND_DAY), RULE);
    }

    @Test
    @DoesNotFire(RULE)
    void acceptsNoticeServedBeforeTheDemand() {
        assertQuiet(checkAction(ledger("US-NY", MatterType.GENERAL, "5000.00", LocalDate.of(2026, 5, 1)),
                CollectionActionType.DEMAND_LETTER, DEMAND_DAY), RULE);
    }

    @Test
    @Fires(RULE)
    void aNewYorkSuitNeedsNoticeThirtyDaysAhead() {
        Finding f = assertFires(checkAction(ledger("US-NY", MatterType.GENERAL, null, SUIT_DAY.minusDays(29)),
                CollectionActionType.LAWSUIT, SUIT_DAY), RULE).get(0);
        assertThat(f.message()).endsWith("was served only on 2026-06-01; it was due by 2026-05-31.");
    }

    @Test
    @DoesNotFire(RULE)
    void aNewYorkSuitThirtyDaysAfterNoticeIsFine() {
        assertQuiet(checkAction(ledger("US-NY", MatterType.GENERAL, null, SUIT_DAY.minusDays(30)),
                CollectionActionType.LAWSUIT, SUIT_DAY), RULE);
    }

    @Test
    @Fires(RULE)
    void aCaliforniaSuitNeedsNoticeByTheTimeOfService() {
        assertThat(assertFires(checkAction(ledger("US-CA", MatterType.CRIMINAL_DEFENSE, null, null),
                CollectionActionType.LAWSUIT, SUIT_DAY), RULE).get(0).message()).contains("within CA-6201 (USD 0.01 or"
                        + " more, Cal. Bus. & Prof. Code §6201(a))");
    }

    @Test
    @DoesNotFire(RULE)
    void newYorkExcludesCriminalMatters() {
        assertQuiet(checkAction(ledger("US-NY", MatterType.CRIMINAL_DEFENSE, "5000.00", null),
                CollectionActionType.DEMAND_LETTER, DEMAND_DAY), RULE);
    }

    @Test
    @DoesNotFire(RULE)
    void otherJurisdictionsHaveNoNoticeDuty() {
        assertQuiet(checkAction(ledger("US-TX", MatterType.GENERAL, "5000.00", null), CollectionActionType.LAWSUIT,
                SUIT_DAY), RULE);
    }
}

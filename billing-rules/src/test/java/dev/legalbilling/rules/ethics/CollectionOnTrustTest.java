package dev.legalbilling.rules.ethics;

import static dev.legalbilling.rules.ethics.EthicsFixtures.ACME;
import static dev.legalbilling.rules.ethics.EthicsFixtures.check;
import static dev.legalbilling.rules.ethics.EthicsFixtures.simpleInvoice;
import static dev.legalbilling.rules.ethics.EthicsFixtures.usd;
import static dev.legalbilling.rules.ethics.Receivables.INV_K1;
import static dev.legalbilling.rules.ethics.Receivables.ledger;
import static dev.legalbilling.rules.ethics.RuleCoverage.assertFires;
import static dev.legalbilling.rules.ethics.RuleCoverage.assertQuiet;
import static org.assertj.core.api.Assertions.assertThat;

import dev.legalbilling.party.Jurisdiction;
import dev.legalbilling.party.MatterType;
import dev.legalbilling.receivables.collection.CollectionAction;
import dev.legalbilling.receivables.collection.CollectionActionType;
import dev.legalbilling.receivables.collection.SourceOfFunds;
import dev.legalbilling.rules.ComplianceReport;
import dev.legalbilling.rules.EthicsContext;
import dev.legalbilling.rules.Finding;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** collection-on-trust.drl: ETH-COLLECTION-ON-TRUST. INV-K1 bills 9,000.00, of which the client disputes 3,000.00. */
@EthicsRuleTest
class CollectionOnTrustTest {
    private static final String RULE = "ETH-COLLECTION-ON-TRUST";
    private static final LocalDate DAY = LocalDate.of(2026, 5, 10);

    private static CollectionAction fromTrust(SourceOfFunds source) {
        return CollectionAction.forInvoices(ledger("US-IL", MatterType.GENERAL, "3000.00", null),
                CollectionActionType.DEMAND_LETTER, DAY, List.of(INV_K1.number()), source);
    }

    private static ComplianceReport checkAction(CollectionAction action) {
        return check(simpleInvoice("INV-K3"), null, EthicsContext.builder().collectionActions(List.of(action)).build());
    }

    @Test
    @Fires(RULE)
    void flagsTakingTheDisputedPartFromTrust() {
        Finding f = assertFires(checkAction(fromTrust(SourceOfFunds.FUNDS_HELD_IN_TRUST)), RULE).get(0);
        assertThat(f.message()).isEqualTo("The demand letter of 2026-05-10 would take USD 9000.00 from funds held in"
                + " trust for the client, but the earned, undisputed balance of INV-K1 is only 6000.00 (3000.00 is in"
                + " dispute).");
        assertThat(f.amountAtStake()).isEqualTo(usd("3000.00"));
    }

    @Test
    @Fires(RULE)
    void flagsTakingTrustFundsWithoutAnInvoice() {
        CollectionAction noInvoice = new CollectionAction(CollectionActionType.DEMAND_LETTER, DAY, ACME, null, Set.of(),
                Jurisdiction.of("US-IL"), MatterType.GENERAL, usd("500.00"), usd("0.00"), usd("0.00"), null,
                SourceOfFunds.FUNDS_HELD_IN_TRUST);
        assertThat(assertFires(checkAction(noInvoice), RULE).get(0).message()).isEqualTo("The demand letter of"
                + " 2026-05-10 would take USD 500.00 from funds held in trust for the client, but names no invoice.");
    }

    @Test
    @DoesNotFire(RULE)
    void allowsTakingExactlyTheUndisputedPart() {
        assertQuiet(checkAction(fromTrust(SourceOfFunds.FUNDS_HELD_IN_TRUST).withAmountClaimed(usd("6000.00"))), RULE);
    }

    @Test
    @DoesNotFire(RULE)
    void aDemandForPaymentTakesNothingFromTrust() {
        assertQuiet(checkAction(fromTrust(SourceOfFunds.CLIENT_PAYMENT)), RULE);
    }
}

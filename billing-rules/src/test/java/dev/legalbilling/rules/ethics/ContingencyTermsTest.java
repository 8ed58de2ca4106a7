package dev.legalbilling.rules.ethics;

import static dev.legalbilling.rules.ethics.EthicsFixtures.ONE_THIRD_COMPLETE;
import static dev.legalbilling.rules.ethics.EthicsFixtures.check;
import static dev.legalbilling.rules.ethics.EthicsFixtures.matter;
import static dev.legalbilling.rules.ethics.EthicsFixtures.signedAgreement;
import static dev.legalbilling.rules.ethics.EthicsFixtures.simpleInvoice;
import static dev.legalbilling.rules.ethics.RuleCoverage.assertFires;
import static dev.legalbilling.rules.ethics.RuleCoverage.assertQuiet;
import static org.assertj.core.api.Assertions.assertThat;

import dev.legalbilling.agreement.ContingencyTerms;
import dev.legalbilling.agreement.OwedIfLost;
import dev.legalbilling.contingency.Basis;
import dev.legalbilling.contingency.Stage;
import dev.legalbilling.money.Fraction;
import dev.legalbilling.party.MatterType;
import dev.legalbilling.rules.ComplianceReport;
import dev.legalbilling.rules.Finding;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** contingency-terms.drl: ETH-CONTINGENCY-TERMS-MISSING. */
@EthicsRuleTest
class ContingencyTermsTest {
    private static final String RULE = "ETH-CONTINGENCY-TERMS-MISSING";

    private static ComplianceReport checkTerms(ContingencyTerms terms) {
        return check(simpleInvoice("INV-T1"), matter("US-NJ", MatterType.PERSONAL_INJURY,
                signedAgreement().contingency(terms).build()), null);
    }

    @Test
    @Fires(RULE)
    void namesTheTermsTheAgreementLeavesOut() {
        ContingencyTerms noAppealNoCosts = new ContingencyTerms(Map.of(Stage.PRE_SUIT, Fraction.of(1, 4), Stage.TRIAL,
                Fraction.of(1, 3)), null, OwedIfLost.EXPENSES, null);
        assertThat(assertFires(checkTerms(noAppealNoCosts), RULE)).singleElement().extracting(Finding::message)
                .isEqualTo("The contingent fee agreement of matter M-100 does not state the percentage on appeal;"
                        + " whether expenses are deducted before or after the fee (2 of the 5 terms required).");
    }

    @Test
    @Fires(RULE)
    void flagsTermsThatStateNothingButAPercentageOnAppeal() {
        ContingencyTerms bare = new ContingencyTerms(Map.of(Stage.APPEAL, Fraction.of(2, 5)), Basis.GROSS,
                null, null);
        assertThat(assertFires(checkTerms(bare), RULE).get(0).message()).contains(
                "the percentage on a settlement before trial; the percentage at trial; the expenses the client owes"
                        + " if the matter is lost (3 of the 5 terms required)");
    }

    @Test
    @DoesNotFire(RULE)
    void acceptsCompleteTerms() {
        assertQuiet(checkTerms(ONE_THIRD_COMPLETE), RULE);
    }

    @Test
    @DoesNotFire(RULE)
    void acceptsASettlementPercentageAtAnyPreTrialStage() {
        ContingencyTerms answered = new ContingencyTerms(Map.of(Stage.ANSWERED, Fraction.of(3, 10), Stage.TRIAL,
                Fraction.of(1, 3), Stage.APPEAL, Fraction.of(2, 5)), Basis.NET, OwedIfLost.NOTHING,
                null);
        assertQuiet(checkTerms(answered), RULE);
    }
}

package dev.legalbilling.rules.ethics;

import static dev.legalbilling.rules.ethics.EthicsFixtures.ONE_THIRD_COMPLETE;
import static dev.legalbilling.rules.ethics.EthicsFixtures.SIGNED;
import static dev.legalbilling.rules.ethics.EthicsFixtures.check;
import static dev.legalbilling.rules.ethics.EthicsFixtures.matter;
import static dev.legalbilling.rules.ethics.EthicsFixtures.simpleInvoice;
import static dev.legalbilling.rules.ethics.RuleCoverage.assertFires;
import static dev.legalbilling.rules.ethics.RuleCoverage.assertQuiet;
import static org.assertj.core.api.Assertions.assertThat;

import dev.legalbilling.agreement.FeeAgreement;
import dev.legalbilling.party.MatterType;
import dev.legalbilling.rules.ComplianceReport;
import dev.legalbilling.rules.Finding;
import dev.legalbilling.rules.Severity;
import org.junit.jupiter.api.Test;

/** contingency-writing.drl: ETH-CONTINGENCY-NOT-IN-WRITING. */
@EthicsRuleTest
class ContingencyWritingTest {
    private static final String RULE = "ETH-CONTINGENCY-NOT-IN-WRITING";

    private static ComplianceReport checkAgreement(FeeAgreement agreement) {
        return check(simpleInvoice("INV-W1"), matter("US-NJ", MatterType.PERSONAL_INJURY, agreement), null);
    }

    @Test
    @Fires(RULE)
    void flagsAnOralContingentFee() {
        FeeAgreement oral = FeeAgreement.builder().basisCommunicatedOn(SIGNED).contingency(ONE_THIRD_COMPLETE).build();
        Finding f = assertFires(checkAgreement(oral), RULE).get(0);
        assertThat(f.message()).isEqualTo("The contingent fee agreement of matter M-100 is not in writing; a contingent"
                + " fee needs a writing signed by the client.");
        assertThat(f.severity()).isEqualTo(Severity.ERROR);
    }

    @Test
    @Fires(RULE)
    void flagsAWrittenContingentFeeTheClientDidNotSign() {
        FeeAgreement unsigned = FeeAgreement.builder().inWriting(true).basisCommunicatedOn(SIGNED)
                .contingency(ONE_THIRD_COMPLETE).build();
        assertThat(assertFires(checkAgreement(unsigned), RULE)).singleElement().extracting(Finding::message)
                .asString().contains("is in writing but not signed by the client");
    }

    @Test
    @DoesNotFire(RULE)
    void acceptsASignedContingentFee() {
        FeeAgreement signed = FeeAgreement.builder().signedByClientOn(SIGNED).basisCommunicatedOn(SIGNED)
                .contingency(ONE_THIRD_COMPLETE).build();
        assertQuiet(checkAgreement(signed), RULE);
    }

    @Test
    @DoesNotFire(RULE)
    void leavesOralHourlyAgreementsAlone() {
        assertQuiet(checkAgreement(FeeAgreement.builder().basisCommunicatedOn(SIGNED).build()), RULE);
    }
}

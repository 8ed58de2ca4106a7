package dev.legalbilling.rules.ethics;

import static dev.legalbilling.rules.ethics.EthicsFixtures.check;
import static dev.legalbilling.rules.ethics.EthicsFixtures.matter;
import static dev.legalbilling.rules.ethics.EthicsFixtures.signedAgreement;
import static dev.legalbilling.rules.ethics.EthicsFixtures.simpleInvoice;
import static dev.legalbilling.rules.ethics.RuleCoverage.assertFires;
import static dev.legalbilling.rules.ethics.RuleCoverage.assertQuiet;
import static org.assertj.core.api.Assertions.assertThat;

import dev.legalbilling.agreement.DivisionShare;
import dev.legalbilling.agreement.FeeDivision;
import dev.legalbilling.money.Fraction;
import dev.legalbilling.party.MatterType;
import dev.legalbilling.rules.ComplianceReport;
import dev.legalbilling.rules.Finding;
import dev.legalbilling.rules.Severity;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** fee-division.drl: ETH-FEE-DIVISION. */
@EthicsRuleTest
class FeeDivisionTest {
    private static final String RULE = "ETH-FEE-DIVISION";
    private static final List<DivisionShare> TWO_THIRDS_ONE_THIRD = List.of(
            new DivisionShare("Hale LLP", Fraction.of(2, 3)), new DivisionShare("Ross PC", Fraction.of(1, 3)));
    private static final LocalDate CONSENTED = LocalDate.of(2025, 1, 20);

    private static ComplianceReport checkDivision(String jurisdiction, FeeDivision division) {
        return check(simpleInvoice("INV-D1"), matter(jurisdiction, MatterType.PERSONAL_INJURY,
                signedAgreement().division(division).build()), null);
    }

    @Test
    @Fires(RULE)
    void flagsADivisionWithoutTheClientsWrittenConsent() {
        FeeDivision unconsented = new FeeDivision(TWO_THIRDS_ONE_THIRD, true, false, null, true, false);
        Finding f = assertFires(checkDivision("US-NY", unconsented), RULE).get(0);
        assertThat(f.message()).isEqualTo("The fee on matter M-100 is divided between 2 firms (Hale LLP 66 2/3%, Ross PC"
                + " 33 1/3%), but the client has not confirmed the division and each share in writing.");
        assertThat(f.severity()).isEqualTo(Severity.ERROR);
    }

    @Test
    @Fires(RULE)
    void flagsSharesNeitherProportionalNorJointlyResponsible() {
        FeeDivision referralFee = new FeeDivision(TWO_THIRDS_ONE_THIRD, false, false, CONSENTED, true, false);
        assertThat(assertFires(checkDivision("US-NY", referralFee), RULE).get(0).message()).endsWith("but the shares"
                + " are neither proportional to the work done nor backed by joint responsibility.");
    }

    @Test
    @Fires(RULE)
    void inCaliforniaAlsoNeedsTheLawyersWrittenAgreementAndNoHigherFee() {
        FeeDivision handshake = new FeeDivision(TWO_THIRDS_ONE_THIRD, true, true, CONSENTED, false, true);
        assertThat(assertFires(checkDivision("US-CA", handshake), RULE).get(0).message()).endsWith("but the lawyers'"
                + " division agreement is not in writing, as US-CA requires; the division increases the total fee,"
                + " which US-CA forbids.");
    }

    @Test
    @DoesNotFire(RULE)
    void outsideCaliforniaTheLawyersAgreementMayBeOral() {
        assertQuiet(checkDivision("US-NY", new FeeDivision(TWO_THIRDS_ONE_THIRD, false, true, CONSENTED, false,
                false)), RULE);
    }

    @Test
    @DoesNotFire(RULE)
    void acceptsACompliantCaliforniaDivision() {
        assertQuiet(checkDivision("US-CA", new FeeDivision(TWO_THIRDS_ONE_THIRD, true, false, CONSENTED, true,
                false)), RULE);
    }
}

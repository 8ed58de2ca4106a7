package dev.legalbilling.rules.ethics;

import dev.legalbilling.contingency.Basis;
import dev.legalbilling.fee.ContingencyFee;
import dev.legalbilling.matter.Matter;
import dev.legalbilling.money.Fraction;
import dev.legalbilling.party.MatterType;
import dev.legalbilling.rules.ComplianceReport;
import dev.legalbilling.rules.Finding;
import dev.legalbilling.rules.GuidelineProfile;
import dev.legalbilling.rules.ParameterValue;
import java.util.List;
import org.junit.jupiter.api.Test;
import static dev.legalbilling.rules.ethics.EthicsFixtures.ACME_CLIENT;
import static dev.legalbilling.rules.ethics.EthicsFixtures.ACME_MATTER;
import static dev.legalbilling.rules.ethics.EthicsFixtures.ONE_THIRD_COMPLETE;
import static dev.legalbilling.rules.ethics.EthicsFixtures.check;
import static dev.legalbilling.rules.ethics.EthicsFixtures.matter;
import static dev.legalbilling.rules.ethics.EthicsFixtures.signedAgreement;
import static dev.legalbilling.rules.ethics.EthicsFixtures.simpleInvoice;
import static dev.legalbilling.rules.ethics.RuleCoverage.assertFires;
import static dev.legalbilling.rules.ethics.RuleCoverage.assertQuiet;
import static org.assertj.core.api.Assertions.assertThat;


/** contingency-prohibited.drl: ETH-CONTINGENCY-PROHIBITED. */
@EthicsRuleTest
class ContingencyProhibitedTest {
    private static final String RULE = "ETH-CONTINGENCY-PROHIBITED";

    private static ComplianceReport contingentIn(MatterType type) {
        return check(simpleInvoice("INV-P1"), matter("US-NY", type, signedAgreement().contingency(ONE_THIRD_COMPLETE)
                .build()), null);
    }

    @Test
    @Fires(RULE)
    void forbidsAContingentFeeForCriminalDefence() {
        assertThat(assertFires(contingentIn(MatterType.CRIMINAL_DEFENSE), RULE)).singleElement()
                .extracting(Finding::message).isEqualTo("Matter M-100 is a criminal defense matter billed on a"
                        + " contingent fee; contingent fees are not permitted for criminal defense, domestic relations"
                        + " matters.");
    }

    @Test
    @Fires(RULE)
    void forbidsADomesticRelationsMatterBilledUnderAContingencyArrangementEvenWithoutARecordedAgreement() {
        Matter divorce = Matter.builder(ACME_MATTER, ACME_CLIENT).name("In re Marriage of Roe")
                .matterType(MatterType.DOMESTIC_RELATIONS).jurisdiction("US-NY")
                .arrangement(ContingencyFee.of(Fraction.percent("25"), Basis.NET)).build();
        assertThat(assertFires(check(simpleInvoice("INV-P2"), divorce, null), RULE).get(0).message())
                .startsWith("Matter M-100 is a domestic relations matter billed on a contingent fee");
    }

    @Test
    @DoesNotFire(RULE)
    void allowsAContingentFeeForCollectingSupportArrears() {
        assertQuiet(contingentIn(MatterType.SUPPORT_ARREARS_COLLECTION), RULE);
    }

    @Test
    @DoesNotFire(RULE)
    void allowsHourlyCriminalDefence() {
        assertQuiet(check(simpleInvoice("INV-P3"), matter("US-NY", MatterType.CRIMINAL_DEFENSE,
                signedAgreement().build()), null), RULE);
    }

    @Test
    @DoesNotFire(RULE)
    void readsTheProhibitedMatterTypesFromTheProfile() {
        GuidelineProfile criminalOnly = GuidelineProfile.builder("criminal-only").parameter(RULE,
                "prohibitedMatterTypes", ParameterValue.strings(List.of("CRIMINAL_DEFENSE"))).build();
        assertQuiet(check(simpleInvoice("INV-P4"), matter("US-NY", MatterType.DOMESTIC_RELATIONS,
                signedAgreement().contingency(ONE_THIRD_COMPLETE).build()), null, criminalOnly), RULE);
    }
}

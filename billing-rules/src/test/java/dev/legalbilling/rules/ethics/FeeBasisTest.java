package dev.legalbilling.rules.ethics;

import static dev.legalbilling.rules.ethics.EthicsFixtures.ACME_MATTER;
import static dev.legalbilling.rules.ethics.EthicsFixtures.MONDAY;
import static dev.legalbilling.rules.ethics.EthicsFixtures.PARTNER;
import static dev.legalbilling.rules.ethics.EthicsFixtures.TUESDAY;
import static dev.legalbilling.rules.ethics.EthicsFixtures.check;
import static dev.legalbilling.rules.ethics.EthicsFixtures.invoice;
import static dev.legalbilling.rules.ethics.EthicsFixtures.matter;
import static dev.legalbilling.rules.ethics.RuleCoverage.assertFires;
import static dev.legalbilling.rules.ethics.RuleCoverage.assertQuiet;
import static org.assertj.core.api.Assertions.assertThat;

import dev.legalbilling.agreement.FeeAgreement;
import dev.legalbilling.invoice.Invoice;
import dev.legalbilling.matter.Matter;
import dev.legalbilling.party.MatterType;
import dev.legalbilling.rules.Action;
import dev.legalbilling.rules.ComplianceReport;
import dev.legalbilling.rules.Finding;
import dev.legalbilling.rules.GuidelineProfile;
import dev.legalbilling.rules.ParameterValue;
import dev.legalbilling.rules.Severity;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** fee-basis.drl: ETH-FEE-BASIS-NOT-COMMUNICATED. */
@EthicsRuleTest
class FeeBasisTest {
    private static final String RULE = "ETH-FEE-BASIS-NOT-COMMUNICATED";
    /** Work from Monday 2026-03-02 (and Tuesday). */
    private static final Invoice MARCH_WORK = invoice("INV-B1").fee(PARTNER, TUESDAY, "2").fee(PARTNER, MONDAY, "1")
            .build();

    private static Matter communicatedOn(LocalDate date) {
        return matter("US-NY", MatterType.GENERAL, FeeAgreement.builder().inWriting(true).basisCommunicatedOn(date)
                .build());
    }

    @Test
    @Fires(RULE)
    void flagsAnAgreementThatNeverCommunicatedTheBasis() {
        ComplianceReport report = check(MARCH_WORK, communicatedOn(null), null);
        Finding f = assertFires(report, RULE).get(0);
        assertThat(f.message()).isEqualTo("The fee agreement of matter " + ACME_MATTER + " records no communication"
                + " to the client of the scope and the basis or rate of the fee, yet this invoice bills work from"
                + " 2026-03-02.");
        assertThat(f.lineItemNumber()).isNull();
        assertThat(f.severity()).isEqualTo(Severity.WARNING);
        assertThat(f.action()).isEqualTo(Action.FLAG);
        assertThat(f.citation()).isEqualTo("ABA Model Rule 1.5(b)");
    }

    @Test
    @Fires(RULE)
    void flagsABasisCommunicatedThirtyOneDaysAfterTheWorkBegan() {
        ComplianceReport report = check(MARCH_WORK, communicatedOn(LocalDate.of(2026, 4, 2)), null);
        assertThat(assertFires(report, RULE)).singleElement().extracting(Finding::message).isEqualTo(
                "The scope and basis of the fee on matter M-100 were communicated to the client on 2026-04-02, 31 days"
                        + " after the work this invoice bills began on 2026-03-02, later than the 30 days allowed.");
    }

    @Test
    @DoesNotFire(RULE)
    void acceptsABasisCommunicatedExactlyThirtyDaysAfterTheWorkBegan() {
        assertQuiet(check(MARCH_WORK, communicatedOn(LocalDate.of(2026, 4, 1)), null), RULE);
    }

    @Test
    @DoesNotFire(RULE)
    void acceptsABasisCommunicatedBeforeTheWork() {
        assertQuiet(check(MARCH_WORK, communicatedOn(LocalDate.of(2025, 12, 1)), null), RULE);
    }

    @Test
    @DoesNotFire(RULE)
    void saysNothingWhenNoAgreementIsRecorded() {
        assertQuiet(check(MARCH_WORK, matter("US-NY", MatterType.GENERAL, null), null), RULE);
        assertQuiet(check(MARCH_WORK, null, null), RULE);
    }

    @Test
    @DoesNotFire(RULE)
    void readsTheAllowedDelayFromTheProfile() {
        GuidelineProfile patient = GuidelineProfile.builder("patient")
                .parameter(RULE, "maxDaysAfterWork", ParameterValue.integer(31)).build();
        assertQuiet(check(MARCH_WORK, communicatedOn(LocalDate.of(2026, 4, 2)), null, patient), RULE);
    }
}

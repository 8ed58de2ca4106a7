package dev.legalbilling.rules.ethics;

import static dev.legalbilling.rules.ethics.EthicsFixtures.ONE_THIRD_COMPLETE;
import static dev.legalbilling.rules.ethics.EthicsFixtures.check;
import static dev.legalbilling.rules.ethics.EthicsFixtures.matter;
import static dev.legalbilling.rules.ethics.EthicsFixtures.signedAgreement;
import static dev.legalbilling.rules.ethics.EthicsFixtures.simpleInvoice;
import static dev.legalbilling.rules.ethics.EthicsFixtures.usd;
import static dev.legalbilling.rules.ethics.RuleCoverage.assertFires;
import static dev.legalbilling.rules.ethics.RuleCoverage.assertQuiet;
import static org.assertj.core.api.Assertions.assertThat;

import dev.legalbilling.agreement.FeeAgreement;
import dev.legalbilling.contingency.Recovery;
import dev.legalbilling.contingency.Stage;
import dev.legalbilling.matter.Matter;
import dev.legalbilling.party.MatterType;
import dev.legalbilling.rules.ComplianceReport;
import dev.legalbilling.rules.EthicsContext;
import dev.legalbilling.rules.Finding;
import dev.legalbilling.rules.GuidelineProfile;
import dev.legalbilling.rules.ParameterValue;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** closing-statement.drl: ETH-CLOSING-STATEMENT-MISSING. */
@EthicsRuleTest
class ClosingStatementTest {
    private static final String RULE = "ETH-CLOSING-STATEMENT-MISSING";
    private static final LocalDate SETTLED = LocalDate.of(2026, 3, 1);

    private static Matter settledWithoutStatement() {
        FeeAgreement agreement = signedAgreement().contingency(ONE_THIRD_COMPLETE)
                .outcome(new Recovery(SETTLED, usd("90000"), Stage.PRE_SUIT, usd("4500"))).build();
        return matter("US-NJ", MatterType.PERSONAL_INJURY, agreement);
    }

    private static ComplianceReport checkAsOf(Matter matter, LocalDate asOf) {
        return check(simpleInvoice("INV-S1"), matter, EthicsContext.builder().asOf(asOf).build());
    }

    @Test
    @Fires(RULE)
    void flagsAMissingStatementSixteenDaysAfterTheSettlement() {
        Finding f = assertFires(checkAsOf(settledWithoutStatement(), LocalDate.of(2026, 3, 17)), RULE).get(0);
        assertThat(f.message()).isEqualTo("Contingent matter M-100 was resolved on 2026-03-01 (pre-suit, recovery USD"
                + " 90000.00), 16 days before 2026-03-17, and no written closing statement has been delivered to the"
                + " client; the limit is 15 days.");
    }

    @Test
    @Fires(RULE)
    void withoutAContextJudgesAsOfTheInvoiceDate() {
        assertThat(assertFires(check(simpleInvoice("INV-S2"), settledWithoutStatement(), null), RULE).get(0)
                .message()).contains("30 days before 2026-03-31");
    }

    @Test
    @DoesNotFire(RULE)
    void allowsFifteenDays() {
        assertQuiet(checkAsOf(settledWithoutStatement(), LocalDate.of(2026, 3, 16)), RULE);
    }

    @Test
    @DoesNotFire(RULE)
    void acceptsADeliveredStatement() {
        Matter delivered = matter("US-NJ", MatterType.PERSONAL_INJURY, settledWithoutStatement().feeAgreement()
                .toBuilder().closingStatementDeliveredOn(LocalDate.of(2026, 4, 20)).build());
        assertQuiet(checkAsOf(delivered, LocalDate.of(2026, 5, 1)), RULE);
    }

    @Test
    @DoesNotFire(RULE)
    void readsTheLimitFromTheProfile() {
        GuidelineProfile lenient = GuidelineProfile.builder("lenient")
                .parameter(RULE, "maxDaysAfterOutcome", ParameterValue.integer(30)).build();
        assertQuiet(check(simpleInvoice("INV-S3"), settledWithoutStatement(), null, lenient), RULE);
    }
}

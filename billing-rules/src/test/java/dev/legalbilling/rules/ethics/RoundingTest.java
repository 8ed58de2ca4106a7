package dev.legalbilling.rules.ethics;

import static dev.legalbilling.rules.ethics.EthicsFixtures.MONDAY;
import static dev.legalbilling.rules.ethics.EthicsFixtures.PARTNER;
import static dev.legalbilling.rules.ethics.EthicsFixtures.check;
import static dev.legalbilling.rules.ethics.EthicsFixtures.invoice;
import static dev.legalbilling.rules.ethics.EthicsFixtures.minutes;
import static dev.legalbilling.rules.ethics.EthicsFixtures.usd;
import static dev.legalbilling.rules.ethics.RuleCoverage.assertFires;
import static dev.legalbilling.rules.ethics.RuleCoverage.assertQuiet;
import static org.assertj.core.api.Assertions.assertThat;

import dev.legalbilling.invoice.Invoice;
import dev.legalbilling.rules.Action;
import dev.legalbilling.rules.Adjustment;
import dev.legalbilling.rules.ComplianceReport;
import dev.legalbilling.rules.Finding;
import dev.legalbilling.rules.GuidelineProfile;
import dev.legalbilling.rules.ParameterValue;
import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** rounding.drl: ETH-ROUNDING-UP, against the actual time recorded on the invoice line. */
@EthicsRuleTest
class RoundingTest {
    private static final String RULE = "ETH-ROUNDING-UP";

    private static ComplianceReport billed(String hours, Duration actual) {
        return check(invoice("INV-R1").feeWithActualTime(PARTNER, MONDAY, hours, actual).build(), null, null);
    }

    @Test
    @Fires(RULE)
    void reducesSevenMinutesBilledAsPointThreeToPointTwo() {
        Invoice bill = invoice("INV-R1").feeWithActualTime(PARTNER, MONDAY, "0.3", minutes(7, 0)).build();
        ComplianceReport report = check(bill, null, null);
        Finding f = assertFires(report, RULE).get(0);
        assertThat(f.message()).isEqualTo("Line 1 bills 0.3 hours on 2026-03-02 for 7 minutes of actual time; rounded"
                + " up to the 0.1-hour increment that is at most 0.2 hours.");
        assertThat(f.action()).isEqualTo(Action.ADJUST);
        assertThat(f.adjustment()).isEqualTo(new Adjustment.ReduceUnits(new BigDecimal("0.2")));
        assertThat(f.amountAtStake()).isEqualTo(usd("45.00"));
        assertThat(report.applyTo(bill).total()).isEqualTo(usd("90.00"));
    }

    @Test
    @Fires(RULE)
    void countsSecondsAboveAWholeIncrement() {
        assertThat(assertFires(billed("0.3", minutes(12, 0)), RULE).get(0).adjustment())
                .isEqualTo(new Adjustment.ReduceUnits(new BigDecimal("0.2")));
        assertThat(assertFires(billed("0.3", minutes(6, 30)), RULE).get(0).message())
                .contains("for 6.5 minutes of actual time");
    }

    @Test
    @DoesNotFire(RULE)
    void allowsRoundingUpToTheNextIncrement() {
        assertQuiet(billed("0.2", minutes(7, 0)), RULE);
        assertQuiet(billed("0.2", minutes(6, 1)), RULE);
        assertQuiet(billed("0.1", minutes(6, 0)), RULE);
    }

    @Test
    @Fires(RULE)
    void usesTheIncrementOfTheProfile() {
        GuidelineProfile quarterHours = GuidelineProfile.builder("quarter-hours")
                .parameter(RULE, "increment", ParameterValue.decimal("0.25")).build();
        ComplianceReport report = check(invoice("INV-R2").feeWithActualTime(PARTNER, MONDAY, "0.5", minutes(7, 0))
                .build(), null, null, quarterHours);
        assertThat(assertFires(report, RULE).get(0).adjustment())
                .isEqualTo(new Adjustment.ReduceUnits(new BigDecimal("0.25")));
    }

    @Test
    @DoesNotFire(RULE)
    void saysNothingWithoutAnActualTime() {
        assertQuiet(check(invoice("INV-R3").fee(PARTNER, MONDAY, "0.3").build(), null, null), RULE);
    }
}

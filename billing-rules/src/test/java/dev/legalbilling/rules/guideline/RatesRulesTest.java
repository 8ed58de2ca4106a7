package dev.legalbilling.rules.guideline;

import static dev.legalbilling.rules.guideline.Guideline.ASSOCIATE;
import static dev.legalbilling.rules.guideline.Guideline.MARCH_2;
import static dev.legalbilling.rules.guideline.Guideline.PARALEGAL;
import static dev.legalbilling.rules.guideline.Guideline.PARTNER;
import static dev.legalbilling.rules.guideline.Guideline.check;
import static dev.legalbilling.rules.guideline.Guideline.dec;
import static dev.legalbilling.rules.guideline.Guideline.fee;
import static dev.legalbilling.rules.guideline.Guideline.findings;
import static dev.legalbilling.rules.guideline.Guideline.invoice;
import static dev.legalbilling.rules.guideline.Guideline.lines;
import static dev.legalbilling.rules.guideline.Guideline.usd;
import static org.assertj.core.api.Assertions.assertThat;

import dev.legalbilling.invoice.Invoice;
import dev.legalbilling.rules.Action;
import dev.legalbilling.rules.Adjustment;
import dev.legalbilling.rules.ComplianceReport;
import dev.legalbilling.rules.Finding;
import dev.legalbilling.rules.GuidelineProfile;
import dev.legalbilling.rules.ParameterValue;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@RuleFile("rates.drl")
class RatesRulesTest {
    private static final String RATE = "OCG-RATE-ABOVE-APPROVED";
    private static final String ROSTER = "OCG-UNAPPROVED-TIMEKEEPER";
    private static final GuidelineProfile APPROVED = Guideline.profile()
            .parameter(RATE, "approvedRates", ParameterValue.decimalMap(Map.of("TK-P1", dec("400"))))
            .parameter(RATE, "approvedClassRates", ParameterValue.decimalMap(Map.of("ASSOC", dec("250"),
                    "PARTNR", dec("500"))))
            .parameter(ROSTER, "approvedTimekeepers", ParameterValue.strings(List.of("TK-P1", "TK-A1")))
            .build();

    private static Invoice threeTimekeepers() {
        return invoice()
                .add(fee(PARTNER, MARCH_2, "2.0"))
                .add(fee(ASSOCIATE, MARCH_2, "1.5"))
                .add(fee(PARALEGAL, MARCH_2, "1.0").narrative("Prepare privilege log entries for third production"))
                .build();
    }

    @Test
    @Fires(RATE)
    void comparesWithTheTimekeepersOwnRateElseTheClassRate() {
        ComplianceReport report = check(threeTimekeepers(), APPROVED);
        assertThat(lines(report, RATE)).containsExactly("1", "2");
        List<Finding> found = findings(report, RATE);
        // the partner's own approved rate (400) wins over the partner class rate (500)
        assertThat(found.get(0).amountAtStake()).isEqualTo(usd("100.00"));
        // the write-down is the amount at stake to the cent: the line (900.00) is capped at 900.00 - 100.00
        assertThat(found.get(0).adjustment()).isEqualTo(new Adjustment.CapAmount(usd("800.00")));
        assertThat(found.get(0).message()).isEqualTo("Entry 1 (2.0 h on 2026-03-02 by TK-P1) is billed at 450.00 an"
                + " hour, above the approved rate of 400.00 for TK-P1.");
        assertThat(found.get(1).amountAtStake()).isEqualTo(usd("75.00"));
        assertThat(found.get(1).adjustment()).isEqualTo(new Adjustment.CapAmount(usd("375.00")));
        assertThat(found.get(1).message()).endsWith("above the approved rate of 250.00 for classification ASSOC.");
    }

    @Test
    @NearMiss(RATE)
    void ratesAtTheApprovedRateOrWithoutOneAreFine() {
        GuidelineProfile atRate = Guideline.profile()
                .parameter(RATE, "approvedRates", ParameterValue.decimalMap(Map.of("TK-P1", dec("450.00"),
                        "TK-A1", dec("300"))))
                .parameter(RATE, "approvedClassRates", ParameterValue.decimalMap(Map.of("ASSOC", dec("200"))))
                .build();
        assertThat(findings(check(threeTimekeepers(), atRate), RATE)).isEmpty();
        assertThat(findings(check(threeTimekeepers()), RATE)).as("no approved rates: silent").isEmpty();
    }

    @Test
    @Fires(RATE)
    void theWriteDownEqualsTheAmountAtStakeToTheCent() {
        // 6.0 h billed 25.00 above the approved rate: 150.00 at stake, and 150.00 written down (a percentage of the
        // rate rounded to two places would write down 150.12)
        GuidelineProfile capped = Guideline.profile().action(RATE, Action.ADJUST).parameter(RATE,
                "approvedClassRates", ParameterValue.decimalMap(Map.of("PARTNR", dec("425")))).build();
        Invoice sixHours = invoice().add(fee(PARTNER, MARCH_2, "6.0")).build();
        ComplianceReport report = check(sixHours, capped);
        Finding f = findings(report, RATE).get(0);
        assertThat(f.amountAtStake()).isEqualTo(usd("150.00"));
        Invoice adjusted = report.applyTo(sixHours);
        assertThat(sixHours.total().minus(adjusted.total())).isEqualTo(usd("150.00"));
    }

    @Test
    @NearMiss(RATE)
    void theClassRateIsNotAppliedToATimekeeperOffTheRoster() {
        GuidelineProfile paralegalRate = Guideline.profile()
                .parameter(RATE, "approvedClassRates", ParameterValue.decimalMap(Map.of("PARALG", dec("100"))))
                .parameter(ROSTER, "approvedTimekeepers", ParameterValue.strings(List.of("TK-P1", "TK-A1")))
                .build();
        ComplianceReport offRoster = check(threeTimekeepers(), paralegalRate);
        assertThat(lines(offRoster, RATE)).isEmpty();
        assertThat(lines(offRoster, ROSTER)).containsExactly("3");

        GuidelineProfile approved = Guideline.profile()
                .parameter(RATE, "approvedClassRates", ParameterValue.decimalMap(Map.of("PARALG", dec("100"))))
                .parameter(ROSTER, "approvedTimekeepers", ParameterValue.strings(List.of("TK-P1", "TK-A1", "TK-L1")))
                .build();
        assertThat(lines(check(threeTimekeepers(), approved), RATE)).containsExactly("3");
    }

    @Test
    @Fires(ROSTER)
    void disallowsTimeOfTimekeepersNotOnTheRoster() {
        ComplianceReport report = check(threeTimekeepers(), APPROVED);
        assertThat(lines(report, ROSTER)).containsExactly("3");
        Finding f = findings(report, ROSTER).get(0);
        assertThat(f.message()).isEqualTo("Entry 3 (1.0 h on 2026-03-02 by TK-L1): timekeeper TK-L1 is not on the"
                + " client's approved staffing list.");
        assertThat(f.adjustment()).isEqualTo(new Adjustment.Disallow());
        assertThat(f.amountAtStake()).isEqualTo(usd("150.00"));
    }

    @Test
    @NearMiss(ROSTER)
    void anEmptyRosterApprovesEveryone() {
        assertThat(findings(check(threeTimekeepers()), ROSTER)).isEmpty();
        GuidelineProfile everyone = Guideline.profile(ROSTER, "approvedTimekeepers",
                ParameterValue.strings(List.of("TK-P1", "TK-A1", "TK-L1")));
        assertThat(findings(check(threeTimekeepers(), everyone), ROSTER)).isEmpty();
    }
}

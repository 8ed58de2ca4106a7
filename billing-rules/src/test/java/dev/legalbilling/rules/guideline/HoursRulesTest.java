package dev.legalbilling.rules.guideline;

import static dev.legalbilling.rules.guideline.Guideline.ASSOCIATE;
import static dev.legalbilling.rules.guideline.Guideline.MARCH_2;
import static dev.legalbilling.rules.guideline.Guideline.MARCH_3;
import static dev.legalbilling.rules.guideline.Guideline.PARTNER;
import static dev.legalbilling.rules.guideline.Guideline.check;
import static dev.legalbilling.rules.guideline.Guideline.fee;
import static dev.legalbilling.rules.guideline.Guideline.findings;
import static dev.legalbilling.rules.guideline.Guideline.invoice;
import static dev.legalbilling.rules.guideline.Guideline.lines;
import static dev.legalbilling.rules.guideline.Guideline.usd;
import static org.assertj.core.api.Assertions.assertThat;

import dev.legalbilling.invoice.Invoice;
import dev.legalbilling.rules.Adjustment;
import dev.legalbilling.rules.ComplianceReport;
import dev.legalbilling.rules.Finding;
import dev.legalbilling.rules.ParameterValue;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

@RuleFile("hours.drl")
class HoursRulesTest {
    private static final String DAILY = "OCG-DAILY-HOURS";
    private static final String LONG = "OCG-LONG-ENTRY";

    @Test
    @NearMiss(DAILY)
    void exactlyTenHoursOnADayIsWithinTheCap() {
        Invoice invoice = invoice()
                .add(fee(ASSOCIATE, MARCH_2, "6.0"))
                .add(fee(ASSOCIATE, MARCH_2, "4.0"))
                .add(fee(PARTNER, MARCH_2, "7.5"))
                .build();
        assertThat(findings(check(invoice), DAILY)).isEmpty();
    }

    @Test
    @Fires(DAILY)
    void tenPointOneHoursFiresOnTheEntryThatPassesTheCap() {
        Invoice invoice = invoice()
                .add(fee(ASSOCIATE, MARCH_2, "6.0"))
                .add(fee(ASSOCIATE, MARCH_2, "4.1"))
                .build();
        ComplianceReport report = check(invoice);
        assertThat(lines(report, DAILY)).containsExactly("2");
        Finding f = findings(report, DAILY).get(0);
        assertThat(f.amountAtStake()).isEqualTo(usd("30.00"));
        assertThat(f.adjustment()).isEqualTo(new Adjustment.ReduceUnits(new BigDecimal("4.0")));
        assertThat(f.message()).isEqualTo("Timekeeper TK-A1 billed 10.1 h on 2026-03-02, 0.1 h above the daily cap"
                + " of 10.0 h; entry 2 (4.1 h) takes the day past the cap.");
    }

    @Test
    @Fires(DAILY)
    void takesTheWholeExcessOfTheDayOffTheCrossingEntryButNotBelowZero() {
        Invoice invoice = invoice()
                .add(fee(ASSOCIATE, MARCH_2, "6.0"))
                .add(fee(PARTNER, MARCH_2, "3.0"))
                .add(fee(ASSOCIATE, MARCH_2, "4.5"))
                .add(fee(ASSOCIATE, MARCH_3, "2.0"))
                .add(fee(ASSOCIATE, MARCH_2, "8.0"))
                .build();
        ComplianceReport report = check(invoice);
        // day total 18.5 h, 8.5 h over; line 3 takes the running total from 6.0 to 10.5
        assertThat(lines(report, DAILY)).containsExactly("3");
        Finding f = findings(report, DAILY).get(0);
        assertThat(f.amountAtStake()).isEqualTo(usd("2550.00"));
        assertThat(f.adjustment()).isEqualTo(new Adjustment.ReduceUnits(BigDecimal.ZERO));
    }

    @Test
    @Fires(DAILY)
    void readsTheCapFromTheProfile() {
        Invoice invoice = invoice().add(fee(ASSOCIATE, MARCH_2, "5.0")).add(fee(ASSOCIATE, MARCH_2, "3.5")).build();
        assertThat(findings(check(invoice), DAILY)).isEmpty();
        ComplianceReport strict = check(invoice, Guideline.profile(DAILY, "maxHours", ParameterValue.decimal("8")));
        assertThat(lines(strict, DAILY)).containsExactly("2");
        assertThat(findings(strict, DAILY).get(0).adjustment())
                .isEqualTo(new Adjustment.ReduceUnits(new BigDecimal("3.0")));
    }

    @Test
    @NearMiss(LONG)
    void anEightHourEntryIsWithinTheEntryCap() {
        Invoice invoice = invoice().add(fee(ASSOCIATE, MARCH_2, "8.0")).build();
        assertThat(findings(check(invoice), LONG)).isEmpty();
    }

    @Test
    @Fires(LONG)
    void anEntryOfEightPointOneHoursIsReducedToTheCap() {
        Invoice invoice = invoice().add(fee(PARTNER, MARCH_2, "8.1")).build();
        ComplianceReport report = check(invoice);
        assertThat(lines(report, LONG)).containsExactly("1");
        Finding f = findings(report, LONG).get(0);
        assertThat(f.amountAtStake()).isEqualTo(usd("45.00"));
        assertThat(f.adjustment()).isEqualTo(new Adjustment.ReduceUnits(new BigDecimal("8.0")));
        assertThat(f.message()).isEqualTo("Entry 1 (8.1 h on 2026-03-02 by TK-P1) bills 0.1 h more than the 8.0 h"
                + " the guidelines allow in one entry.");
        assertThat(lines(report, DAILY)).isEmpty();
    }
}

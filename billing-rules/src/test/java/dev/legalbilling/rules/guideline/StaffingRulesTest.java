package dev.legalbilling.rules.guideline;

import static dev.legalbilling.rules.guideline.Guideline.ASSOCIATE;
import static dev.legalbilling.rules.guideline.Guideline.MARCH_2;
import static dev.legalbilling.rules.guideline.Guideline.MARCH_3;
import static dev.legalbilling.rules.guideline.Guideline.PARALEGAL;
import static dev.legalbilling.rules.guideline.Guideline.PARTNER;
import static dev.legalbilling.rules.guideline.Guideline.SECOND_ASSOCIATE;
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
import dev.legalbilling.rules.GuidelineProfile;
import dev.legalbilling.rules.ParameterValue;
import java.util.List;
import org.junit.jupiter.api.Test;

@RuleFile("staffing.drl")
class StaffingRulesTest {
    private static final String CONFERENCE = "OCG-INTERNAL-CONFERENCE";
    private static final String ATTENDEES = "OCG-MULTIPLE-ATTENDEES";
    private static final String STAFFING = "OCG-STAFFING-LEVEL";
    private static final GuidelineProfile CONFERENCES_ALLOWED =
            Guideline.profile(CONFERENCE, "allowed", ParameterValue.bool(true));

    @Test
    @Fires(CONFERENCE)
    void disallowsEveryInternalConferenceByDefault() {
        Invoice invoice = invoice()
                .add(fee(PARTNER, MARCH_2, "0.5").narrative("Confer with associate regarding deposition strategy")
                        .activity("A105"))
                .add(fee(ASSOCIATE, MARCH_2, "0.5").narrative("Confer with partner regarding deposition strategy")
                        .activity("A105"))
                .build();
        ComplianceReport report = check(invoice);
        assertThat(lines(report, CONFERENCE)).containsExactly("1", "2");
        Finding f = findings(report, CONFERENCE).get(0);
        assertThat(f.message()).isEqualTo("Entry 1 (0.5 h on 2026-03-02 by TK-P1) bills an internal conference"
                + " (A105), which the guidelines do not pay.");
        assertThat(f.adjustment()).isEqualTo(new Adjustment.Disallow());
        assertThat(f.amountAtStake()).isEqualTo(usd("225.00"));
    }

    @Test
    @NearMiss(CONFERENCE)
    void conferencesWithTheClientAreNotInternal() {
        Invoice invoice = invoice()
                .add(fee(PARTNER, MARCH_2, "0.5").narrative("Telephone conference with client regarding deposition"
                        + " strategy").activity("A106"))
                .build();
        assertThat(findings(check(invoice), CONFERENCE)).isEmpty();
    }

    @Test
    @Fires(CONFERENCE)
    void whenAllowedPaysOnlyTheFirstTimekeeperOfTheDay() {
        Invoice invoice = invoice()
                .add(fee(ASSOCIATE, MARCH_2, "0.4").narrative("Confer with partner regarding expert retention")
                        .activity("A105"))
                .add(fee(PARTNER, MARCH_2, "0.4").narrative("Confer with associate regarding expert retention")
                        .activity("A105"))
                .add(fee(ASSOCIATE, MARCH_2, "0.2").narrative("Follow-up conference with partner on expert budget")
                        .activity("A105"))
                .add(fee(PARTNER, MARCH_3, "0.3").narrative("Confer with associate regarding deposition outline")
                        .activity("A105"))
                .build();
        ComplianceReport report = check(invoice, CONFERENCES_ALLOWED);
        assertThat(lines(report, CONFERENCE)).containsExactly("2");
        assertThat(findings(report, CONFERENCE).get(0).message()).isEqualTo("Entry 2 (0.4 h on 2026-03-02 by TK-P1)"
                + " is one of 2 timekeepers' internal conferences on 2026-03-02; the guidelines pay only the first"
                + " timekeeper's.");
    }

    @Test
    @NearMiss(CONFERENCE)
    void whenAllowedOneTimekeeperADayMayConferSeveralTimes() {
        Invoice invoice = invoice()
                .add(fee(ASSOCIATE, MARCH_2, "0.4").narrative("Confer with partner regarding expert retention")
                        .activity("A105"))
                .add(fee(ASSOCIATE, MARCH_2, "0.2").narrative("Follow-up conference with partner on expert budget")
                        .activity("A105"))
                .add(fee(PARTNER, MARCH_3, "0.3").narrative("Confer with associate regarding deposition outline")
                        .activity("A105"))
                .build();
        assertThat(findings(check(invoice, CONFERENCES_ALLOWED), CONFERENCE)).isEmpty();
    }

    @Test
    @Fires(ATTENDEES)
    void disallowsEveryEntryOfTheSecondAttendee() {
        Invoice invoice = invoice()
                .add(fee(PARTNER, MARCH_3, "6.0").codes("L330", "A109").narrative("Attend deposition of plaintiff's"
                        + " treating physician"))
                .add(fee(ASSOCIATE, MARCH_3, "5.5").codes("L330", "A109").narrative("Attend deposition of"
                        + " plaintiff's treating physician"))
                .add(fee(ASSOCIATE, MARCH_3, "0.5").codes("L330", "A109").narrative("Attend continued deposition"
                        + " after lunch recess"))
                .add(fee(PARTNER, MARCH_3, "0.5").codes("L330", "A109").narrative("Attend continued deposition after"
                        + " lunch recess"))
                .build();
        ComplianceReport report = check(invoice);
        assertThat(lines(report, ATTENDEES)).containsExactly("2", "3");
        Finding f = findings(report, ATTENDEES).get(0);
        assertThat(f.message()).isEqualTo("Entry 2 (5.5 h on 2026-03-03 by TK-A1): 2 timekeepers billed attendance"
                + " (A109) for task L330 that day; the guidelines pay for 1 and TK-A1 is number 2.");
        assertThat(f.amountAtStake()).isEqualTo(usd("1650.00"));
        assertThat(f.adjustment()).isEqualTo(new Adjustment.Disallow());
    }

    @Test
    @NearMiss(ATTENDEES)
    void differentEventsOrAHigherLimitAreFine() {
        Invoice invoice = invoice()
                .add(fee(PARTNER, MARCH_3, "2.0").codes("L450", "A109").narrative("Attend hearing on motion to"
                        + " compel before Judge Ruiz"))
                .add(fee(ASSOCIATE, MARCH_3, "5.5").codes("L330", "A109").narrative("Attend deposition of"
                        + " plaintiff's treating physician"))
                .add(fee(ASSOCIATE, MARCH_2, "4.0").codes("L450", "A109").narrative("Attend case management"
                        + " conference"))
                .build();
        assertThat(findings(check(invoice), ATTENDEES)).isEmpty();
        Invoice two = invoice()
                .add(fee(PARTNER, MARCH_3, "6.0").codes("L330", "A109").narrative("Attend deposition of plaintiff"))
                .add(fee(ASSOCIATE, MARCH_3, "6.0").codes("L330", "A109").narrative("Attend deposition of"
                        + " plaintiff"))
                .build();
        assertThat(findings(check(two, Guideline.profile(ATTENDEES, "maxAttendees", ParameterValue.integer(2))),
                ATTENDEES)).isEmpty();
    }

    @Test
    @Fires(STAFFING)
    void flagsAPartnerOrganisingFiles() {
        Invoice invoice = invoice()
                .add(fee(PARTNER, MARCH_2, "1.5").activity("A110").narrative("Organize exhibits in litigation"
                        + " database for expert review"))
                .build();
        ComplianceReport report = check(invoice);
        assertThat(lines(report, STAFFING)).containsExactly("1");
        Finding f = findings(report, STAFFING).get(0);
        assertThat(f.message()).isEqualTo("Entry 1 (1.5 h on 2026-03-02 by TK-P1): a PARTNR billed activity A110,"
                + " work the guidelines expect to be staffed at a junior level.");
        assertThat(f.amountAtStake()).isEqualTo(usd("675.00"));
        assertThat(f.adjustment()).isNull();
    }

    @Test
    @NearMiss(STAFFING)
    void paralegalsManageFilesAndPartnersAnalyse() {
        Invoice invoice = invoice()
                .add(fee(PARALEGAL, MARCH_2, "1.5").activity("A110").narrative("Organize exhibits in litigation"
                        + " database for expert review"))
                .add(fee(PARTNER, MARCH_2, "1.5").activity("A104").narrative("Analyze expert report on causation"))
                .build();
        assertThat(findings(check(invoice), STAFFING)).isEmpty();
        ComplianceReport wider = check(invoice, Guideline.profile().parameter(STAFFING, "seniorClassifications",
                ParameterValue.strings(List.of("PARTNR", "OFCOUN"))).parameter(STAFFING, "juniorActivities",
                ParameterValue.strings(List.of("A110", "A104"))).build());
        assertThat(lines(wider, STAFFING)).containsExactly("2");
    }

    @Test
    @NearMiss(ATTENDEES)
    void aSecondAssociateAtADifferentTaskIsAnotherEvent() {
        Invoice invoice = invoice()
                .add(fee(ASSOCIATE, MARCH_3, "3.0").codes("L330", "A109").narrative("Attend deposition of claims"
                        + " adjuster"))
                .add(fee(SECOND_ASSOCIATE, MARCH_3, "3.0").codes("L340", "A109").narrative("Attend deposition of"
                        + " defense biomechanical expert"))
                .build();
        assertThat(findings(check(invoice), ATTENDEES)).isEmpty();
    }
}

package dev.legalbilling.contingency;

import dev.legalbilling.money.Fraction;
import dev.legalbilling.money.Tier;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import static dev.legalbilling.contingency.ScheduleFixtures.query;
import static dev.legalbilling.contingency.ScheduleFixtures.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;


/** The schedule file format: what it accepts and how it reports mistakes. */
class ScheduleFileFormatTest {
    private static final String HEADER = String.join("\n", "schedule: XX-TEST", "title: Test schedule",
            "citation: test", "jurisdiction: US-XX", "matter-types: PERSONAL_INJURY", "governing-date: recovery [U]",
            "basis: net [V]");

    private static ScheduleFormatException problemsIn(String text) {
        try {
            ContingencySchedules.parse(text, "test.txt");
        } catch (ScheduleFormatException e) {
            return e;
        }
        throw new AssertionError("expected a ScheduleFormatException");
    }

    @Test
    void readsAllRateFormsExactly() {
        ContingencySchedule s = ContingencySchedules.parse(HEADER + "\n" + String.join("\n", "version: undated",
                "scale: any", "tier: 0 to 300 at 1/3 [V]", "tier: 300 to 600 at 33 1/3% [V]",
                "tier: 600 to 900 at 12.5% [V]", "tier: 900 and above at 10% [P]"), "t").schedule("XX-TEST");
        Scale scale = s.versions().get(0).scales().get(0);
        assertThat(scale.rates().tiers()).extracting(Tier::rate).containsExactly(Fraction.of(1, 3),
                Fraction.of(1, 3), Fraction.of(1, 8), Fraction.of(1, 10));
        assertThat(scale.statuses().get(3)).isEqualTo(SourceStatus.PARTLY_CONFIRMED);
        assertThat(s.maximumFee(query("1000")).fee()).isEqualTo(usd("247.50"));
    }

    @Test
    void keepsNotesWhereTheyBelong() {
        ContingencySchedule s = ContingencySchedules.parse(HEADER + "\n" + String.join("\n", "note: schedule note",
                "version: 2020-01-01 [V]", "note: version note", "scale: pre-suit", "note: scale note",
                "tier: 0 and above at 10% [V]", "scale: trial", "tier: 0 and above at 20% [V]"), "t")
                .schedule("XX-TEST");
        assertThat(s.notes()).containsExactly("schedule note");
        assertThat(s.versions().get(0).notes()).containsExactly("version note");
        assertThat(s.versions().get(0).scales().get(0).notes()).containsExactly("scale note");
        MaximumFee atTrial = s.maximumFee(query("100").withStage(Stage.TRIAL)
                .withDate(LocalDate.of(2021, 1, 1)));
        assertThat(atTrial.notes()).containsExactly("schedule note", "version note");
    }

    @Test
    void reportsEveryProblemWithItsLine() {
        ScheduleFormatException e = problemsIn(HEADER + "\n" + String.join("\n",
                "version: 2020-13-01 [V]",
                "scale: pre-suit, lunch",
                "tier: 0 to 100 at 50% [V]",
                "schedule: XX-TWO",
                "title: Two",
                "colour: red",
                "tier: 0 to 100 at 50%"));
        assertThat(e.problems()).extracting(ScheduleFormatException.Problem::line).containsExactly(8, 9, 13, 14,
                11);
        assertThat(e.getMessage()).contains("test.txt:8: version: '2020-13-01' is not a date YYYY-MM-DD or 'undated'")
                .contains("test.txt:9: scale: stage must be one of administrative, pre-suit")
                .contains("test.txt:13: unknown key 'colour'")
                .contains("test.txt:14: tier: comes before any 'scale:' line")
                .contains("test.txt:11: schedule XX-TWO lacks citation, jurisdiction, matter-types, governing-date,"
                        + " basis, version");
        assertThat(e.code()).isEqualTo("CONTINGENCY_SCHEDULE_FORMAT");
    }

    @Test
    void requiresAStatusTagOnEveryFigure() {
        assertThat(problemsIn(HEADER + "\nversion: undated\nscale: any\ntier: 0 and above at 5%").getMessage())
                .isEqualTo("test.txt:10: tier: '0 and above at 5%' must end with a status tag [V], [P] or [U]");
        assertThat(problemsIn(HEADER.replace("basis: net [V]", "basis: net") + "\nversion: undated\nscale: any"
                + "\ntier: 0 and above at 5% [X]").getMessage())
                .contains("test.txt:7: basis: 'net' must end with a status tag")
                .contains("test.txt:10: tier: status must be [V], [P] or [U], was 'X'");
    }

    @Test
    void rejectsTiersWithAGapAtTheScaleLine() {
        ScheduleFormatException e = problemsIn(HEADER + "\n" + String.join("\n", "version: undated", "scale: any",
                "tier: 0 to 100 at 50% [V]", "tier: 200 and above at 10% [V]"));
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(9);
            assertThat(p.message()).contains("XX-TEST").contains("must start where the previous tier ends");
        });
    }

    @Test
    void rejectsAScaleThatDoesNotStartAtZeroOrHasACourtBandInTheMiddle() {
        assertThat(problemsIn(HEADER + "\nversion: undated\nscale: any\ntier: 10 and above at 5% [V]").getMessage())
                .contains("must start at zero");
        assertThat(problemsIn(HEADER + "\nversion: undated\nscale: any\ntier: 0 to 10 court-set [V]").getMessage())
                .contains("expected 'FROM to TO at RATE'");
        assertThat(problemsIn(HEADER + "\nversion: undated\nscale: any\ntier: 0 and above court-set [V]"
                + "\ntier: 10 and above at 5% [V]").getMessage()).contains("is open-ended but is not the last tier");
    }

    @Test
    void rejectsAScaleWhoseLastBandIsBoundedSoNothingAboveItIsLeftUnsaid() {
        assertThat(problemsIn(HEADER + "\nversion: undated\nscale: any\ntier: 0 to 10 at 5% [V]").getMessage())
                .contains("is the last tier but has an upper bound");
        assertThat(ContingencySchedules.parse(HEADER + "\nversion: undated\nscale: any\ntier: 0 to 10 at 5% [V]"
                + "\ntier: 10 and above court-set [P]", "t").schedule("XX-TEST").versions().get(0).scales().get(0)
                .courtZoneStatus()).contains(SourceStatus.PARTLY_CONFIRMED);
    }

    @Test
    void rejectsTwoScalesForOneStageAndRatesAboveAHundredPercent() {
        assertThat(problemsIn(HEADER + "\nversion: undated\nscale: trial\ntier: 0 and above at 5% [V]"
                + "\nscale: any\ntier: 0 and above at 5% [V]").getMessage()).contains("covered by two scales");
        assertThat(problemsIn(HEADER + "\nversion: undated\nscale: any\ntier: 0 and above at 101% [V]")
                .getMessage()).contains("must be at most 100%");
    }

    @Test
    void rejectsDuplicateIdsAndDuplicateVersionDates() {
        String one = HEADER + "\nversion: undated\nscale: any\ntier: 0 and above at 5% [V]";
        assertThat(problemsIn(one + "\n" + one).getMessage()).contains("test.txt:11: schedule XX-TEST is defined twice");
        assertThat(problemsIn(one + "\nversion: undated\nscale: any\ntier: 0 and above at 6% [V]").getMessage())
                .contains("version is given twice, was 'undated'");
    }

    @Test
    void rejectsAnIncompleteMinorsLimitAndAnEmptyFile() {
        assertThat(problemsIn(HEADER + "\nversion: undated\nscale: any\ntier: 0 and above at 30% [V]"
                + "\nminors-limit: 25% [V]").getMessage())
                .contains("needs minors-limit, minors-stages and minors-reading together");
        assertThatThrownBy(() -> ContingencySchedules.parse("# nothing\n", "empty.txt"))
                .hasMessage("empty.txt:0: contains no schedule");
    }
}

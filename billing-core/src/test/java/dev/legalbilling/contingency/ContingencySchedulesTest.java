package dev.legalbilling.contingency;

import static dev.legalbilling.contingency.ScheduleFixtures.query;
import static dev.legalbilling.contingency.ScheduleFixtures.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.legalbilling.party.Jurisdiction;
import dev.legalbilling.party.MatterType;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContingencySchedulesTest {
    private static final String FIRM_OVERRIDES = "firm-overrides.txt";

    @Test
    void shipsTheTwelveSchedulesOfTheIssue() {
        assertThat(ContingencySchedules.builtIn().ids()).containsExactly("NY-PI-A", "NY-PI-B", "NY-MED-MAL",
                "NJ-TORT", "FL-PI", "FL-MED-MAL", "CA-MICRA", "CA-COLLECTION", "FTCA", "SSA-406A", "VA-DIRECT",
                "MI-PI");
        assertThat(ContingencySchedules.all()).allSatisfy(s -> {
            assertThat(s.citation()).isNotBlank();
            assertThat(s.currency().getCurrencyCode()).isEqualTo("USD");
        });
    }

    @Test
    void findsAScheduleById() {
        ContingencySchedule a = ContingencySchedules.byId("NY-PI-A");
        assertThat(a.title()).contains("Schedule A");
        assertThat(a.citation()).contains("603.25").contains("691.20");
        assertThat(a.bases()).containsExactly(Basis.NET, Basis.GROSS);
    }

    @Test
    void rejectsAnUnknownIdListingTheKnownOnes() {
        assertThatThrownBy(() -> ContingencySchedules.byId("NY-PI-C"))
                .isInstanceOf(UnknownScheduleException.class)
                .hasMessageStartingWith("no contingency schedule has the id 'NY-PI-C'; known: NY-PI-A, NY-PI-B")
                .extracting(e -> ((UnknownScheduleException) e).code()).isEqualTo("CONTINGENCY_UNKNOWN_SCHEDULE");
        assertThat(ContingencySchedules.builtIn().find("NY-PI-C")).isEmpty();
    }

    @Test
    void listsTheSchedulesThatCapAMatter() {
        ContingencySchedules all = ContingencySchedules.builtIn();
        assertThat(all.applicableTo(Jurisdiction.of("US-NY"), MatterType.PERSONAL_INJURY))
                .extracting(ContingencySchedule::id).containsExactly("NY-PI-A", "NY-PI-B");
        assertThat(all.applicableTo(Jurisdiction.of("US-FL"), MatterType.MEDICAL_MALPRACTICE))
                .extracting(ContingencySchedule::id).containsExactly("FL-PI", "FL-MED-MAL");
        assertThat(all.applicableTo(Jurisdiction.US_FEDERAL, MatterType.SOCIAL_SECURITY_DISABILITY))
                .extracting(ContingencySchedule::id).containsExactly("SSA-406A");
        assertThat(all.applicableTo(Jurisdiction.of("US-NJ"), MatterType.EMPLOYMENT)).isEmpty();
    }

    @Test
    void everyFigureCarriesAStatusTagAndParametersAreListed() {
        ContingencySchedule nj = ContingencySchedules.byId("NJ-TORT");
        assertThat(nj.parameters()).contains("version 2014-07-30: effective date [P]", "basis: net [P]",
                "governing date: agreement [U]");
        assertThat(ContingencySchedules.byId("NY-PI-B").parameters()).containsExactly("governing date: agreement [U]");
        assertThat(ContingencySchedules.byId("FL-PI").parameters())
                .contains("version undated, appeal: USD 0.00 to USD 1,000,000.00 at 45% [U]");
    }

    @Test
    void overridesABuiltInScheduleAndAddsNewOnesFromAStream() throws Exception {
        ContingencySchedules overrides;
        try (InputStream in = getClass().getResourceAsStream(FIRM_OVERRIDES)) {
            overrides = ContingencySchedules.load(in, FIRM_OVERRIDES);
        }
        ContingencySchedules firm = ContingencySchedules.builtIn().withOverrides(overrides);

        assertThat(firm.ids()).hasSize(13).endsWith("TX-WC-SAMPLE").contains("NJ-TORT");
        FeeQuery twoMillion = query("2000000").withDate(LocalDate.of(2014, 8, 15));
        assertThat(firm.schedule("NJ-TORT").maximumFee(twoMillion).fee()).isEqualTo(usd("541666.67"));
        assertThat(ContingencySchedules.byId("NJ-TORT").maximumFee(twoMillion).fee()).isEqualTo(usd("600000.00"));
        assertThat(firm.schedule("NJ-TORT").maximumFee(twoMillion.withDate(LocalDate.of(2014, 9, 1))).fee())
                .isEqualTo(usd("600000.00"));
    }

    @Test
    void loadsAFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("one.txt");
        Files.writeString(file, String.join("\n", "schedule: XX-ONE", "title: One", "citation: test",
                "jurisdiction: US-XX", "matter-types: OTHER_TORT", "governing-date: agreement [U]", "basis: net [U]",
                "version: undated", "scale: any", "tier: 0 and above at 1/3 [U]"));
        assertThat(ContingencySchedules.load(file).schedule("XX-ONE").maximumFee(query("300")).fee())
                .isEqualTo(usd("100.00"));
    }

    @Test
    void reportsAMissingFileAsAFormatProblem(@TempDir Path dir) {
        Path missing = dir.resolve("missing.txt");
        assertThatThrownBy(() -> ContingencySchedules.load(missing))
                .isInstanceOf(ScheduleFormatException.class)
                .hasMessage(missing + ":0: file not found");
    }
}

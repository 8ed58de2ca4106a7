package dev.legalbilling.json.matter;

import static dev.legalbilling.json.matter.MatterFixtures.HEADER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.legalbilling.json.JsonInputException;
import dev.legalbilling.party.Timekeeper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A timekeeper's optional {@code barAdmissionYear} in the matter file: read, written back, and validated. */
class MatterFileExperienceTest {
    private static final String ADMITTED = HEADER.replace("classification: AS,", "classification: AS, "
            + "barAdmissionYear: 2025,") + MatterFixtures.FLAT;

    @Test
    void readsTheBarAdmissionYearWhereGivenAndNullWhereNot() {
        MatterFile file = MatterFile.parse("m.yaml", ADMITTED);
        assertThat(file.timekeepers()).extracting(Timekeeper::barAdmissionYear).containsExactly(null, 2025);
    }

    @Test
    void writesTheBarAdmissionYearBackInBothSyntaxes(@TempDir Path dir) {
        MatterFile file = MatterFile.parse("m.yaml", ADMITTED);
        Path yaml = dir.resolve("copy.yaml");
        Path json = dir.resolve("copy.json");
        file.write(yaml);
        file.write(json);
        assertThat(MatterFile.read(yaml)).isEqualTo(file);
        assertThat(MatterFile.read(json)).isEqualTo(file);
        assertThat(text(yaml)).containsOnlyOnce("barAdmissionYear: 2025");
    }

    @Test
    void refusesAYearOutOfRangeNamingTheKeyAndLine() {
        JsonInputException e = readError(ADMITTED.replace("barAdmissionYear: 2025", "barAdmissionYear: 1850"));
        assertThat(e.path()).isEqualTo("timekeepers[1].barAdmissionYear");
        assertThat(e.problem()).contains("1850").contains("between 1900 and 2999");
        assertThat(e.line()).isEqualTo(10);
    }

    @Test
    void refusesAYearThatIsNotAWholeNumber() {
        for (String bad : new String[] {"2025.5", "twenty"}) {
            JsonInputException e = readError(ADMITTED.replace("barAdmissionYear: 2025",
                    "barAdmissionYear: " + bad));
            assertThat(e.path()).as(bad).isEqualTo("timekeepers[1].barAdmissionYear");
            assertThat(e.line()).as(bad).isEqualTo(10);
            assertThat(e.getMessage()).as(bad).doesNotContain("java.lang");
        }
    }

    private static JsonInputException readError(String text) {
        JsonInputException e = catchThrowableOfType(JsonInputException.class, () -> MatterFile.parse("m.yaml", text));
        assertThat(e).as("refused").isNotNull();
        return e;
    }

    private static String text(Path file) {
        try {
            return Files.readString(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}

package dev.legalbilling.connect;

import dev.legalbilling.connect.clio.ClioCsv;
import dev.legalbilling.connect.mycase.MyCaseCsv;
import dev.legalbilling.connect.practicepanther.PracticePantherCsv;
import dev.legalbilling.json.JsonInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;


class CsvExportTest {
    private static final ImportQuery MARCH = ImportQuery.between(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31));
    private static final MappingOptions MAPPING = MappingOptions.defaults("13-4567890");

    @TempDir
    Path dir;

    private Path file(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    @Test
    void readsClioActivitiesImportTemplateInDecimalHours() throws IOException {
        Path csv = file("activities.csv", """
                matter,date,activity_description,note,price,quantity,type,activity_user,non_billable,utbms_task,utbms_activity,utbms_expense
                00042-Acme,03/02/2026,Drafting,Draft complaint,450,1.5,,Margaret Hale,,L210,A103,
                00042-Acme,03/03/2026,Review,Review docket,300,2.0,,Daniel Okafor,yes,L120,A104,
                00042-Acme,03/05/2026,Filing,Filing fee,125.40,1,ExpenseEntry,Margaret Hale,,,,E112
                00042-Acme,02/27/2026,Drafting,Late entry,450,1.0,,Margaret Hale,,L210,A103,
                """);

        ImportResult r = new ClioCsv(csv, ClioCsv.TEMPLATE, Clock.systemUTC()).fetch(MARCH, MAPPING);

        ImportedMatter m = r.matters().get(0);
        assertThat(m.work().time()).extracting(t -> t.hours().toPlainString()).containsExactly("1.5", "2.0");
        assertThat(m.work().time().get(1).billable()).isFalse();
        assertThat(m.work().expenses()).singleElement().satisfies(x -> assertThat(x.expenseCode()).isEqualTo("E112"));
        assertThat(m.matterFile().timekeepers()).extracting(t -> t.id().value()).containsExactly("MARGARETHALE",
                "DANIELOKAFOR");
        assertThat(r.skipped()).extracting(Skipped::sourceId, Skipped::reason).containsExactly(
                org.assertj.core.groups.Tuple.tuple("line 5", "dated outside 2026-03-01..2026-03-31"));
    }

    @Test
    void dayFirstFirmsGiveTheirDateFormat() throws IOException {
        Path csv = file("a.csv", "matter,date,note,price,quantity,activity_user,utbms_task,utbms_activity\n"
                + "7,13/03/2026,Call,200,0.3,Ann Lee,L120,A106\n");

        assertThatThrownBy(() -> new ClioCsv(csv, ClioCsv.TEMPLATE, Clock.systemUTC()).fetch(MARCH, MAPPING))
                .isInstanceOf(JsonInputException.class)
                .hasMessage(csv + ":2: date: '13/03/2026' is not a date as MM/dd/yyyy (--date-format) or YYYY-MM-DD");
        ImportResult r = new ClioCsv(csv, ClioCsv.TEMPLATE.withDatePattern("dd/MM/yyyy"), Clock.systemUTC())
                .fetch(MARCH, MAPPING);
        assertThat(r.matters().get(0).work().time().get(0).date()).isEqualTo(LocalDate.of(2026, 3, 13));
    }

    @Test
    void aColumnCanBeRenamed() throws IOException {
        Path csv = file("pp.csv", "Date,Matter,Timekeeper,Hours,Rate,Description,Task Code,Activity Code,Billed\n"
                + "03/04/2026,PP-17,Ana Ruiz,2.25,350.00,Draft motion,L250,A103,No\n"
                + "03/05/2026,PP-17,Ana Ruiz,1.00,350.00,Hearing,L250,A109,INV-0042\n");

        ImportResult r = new PracticePantherCsv(csv, PracticePantherCsv.EXPORT.withColumn("user=Timekeeper"),
                Clock.systemUTC()).fetch(MARCH, MAPPING);

        assertThat(r.matters().get(0).matterFile().timekeepers()).extracting(t -> t.lastName()).containsExactly("Ruiz");
        assertThat(r.matters().get(0).work().time()).hasSize(1);
        assertThat(r.skipped()).extracting(Skipped::reason).containsExactly("already billed in practicepanther");
    }

    @Test
    void aMissingColumnNamesTheLayoutAndTheOption() throws IOException {
        Path csv = file("mc.csv", "When,Case,Hours\n03/04/2026,MC-1,1\n");

        assertThatThrownBy(() -> new MyCaseCsv(csv, MyCaseCsv.EXPORT, Clock.systemUTC()).fetch(MARCH, MAPPING))
                .hasMessageStartingWith(csv + ":1: Date: the header has no 'Date' column (mycase-export layout;"
                        + " rename with --column DATE=HEADER)");
    }

    @Test
    void aMalformedNumberNamesLineAndColumnNotTheNarrative() throws IOException {
        Path csv = file("mc.csv", "Date,Case,User,Hours,Rate,Description\n03/04/2026,MC-1,Lee Chan,1h,275,Secret\n");

        assertThatThrownBy(() -> new MyCaseCsv(csv, MyCaseCsv.EXPORT, Clock.systemUTC()).fetch(MARCH, MAPPING))
                .hasMessage(csv + ":2: Hours: '1h' is not a decimal number")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("Secret"));
    }

    @Test
    void unknownColumnFieldIsRefused() {
        assertThatThrownBy(() -> MyCaseCsv.EXPORT.withColumn("duration=Time"))
                .hasMessageStartingWith("--column is not one of [MATTER, DATE");
    }
}

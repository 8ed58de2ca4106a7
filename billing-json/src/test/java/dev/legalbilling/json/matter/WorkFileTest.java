package dev.legalbilling.json.matter;

import static dev.legalbilling.json.matter.MatterFixtures.matter;
import static dev.legalbilling.json.matter.MatterFixtures.sample;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.legalbilling.contingency.Recovery;
import dev.legalbilling.contingency.Stage;
import dev.legalbilling.json.JsonInputException;
import dev.legalbilling.money.Money;
import dev.legalbilling.money.UnitPrice;
import dev.legalbilling.party.TimekeeperId;
import dev.legalbilling.work.Expense;
import dev.legalbilling.work.Receipt;
import dev.legalbilling.work.TimeEntry;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkFileTest {
    private static final MatterFile PEMBERTON = matter(MatterFixtures.CONTINGENCY);
    private static final String CSV_HEADER = "kind,date,timekeeper,hours,taskCode,activityCode,narrative\n";

    @Test
    void readsTheSampleMonthFromCsv() {
        MatterFile acme = MatterFile.read(sample("matters/acme-v-globex.yaml"));
        WorkFile work = WorkFile.read(sample("work/acme-v-globex-2026-03.csv"), acme);
        assertThat(work.time()).hasSize(116);
        assertThat(work.expenses()).hasSize(15);
        assertThat(work.recoveries()).isEmpty();
        assertThat(work.time()).filteredOn(TimeEntry::nonWorkingTravel).singleElement()
                .satisfies(e -> assertThat(e.hours()).isEqualByComparingTo("5.0"));
        assertThat(work.expenses()).filteredOn(x -> x.receipt() == Receipt.MISSING).singleElement()
                .satisfies(x -> assertThat(x.amount(RoundingMode.HALF_UP))
                        .isEqualTo(Money.of("96.50", "USD")));
        assertThat(work.expenses()).filteredOn(x -> x.expenseCode().equals("E101")).singleElement()
                .satisfies(x -> assertThat(x.unitCost()).isEqualTo(UnitPrice.of("0.25", "USD")));
        assertThat(work.time()).allSatisfy(e -> assertThat(e.matter()).isEqualTo(acme.matter().id()));
    }

    @Test
    void readsTheExpenseHeavySampleFromJson() {
        MatterFile northwind = MatterFile.read(sample("matters/northwind-v-calder.yaml"));
        WorkFile work = WorkFile.read(sample("work/northwind-v-calder-2026-03.json"), northwind);
        assertThat(work.time()).hasSize(24);
        assertThat(work.expenses()).hasSizeGreaterThan(30);
    }

    @Test
    void readsTheContingencySampleWithItsRecovery() {
        MatterFile ramos = MatterFile.read(sample("matters/ramos-v-brightline.yaml"));
        WorkFile work = WorkFile.read(sample("work/ramos-v-brightline-2026-05.yaml"), ramos);
        assertThat(work.recoveries()).containsExactly(new Recovery(LocalDate.of(2026, 5, 21),
                Money.of("185000.00", "USD"), Stage.POST_FILING, Money.of("7412.50", "USD")));
        assertThat(work.time()).filteredOn(e -> !e.billable()).hasSize(1);
    }

    @Test
    void readsEveryFieldOfAYamlWorkFileAndItsDefaults() {
        WorkFile work = WorkFile.parse("w.yaml", """
                timeEntries:
                  - date: 2026-03-10
                    timekeeper: P1
                    hours: 1.25
                    taskCode: l210
                    activityCode: A103
                    narrative: Draft the complaint and civil cover sheet
                    actualTime: PT1H12M
                  - {date: 2026-03-11, timekeeper: A1, hours: "3", taskCode: L160, activityCode: A111,
                     narrative: "Travel to Albany for mediation", billable: false, nonWorkingTravel: true}
                expenses:
                  - {date: 2026-03-12, expenseCode: E112, quantity: "1", unitCost: "405.00",
                     narrative: Index number fee, receipt: attached, timekeeper: A1, actualCost: "405.00"}
                  - {date: 2026-03-13, expenseCode: E101, quantity: 120, unitCost: "0.10", narrative: Copies}
                recoveries:
                  - {date: 2026-03-25, amount: "90000.00", stage: trial}
                """, PEMBERTON);
        TimeEntry first = work.time().get(0);
        assertThat(first.hours()).isEqualByComparingTo("1.25");
        assertThat(first.taskCode()).isEqualTo("L210");
        assertThat(first.billable()).isTrue();
        assertThat(first.nonWorkingTravel()).isFalse();
        assertThat(first.actualTime()).isEqualTo(Duration.ofMinutes(72));
        TimeEntry second = work.time().get(1);
        assertThat(second.billable()).isFalse();
        assertThat(second.nonWorkingTravel()).isTrue();
        Expense fee = work.expenses().get(0);
        assertThat(fee.receipt()).isEqualTo(Receipt.ATTACHED);
        assertThat(fee.timekeeper()).isEqualTo(TimekeeperId.of("A1"));
        assertThat(fee.actualCost()).isEqualByComparingTo("405.00");
        assertThat(work.expenses().get(1).receipt()).isEqualTo(Receipt.UNKNOWN);
        assertThat(work.recoveries().get(0).costs()).isEqualTo(Money.of("0.00", "USD"));
    }

    @Test
    void readsCsvWithQuotedNarrativesBlankLinesAndAByteOrderMark() {
        WorkFile work = WorkFile.parse("w.csv", "\uFEFF" + CSV_HEADER
                + "time,2026-03-10,P1,2.0,L210,A103,\"Draft complaint, including the \"\"fraud\"\" count\"\n"
                + "\n"
                + "time , 2026-03-11 , A1 , 0.5 , L210 , A104 , Review draft complaint for filing \n", PEMBERTON);
        assertThat(work.time()).extracting(TimeEntry::narrative).containsExactly(
                "Draft complaint, including the \"fraud\" count", "Review draft complaint for filing");
        assertThat(work.time().get(1).hours()).isEqualTo(new BigDecimal("0.5"));
    }

    @Test
    void readsWindowsLineEndsAndAHeaderWithoutRows() {
        WorkFile work = WorkFile.parse("w.csv", CSV_HEADER.replace("\n", "\r\n")
                + "time,2026-03-10,P1,2.0,L210,A103,Draft the complaint\r\n", PEMBERTON);
        assertThat(work.time()).singleElement().satisfies(e -> assertThat(e.narrative())
                .isEqualTo("Draft the complaint"));
        assertThat(WorkFile.parse("w.csv", CSV_HEADER, PEMBERTON)).isEqualTo(new WorkFile(List.of(), List.of(),
                List.of()));
    }

    @Test
    void refusesAMisspelledSection() {
        assertThatThrownBy(() -> WorkFile.parse("w.yml", "timeEntry:\n  - {date: 2026-03-10}\n", PEMBERTON))
                .isInstanceOf(JsonInputException.class)
                .hasMessageEndingWith("w.yml:3:1: timeEntry: unknown key; did you mean timeEntries?");
    }

    @Test
    void refusesABadHoursValueInCsvNamingLineAndColumn() {
        JsonInputException e = csvError(CSV_HEADER
                + "time,2026-03-10,P1,2.0,L210,A103,Draft the complaint and cover sheet\n"
                + "time,2026-03-11,P1,1.5h,L210,A103,Revise the complaint after client comments\n");
        assertThat(e.getMessage()).isEqualTo("w.csv:3: hours: hours is not a decimal number, was '1.5h'");
    }

    @Test
    void refusesABadHoursValueInYamlNamingPathAndLine() {
        assertThatThrownBy(() -> WorkFile.parse("w.yaml", """
                timeEntries:
                  - date: 2026-03-10
                    timekeeper: P1
                    hours: 1.5h
                    taskCode: L210
                    activityCode: A103
                    narrative: Draft the complaint
                """, PEMBERTON))
                .isInstanceOf(JsonInputException.class)
                .hasMessage("w.yaml:4:12: timeEntries[0].hours: '1.5h' is not a decimal number");
    }

    @Test
    void refusesHoursOutOfRangeAtTheEntry() {
        assertThatThrownBy(() -> WorkFile.parse("w.json", """
                {"timeEntries": [
                  {"date": "2026-03-10", "timekeeper": "P1", "hours": "25", "taskCode": "L210",
                   "activityCode": "A103", "narrative": "Draft the complaint"}]}
                """, PEMBERTON))
                .isInstanceOf(JsonInputException.class)
                .hasMessage("w.json:2:3: timeEntries[0].hours: hours must be between 0 and 24, was '25'");
    }

    @Test
    void refusesAnUnknownCsvColumn() {
        JsonInputException e = csvError("kind,date,timekeeper,hours,task,activityCode,narrative\n");
        assertThat(e.path()).isEqualTo("task");
        assertThat(e.line()).isEqualTo(1);
        assertThat(e.problem()).contains("unknown column 'task'").contains("taskCode");
    }

    @Test
    void refusesACsvWithoutKindColumn() {
        assertThat(csvError("date,timekeeper,hours\n").problem()).contains("no 'kind' column");
    }

    @Test
    void refusesAnUnknownKindOfRow() {
        JsonInputException e = csvError(CSV_HEADER + "fee,2026-03-10,P1,2.0,L210,A103,Draft the complaint\n");
        assertThat(e.getMessage()).isEqualTo("w.csv:2: kind: 'fee' is not a kind of row; expected time, expense or"
                + " recovery");
    }

    @Test
    void refusesACellTheRowsKindDoesNotUse() {
        JsonInputException e = csvError("kind,date,timekeeper,hours,taskCode,activityCode,narrative,unitCost\n"
                + "time,2026-03-10,P1,2.0,L210,A103,Draft the complaint,350\n");
        assertThat(e.path()).isEqualTo("unitCost");
        assertThat(e.problem()).contains("not used on time rows");
    }

    @Test
    void refusesARowWithMissingCells() {
        JsonInputException e = csvError(CSV_HEADER + "time,2026-03-10,P1,2.0,L210,A103\n");
        assertThat(e.line()).isEqualTo(2);
        assertThat(e.problem()).contains("Not enough column values");
    }

    @Test
    void refusesATimekeeperTheMatterFileDoesNotList() {
        JsonInputException e = csvError(CSV_HEADER + "time,2026-03-10,Z9,2.0,L210,A103,Draft the complaint\n");
        assertThat(e.getMessage()).isEqualTo("w.csv:2: timekeeper: 'Z9' is not a timekeeper of the matter file (it"
                + " lists P1, A1)");
    }

    @Test
    void refusesATaskCodeOutsideTheMattersCodeSet() {
        JsonInputException e = csvError(CSV_HEADER + "time,2026-03-10,P1,2.0,B110,A103,Draft the plan\n");
        assertThat(e.path()).isEqualTo("taskCode");
        assertThat(e.problem()).contains("'B110'").contains("LITIGATION");
    }

    @Test
    void refusesAnExpenseMorePreciseThanAUnitPrice() {
        assertThatThrownBy(() -> WorkFile.parse("w.yaml", """
                expenses:
                  - {date: 2026-03-12, expenseCode: E101, quantity: 2, unitCost: "0.12345", narrative: Copies}
                """, PEMBERTON))
                .isInstanceOf(JsonInputException.class)
                .hasMessageContaining("expenses[0].unitCost: unitPrice has more than 4 decimals");
    }

    @Test
    void refusesAnUnknownRecoveryStage() {
        assertThatThrownBy(() -> WorkFile.parse("w.yaml", """
                recoveries:
                  - {date: 2026-03-25, amount: "90000.00", stage: settled}
                """, PEMBERTON))
                .isInstanceOf(JsonInputException.class)
                .hasMessageContaining("recoveries[0].stage: 'settled' is not one of ADMINISTRATIVE, PRE_SUIT,"
                        + " POST_FILING, ANSWERED, LIABILITY_ADMITTED, TRIAL, APPEAL");
    }

    @Test
    void refusesAMissingWorkFile(@TempDir Path dir) {
        Path missing = dir.resolve("work.csv");
        assertThatThrownBy(() -> WorkFile.read(missing, PEMBERTON))
                .isInstanceOf(JsonInputException.class).hasMessage(missing + ": file not found");
    }

    @Test
    void writesTheSampleMonthBackInEverySyntax(@TempDir Path dir) {
        MatterFile acme = MatterFile.read(sample("matters/acme-v-globex.yaml"));
        WorkFile work = WorkFile.read(sample("work/acme-v-globex-2026-03.csv"), acme);
        for (String name : new String[] {"w.csv", "w.yaml", "w.json"}) {
            Path file = dir.resolve(name);
            work.write(file, acme);
            assertThat(WorkFile.read(file, acme)).as(name).isEqualTo(work);
        }
    }

    @Test
    void refusesToWriteWorkOfAnotherMatter() {
        MatterFile acme = MatterFile.read(sample("matters/acme-v-globex.yaml"));
        WorkFile work = WorkFile.read(sample("work/acme-v-globex-2026-03.csv"), acme);
        assertThatThrownBy(() -> work.format("w.csv", PEMBERTON))
                .hasMessageContaining("is not the matter file's matter M-1");
    }

    @Test
    void keepsNarrativesOutOfToString() {
        WorkFile work = WorkFile.parse("w.csv", CSV_HEADER + "time,2026-03-10,P1,2.0,L210,A103,Secret strategy\n",
                PEMBERTON);
        assertThat(work.toString()).isEqualTo("WorkFile[1 time entries, 0 expenses, 0 recoveries]");
    }

    private static JsonInputException csvError(String csv) {
        try {
            WorkFile.parse("w.csv", csv, PEMBERTON);
        } catch (JsonInputException e) {
            return e;
        }
        throw new AssertionError("no error for:\n" + csv);
    }
}

package dev.legalbilling.cli.invoice;

import static org.assertj.core.api.Assertions.assertThat;

import dev.legalbilling.cli.Cli;
import dev.legalbilling.cli.ExitCodes;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input ends with exit code 2 and one line on standard error naming the culprit, never a stack trace. */
class InvoiceCommandErrorsTest {
    private static final String HOURLY = InvoiceArrangementsTest.HEADER + "arrangement: {type: hourly}\n";

    @TempDir
    Path dir;
    private Path matter;
    private Path work;

    @BeforeEach
    void writeGoodFiles() throws Exception {
        matter = Files.writeString(dir.resolve("matter.yaml"), HOURLY);
        work = Files.writeString(dir.resolve("work.yaml"), InvoiceArrangementsTest.WORK_YAML);
    }

    private Cli.Result run(Path matterFile, Path workFile, String... options) {
        String[] args = new String[7 + options.length];
        System.arraycopy(new String[] {"invoice", "--matter", matterFile.toString(), "--work", workFile.toString(),
            "--period", "2026-03"}, 0, args, 0, 7);
        System.arraycopy(options, 0, args, 7, options.length);
        return Cli.run(args);
    }

    private static void assertOneLineError(Cli.Result run, String... fragments) {
        assertThat(run.code()).isEqualTo(ExitCodes.USAGE_OR_INPUT);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).singleElement().satisfies(line -> {
            assertThat(line).startsWith("billing: ").contains(fragments);
            assertThat(line).doesNotContain("Exception").doesNotContain("\tat ");
        });
    }

    @Test
    void reportsAMissingMatterFile() {
        Path missing = dir.resolve("no-such-matter.yaml");
        assertOneLineError(run(missing, work), missing + ": file not found");
    }

    @Test
    void reportsAMissingWorkFile() {
        Path missing = dir.resolve("no-such-work.csv");
        assertOneLineError(run(matter, missing), missing + ": file not found");
    }

    @Test
    void reportsAnUnknownKeyWithItsPathAndLine() throws Exception {
        Files.writeString(matter, HOURLY.replace("currency: USD}", "currency: USD, colour: red}"));
        assertOneLineError(run(matter, work), matter + ":2:", "matter.colour: unknown key; known keys: ");
    }

    @Test
    void reportsABadHoursValue() throws Exception {
        Files.writeString(work, InvoiceArrangementsTest.WORK_YAML.replace("hours: \"3.0\"", "hours: 3h"));
        assertOneLineError(run(matter, work), work + ":4:", "timeEntries[1].hours: '3h' is not a decimal number");
    }

    @Test
    void reportsABadHoursValueInCsv() throws Exception {
        Path csv = Files.writeString(dir.resolve("work.csv"),
                InvoiceArrangementsTest.WORK_CSV.replace(",3.0,", ",3h,"));
        assertOneLineError(run(matter, csv), csv + ":3: hours: hours is not a decimal number, was '3h'");
    }

    @Test
    void reportsAnUnknownFeeType() throws Exception {
        Files.writeString(matter, HOURLY.replace("type: hourly", "type: retainer"));
        assertOneLineError(run(matter, work), "arrangement.type: 'retainer' is not a fee arrangement type");
    }

    @Test
    void reportsAPeriodThatIsNotAMonth() {
        assertOneLineError(Cli.run("invoice", "--matter", matter.toString(), "--work", work.toString(),
                "--period", "March 2026"),
                "--period must be a calendar month as YYYY-MM, e.g. 2026-03, was 'March 2026'");
        assertOneLineError(Cli.run("invoice", "--matter", matter.toString(), "--work", work.toString(),
                "--period", "2026-3"), "--period must be a calendar month as YYYY-MM");
    }

    @Test
    void reportsAnInvoiceDateThatIsNotADate() {
        assertOneLineError(run(matter, work, "--invoice-date", "2026-04-31"), "--invoice-date must be a date");
    }

    @Test
    void reportsPriorFeesThatAreNotAnAmountOfTheCurrency() {
        assertOneLineError(run(matter, work, "--prior-fees", "12.345"), "--prior-fees must have at most 2 decimals for USD");
        assertOneLineError(run(matter, work, "--prior-fees", "1,5"), "--prior-fees must be an amount such as 2500");
        assertOneLineError(run(matter, work, "--prior-fees", "-5"), "--prior-fees must not be negative");
    }

    @Test
    void reportsAPipeInANarrativeThatLedesCannotCarry() throws Exception {
        Files.writeString(work, InvoiceArrangementsTest.WORK_YAML.replace("civil cover sheet",
                "civil cover sheet | exhibits"));
        assertOneLineError(run(matter, work, "--format", "ledes98b"), "LINE_ITEM_DESCRIPTION", "pipe");
        assertThat(run(matter, work, "--format", "text").code()).isEqualTo(ExitCodes.CLEAN);
    }

    @Test
    void reportsAnUnwritableOutFile() {
        Path out = dir.resolve("no-such-directory").resolve("invoice.ledes");
        assertOneLineError(run(matter, work, "--format", "ledes98b", "--out", out.toString()),
                out + ": cannot be written");
    }

    @Test
    void helpListsTheOptionsAndFormats() {
        Cli.Result run = Cli.run("invoice", "--help");
        assertThat(run.code()).isEqualTo(ExitCodes.CLEAN);
        assertThat(run.out()).contains("--matter=FILE", "--work=FILE", "--period=YYYY-MM", "--explain-rates",
                "Output format: text, ledes98b, ledes98bi, json.");
    }
}

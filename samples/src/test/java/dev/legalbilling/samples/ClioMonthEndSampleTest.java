package dev.legalbilling.samples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.legalbilling.ledes.LedesFileResult;
import dev.legalbilling.ledes.LedesReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClioMonthEndSampleTest {
    @TempDir
    Path dir;

    @Test
    void importsDraftsChecksAndWritesTheAdjustedLedes() throws Exception {
        List<String> lines = SampleRun.lines(ClioMonthEndSample::main, dir.toString());

        // Hale 6.5 + 4.5 h at 425 = 4,675.00; Okafor 9.0 + 1.25 h (4,500 seconds, read as hours) at 275 = 2,818.75;
        // the filing fee 405.00. The checks write off Hale's hour over the daily cap (425.00) and Okafor's hour
        // over the per-entry cap (275.00): 7,898.75 - 700.00 = 7,198.75.
        assertThat(lines).containsExactly(
                "clio: 1 matter, 4 time entries (21.25 h, USD 7,493.75 billable), 1 expense (USD 405.00)",
                "skipped 1 time entry: already billed in clio",
                "warning: clio gives no LEDES classification for its users; timekeepers without --classification"
                        + " are ASSOC (--default-classification)",
                "Draft 2026-0042-202603: 5 lines, USD 7898.75",
                "WARNING OCG-DAILY-HOURS line 2 (ADJUST)",
                "WARNING OCG-LONG-ENTRY line 3 (ADJUST)",
                "WARNING OCG-INCREMENT line 4 (FLAG)",
                "Adjusted LEDES 1998B: 7 lines, USD 7198.75");
        assertThat(dir.resolve("matter-2026-0042.yaml")).exists();
        assertThat(dir.resolve("work-2026-0042.csv")).exists();
        LedesFileResult ledes = LedesReader.builder().build().readAll(dir.resolve("2026-0042-202603.ledes"));
        assertThat(ledes.isAccepted()).isTrue();
        assertThat(ledes.builtInvoices().get(0).invoice().total().amount()).isEqualByComparingTo("7198.75");
        assertThat(Files.readString(dir.resolve("work-2026-0042.csv"))).doesNotContain("4500");
    }
}

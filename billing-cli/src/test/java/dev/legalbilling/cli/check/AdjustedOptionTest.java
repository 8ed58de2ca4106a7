package dev.legalbilling.cli.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.legalbilling.cli.Cli;
import dev.legalbilling.invoice.InvoiceLine;
import dev.legalbilling.invoice.LineType;
import dev.legalbilling.ledes.LedesDialect;
import dev.legalbilling.ledes.LedesFileResult;
import dev.legalbilling.ledes.LedesFormat;
import dev.legalbilling.ledes.LedesInvoice;
import dev.legalbilling.ledes.LedesIssue;
import dev.legalbilling.ledes.LedesReader;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code billing check --adjusted}: the README's example on the 98BI sample with a line dated after its billing
 * period, the choice between the profile's actions and every suggestion, and the output-file policy.
 */
class AdjustedOptionTest {
    private static final Path HARBOUR = Cli.repositoryFile("samples/invoices/harbour-v-keel-2026-03.ledes");

    @TempDir
    Path temp;

    @Test
    void outOfPeriodLineIsAWarningSoTheSampleIsCheckedAndItsFindingReported() {
        Cli.Result r = Cli.run("check", HARBOUR);

        assertThat(r.code()).as("an ERROR finding, not a format error").isEqualTo(1);
        assertThat(r.outLines()).contains(HARBOUR + ":6: LINE_ITEM_DATE: '20260402' is outside the billing period"
                + " 20260301..20260331 [I404] (warning)");
        assertThat(r.outLines()).anySatisfy(l -> assertThat(l).startsWith("  ERROR OCG-OUTSIDE-PERIOD line 4 ")
                .endsWith("suggest: disallow the line"));
    }

    @Test
    void withTheDefaultProfileAdjustedSaysWhyNothingChangedAndWhichOptionApplies() {
        Path out = temp.resolve("harbour-adjusted.ledes");

        Cli.Result r = Cli.run("check", "--adjusted", out, HARBOUR);

        assertThat(r.code()).isEqualTo(1);
        assertThat(r.errLines()).containsExactly(
                "billing: wrote 1 invoice to " + out + " (LEDES98BI V2): 0 adjustment lines, GBP 0.00 written down",
                "billing: no adjustment applied: the profile's rules only flag (action flag), and 1 finding suggests"
                        + " an adjustment; add --apply-suggestions to apply it, or give those rules action ADJUST in"
                        + " a --profile");
        LedesInvoice written = readAccepted(out, LedesDialect.spec());
        assertThat(written.invoice().lines()).hasSize(4);
    }

    /** The README's example: the corrected file, with the source's 98BI header and every total recomputed. */
    @Test
    void applySuggestionsWritesTheCorrectedFile() {
        Path out = temp.resolve("harbour-adjusted.ledes");

        Cli.Result r = Cli.run("check", "--adjusted", out, "--apply-suggestions", HARBOUR);

        assertThat(r.code()).isEqualTo(1);
        assertThat(r.errLines()).containsExactly("billing: wrote 1 invoice to " + out
                + " (LEDES98BI V2): 1 adjustment line, GBP 630.00 written down");
        LedesInvoice source = readAccepted(HARBOUR, LedesDialect.spec());
        LedesInvoice written = readAccepted(out, LedesDialect.spec());
        assertThat(written.header().statedTotal().amount()).isEqualByComparingTo("1818.00");
        assertThat(written.header().taxTotal()).isEqualByComparingTo("408.00");
        assertThat(written.header().netTotal()).isEqualByComparingTo("1410.00");
        assertThat(written.header().toBuilder().statedTotal(null).tax(null, null).build())
                .isEqualTo(source.header().toBuilder().statedTotal(null).tax(null, null).build());
        InvoiceLine adjustment = written.invoice().lines().get(4);
        assertThat(adjustment.type()).isEqualTo(LineType.FEE_ADJUSTMENT);
        assertThat(adjustment.total().amount()).isEqualByComparingTo("-630.00");
        assertThat(adjustment.date()).as("within the billing period").isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(written.invoice().lines().subList(0, 4)).usingRecursiveFieldByFieldElementComparatorIgnoringFields(
                "sourceLine").isEqualTo(source.invoice().lines());
    }

    @Test
    void theCorrectedFilePassesEveryBuiltInDialectButForTheOutOfPeriodSourceLine() {
        Path out = temp.resolve("harbour-adjusted.ledes");
        Cli.run("check", "--adjusted", out, "--apply-suggestions", HARBOUR);

        for (LedesDialect dialect : LedesDialect.builtIns()) {
            LedesFileResult result = LedesReader.builder().dialect(dialect).build().readAll(out);
            assertThat(result.allIssues()).as(dialect.name())
                    .allSatisfy(i -> assertThat(i.code().code()).isEqualTo("I404"));
        }
    }

    /** The README shows both runs with their standard error; the lines must be what the command prints. */
    @Test
    void readmeShowsWhatAdjustedPrints() throws IOException {
        Path out = temp.resolve("harbour-adjusted.ledes");
        String readme = Files.readString(Cli.repositoryFile("README.md"));

        Cli.Result flagged = Cli.run("check", "--adjusted", out, HARBOUR);
        Cli.Result applied = Cli.run("check", "--adjusted", out, "--apply-suggestions", HARBOUR);

        for (Cli.Result r : List.of(flagged, applied)) {
            for (String line : r.errLines()) {
                assertThat(readme).contains("  " + line.replace(out.toString(), "harbour-adjusted.ledes") + "\n");
            }
        }
        assertThat(readme).contains("./billing check --adjusted harbour-adjusted.ledes --apply-suggestions "
                + "samples/invoices/harbour-v-keel-2026-03.ledes");
    }

    @Test
    void whenNoFindingSuggestsAnythingAdjustedSaysSo() {
        Path out = temp.resolve("clean.ledes");

        Cli.Result r = Cli.run("check", "--no-default-packs", "--adjusted", out, "--apply-suggestions",
                CheckFixtures.OFFICIAL_SAMPLE);

        assertThat(r.code()).isZero();
        assertThat(r.errLines()).endsWith("billing: no adjustment applied: no finding suggests one");
        assertThat(out).exists();
    }

    @Test
    void applySuggestionsWithoutAdjustedIsBadUsage() {
        Cli.Result r = Cli.run("check", "--apply-suggestions", HARBOUR);

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--apply-suggestions needs --adjusted");
    }

    @Test
    void aNewAdjustedFileIsReadableByItsOwnerOnlyAndAReplacedOneKeepsItsPermissions() throws IOException {
        Assumptions.assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path fresh = temp.resolve("fresh.ledes");
        Path shared = Files.writeString(temp.resolve("shared.ledes"), "old");
        Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rw-r--r--"));

        Cli.run("check", "--adjusted", fresh, HARBOUR);
        Cli.run("check", "--adjusted", shared, HARBOUR);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(fresh))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(shared))).isEqualTo("rw-r--r--");
        assertThat(Files.readString(shared)).startsWith("LEDES98BI V2[]");
        try (var files = Files.list(temp)) {
            assertThat(files.map(p -> p.getFileName().toString())).as("no temporary file left")
                    .containsExactlyInAnyOrder("fresh.ledes", "shared.ledes");
        }
    }

    private static LedesInvoice readAccepted(Path file, LedesDialect dialect) {
        LedesFileResult result = LedesReader.builder().dialect(dialect).build().readAll(file);
        assertThat(result.format()).isEqualTo(LedesFormat.BI_V2);
        assertThat(result.allIssues()).filteredOn(LedesIssue::isError).isEmpty();
        return result.builtInvoices().get(0);
    }
}

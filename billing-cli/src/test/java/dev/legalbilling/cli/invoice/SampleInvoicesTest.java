package dev.legalbilling.cli.invoice;

import static dev.legalbilling.cli.Cli.sample;
import static org.assertj.core.api.Assertions.assertThat;

import dev.legalbilling.cli.Cli;
import dev.legalbilling.cli.ExitCodes;
import dev.legalbilling.ledes.LedesDialect;
import dev.legalbilling.ledes.LedesFileResult;
import dev.legalbilling.ledes.LedesReader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The invoices committed under {@code samples/invoices} are exactly what {@code billing invoice} makes of the sample
 * matter and work files today, so they never drift from the code; the LEDES ones pass the specification dialect.
 * After a deliberate change, regenerate them with the command line in {@code docs/invoice-files.md}.
 */
class SampleInvoicesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "acme-v-globex-2026-03.ledes,      acme-v-globex.yaml,      acme-v-globex-2026-03.csv,       2026-03, ledes98b",
        "northwind-v-calder-2026-03.ledes, northwind-v-calder.yaml, northwind-v-calder-2026-03.json, 2026-03, ledes98b",
        "acme-v-globex-2026-03.txt,        acme-v-globex.yaml,      acme-v-globex-2026-03.csv,       2026-03, text",
        "ramos-v-brightline-2026-05.txt,   ramos-v-brightline.yaml, ramos-v-brightline-2026-05.yaml, 2026-05, text"})
    void regeneratesTheCommittedSampleByteForByte(String invoice, String matter, String work, String period,
            String format, @TempDir Path dir) throws Exception {
        Path out = dir.resolve(invoice);
        Cli.Result run = Cli.run("invoice", "--matter", sample("data/matters/" + matter),
                "--work", sample("data/work/" + work), "--period", period, "--format", format, "--out", out.toString());
        assertThat(run.code()).as(run.err()).isEqualTo(ExitCodes.CLEAN);
        assertThat(Files.readAllBytes(out)).as("samples/invoices/" + invoice + " is stale: regenerate it")
                .isEqualTo(Files.readAllBytes(Path.of(sample("invoices/" + invoice))));
    }

    @ParameterizedTest
    @CsvSource({"acme-v-globex-2026-03.ledes, 130, 89206.80", "northwind-v-calder-2026-03.ledes, 61, 155330.70"})
    void sampleLedesInvoicesReadBackWithoutAnyIssue(String invoice, int lines, String total) {
        LedesFileResult read = LedesReader.builder().dialect(LedesDialect.spec()).build()
                .readAll(Path.of(sample("invoices/" + invoice)));
        assertThat(read.allIssues()).isEmpty();
        assertThat(read.isAccepted()).isTrue();
        assertThat(read.builtInvoices()).singleElement().satisfies(i -> {
            assertThat(i.invoice().lines()).hasSize(lines);
            assertThat(i.invoice().total().amount()).isEqualByComparingTo(total);
        });
    }
}

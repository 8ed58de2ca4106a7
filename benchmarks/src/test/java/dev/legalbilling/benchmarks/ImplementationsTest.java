package dev.legalbilling.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.legalbilling.benchmarks.baseline.HandCodedGuidelineChecks;
import dev.legalbilling.benchmarks.data.Workload;
import dev.legalbilling.benchmarks.data.Workloads;
import dev.legalbilling.invoice.Invoice;
import dev.legalbilling.ledes.LedesInvoice;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImplementationsTest {
    private static final Workload WORKLOAD = Workloads.generate(Workloads.SEED, 2, 500);

    @Test
    void handCodedCheckerGivesTheBaselineFindings() {
        InvoiceChecker<?> checker = CheckerImplementation.HAND_CODED.create(WORKLOAD.profile());
        HandCodedGuidelineChecks direct = new HandCodedGuidelineChecks(WORKLOAD.profile());

        for (Invoice invoice : WORKLOAD.invoices()) {
            assertThat(checker.baselineFindings(invoice, WORKLOAD.matter()))
                    .isNotEmpty()
                    .isEqualTo(direct.check(invoice, WORKLOAD.matter()));
        }
    }

    @Test
    void everyCheckerLoadsAndFindsTheSameGuidelineFindingsCount() {
        Invoice invoice = WORKLOAD.invoices().get(0);
        int expected = CheckerImplementation.HAND_CODED.create(WORKLOAD.profile())
                .baselineFindings(invoice, WORKLOAD.matter()).size();

        for (CheckerImplementation implementation : CheckerImplementation.values()) {
            assertThat(implementation.isWired()).isTrue();
            assertThat(implementation.create(WORKLOAD.profile()).baselineFindings(invoice, WORKLOAD.matter()))
                    .as(implementation.name())
                    .filteredOn(f -> f.ruleId().startsWith("OCG-"))
                    .hasSize(expected);
        }
    }

    @Test
    void rawSplitReadsEveryRowOfAWrittenFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("f.txt");
        long written = Workloads.writeLedesFile(file, 7, 50_000, 100);
        List<Object> rows = new ArrayList<>();

        long read = ParserImplementation.RAW_SPLIT.parse(file, rows::add);

        assertThat(read).isEqualTo(written);
        assertThat(rows).hasSize((int) written + 2);
        assertThat(rows.subList(1, rows.size())).allSatisfy(r -> assertThat((String[]) r).hasSize(24));
    }

    @Test
    void theLedesReaderReadsEveryLineOfAWrittenFileAsInvoices(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("f.txt");
        long written = Workloads.writeLedesInvoices(file, 7, 3, 200);
        List<Object> invoices = new ArrayList<>();

        long read = ParserImplementation.LEDES_READER.parse(file, invoices::add);

        assertThat(written).isEqualTo(600);
        assertThat(read).isEqualTo(written);
        assertThat(invoices).hasSize(3).allSatisfy(i -> assertThat(((LedesInvoice) i).invoice().lines()).hasSize(200));
    }

    @Test
    void theLedesReaderGivesBackTheInvoicesThatWereWritten(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("f.txt");
        Workloads.writeLedesInvoices(file, Workloads.SEED, 2, 100);
        Workload generated = Workloads.generate(Workloads.SEED, 2, 100);
        List<Object> invoices = new ArrayList<>();
        List<String> flaggedOnly = new ArrayList<>();

        ParserImplementation.LEDES_READER.parse(file, invoices::add);

        InvoiceChecker<?> checker = CheckerImplementation.HAND_CODED.create(generated.profile());
        for (int i = 0; i < 2; i++) {
            Invoice original = generated.invoices().get(i);
            Invoice read = ((LedesInvoice) invoices.get(i)).invoice();
            assertThat(read.number()).isEqualTo(original.number());
            assertThat(read.total()).isEqualTo(original.total());
            // LEDES 1998B has no field for the non-working-travel flag, yet travel survives the file: by task code
            // B195, and by its narrative ("Non-working travel to Chicago ...", one of OCG-TRAVEL's travelPhrases)
            assertThat(read.lines()).noneMatch(l -> l.nonWorkingTravel());
            assertThat(checker.baselineFindings(read, generated.matter()))
                    .isEqualTo(checker.baselineFindings(original, generated.matter()));
            original.lines().stream().filter(l -> l.nonWorkingTravel() && !"B195".equals(l.taskCode()))
                    .forEach(l -> flaggedOnly.add(l.lineNumber()));
        }
        assertThat(flaggedOnly).as("the workload has travel the file keeps only in its narrative").isNotEmpty();
    }
}

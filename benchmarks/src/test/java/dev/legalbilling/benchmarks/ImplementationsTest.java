package dev.legalbilling.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.legalbilling.benchmarks.baseline.HandCodedGuidelineChecks;
import dev.legalbilling.benchmarks.data.Workload;
import dev.legalbilling.benchmarks.data.Workloads;
import dev.legalbilling.invoice.Invoice;
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
    void theLedesReaderIsNotWiredYet(@TempDir Path dir) {
        assertThatThrownBy(() -> ParserImplementation.LEDES_READER.parse(dir.resolve("f.txt"), r -> { }))
                .isInstanceOf(UnsupportedOperationException.class).hasMessageContaining("phase 2");
    }
}

package dev.legalbilling.benchmarks.data;

import static org.assertj.core.api.Assertions.assertThat;

import dev.legalbilling.party.TimekeeperId;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkloadsTest {
    @Test
    void generatesTheSameInvoicesForTheSameSeed() {
        Workload a = Workloads.generate(Workloads.SEED, 3, 100);
        Workload b = Workloads.generate(Workloads.SEED, 3, 100);

        assertThat(a.invoices()).isEqualTo(b.invoices());
        assertThat(a.lineCount()).isEqualTo(300);
        assertThat(a.matter()).isEqualTo(Workloads.MATTER);
    }

    @Test
    void approvesTheGeneratedRosterWithItsRates() {
        Workload w = Workloads.generate(Workloads.SEED, 2, 1000);

        assertThat(w.profile().approvedTimekeepers()).hasSize(10).contains(TimekeeperId.of("TK-P1"));
        assertThat(w.profile().approvedRates().keySet()).isEqualTo(w.profile().approvedTimekeepers());
        assertThat(w.profile().approvedRates().get(TimekeeperId.of("TK-P1")).amount()).isEqualByComparingTo("650");
    }

    @Test
    void writesALedesFileOfAtLeastTheTargetSize(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("invoices.txt");

        long rows = Workloads.writeLedesFile(file, Workloads.SEED, 300_000, 100);

        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertThat(Files.size(file)).isGreaterThanOrEqualTo(300_000);
        assertThat(lines).hasSize((int) rows + 2);
        assertThat(rows % 100).isZero();
        assertThat(lines.get(0)).isEqualTo("LEDES1998B[]");
    }

    @Test
    void writesAGivenNumberOfInvoices(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("invoices.txt");

        long rows = Workloads.writeLedesInvoices(file, Workloads.SEED, 3, 40);

        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertThat(rows).isEqualTo(120);
        assertThat(lines).hasSize(122);
        assertThat(lines.stream().skip(2).map(l -> l.split("\\|", -1)[1]).distinct())
                .containsExactly("INV-000001", "INV-000002", "INV-000003");
    }
}

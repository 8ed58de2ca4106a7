package dev.legalbilling.benchmarks;

import dev.legalbilling.benchmarks.baseline.GuidelineProfile;
import dev.legalbilling.benchmarks.baseline.MatterContext;
import dev.legalbilling.benchmarks.data.Workload;
import dev.legalbilling.benchmarks.data.Workloads;
import dev.legalbilling.invoice.Invoice;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Issue item 4, start-up: in a fresh JVM (one fork per sample), the time to load the standard pack and check a
 * first 50-line invoice. Checking the first invoice is included so that work an engine defers to its first use
 * is counted. The JVM's own start and the generation of the invoice are not timed.
 *
 * <p>Single shot, milliseconds. Target: ≤ 200 ms for the bundled packs; compare with the pack compiled from DRL
 * at run time and with the hand-coded checks.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(10)
public class StartupBenchmark {
    /** Which implementation is loaded. */
    @Param({"HAND_CODED", "DROOLS", "DROOLS_FROM_DRL"})
    public CheckerImplementation checker;

    private GuidelineProfile profile;
    private MatterContext matter;
    private Invoice invoice;

    /** Generates the invoice and the profile, untimed. */
    @Setup(Level.Trial)
    public void setUp() {
        Workload workload = Workloads.generate(Workloads.SEED, 1, LatencyBenchmark.LINES);
        profile = workload.profile();
        matter = workload.matter();
        invoice = workload.invoices().get(0);
    }

    /**
     * Loads the checker and checks the first invoice.
     *
     * @return the findings, consumed by JMH
     */
    @Benchmark
    public List<?> loadAndCheckFirstInvoice() {
        return checker.create(profile).check(invoice, matter);
    }
}

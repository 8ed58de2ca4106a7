package dev.legalbilling.benchmarks;

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
 * Issue item 2, scaling: the time to check one invoice of 1,000, 10,000 and 100,000 lines.
 *
 * <p>Reports milliseconds per invoice. Target: the 100,000-line invoice costs ≤ 110 × the 1,000-line one (linear,
 * no pairwise comparison of lines).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g", "-XX:+AlwaysPreTouch"})
public class ScalingBenchmark {
    /** Lines of the one invoice. */
    @Param({"1000", "10000", "100000"})
    public int lines;

    /** Which implementation checks the invoice. */
    @Param({"HAND_CODED", "DROOLS"})
    public CheckerImplementation checker;

    private Invoice invoice;
    private MatterContext matter;
    private InvoiceChecker<?> engine;

    /** Generates the invoice and loads the checker, untimed. */
    @Setup(Level.Trial)
    public void setUp() {
        Workload workload = Workloads.generate(Workloads.SEED, 1, lines);
        invoice = workload.invoices().get(0);
        matter = workload.matter();
        engine = checker.create(workload.profile());
    }

    /**
     * Checks the invoice.
     *
     * @return the findings, consumed by JMH
     */
    @Benchmark
    public List<?> checkInvoice() {
        return engine.check(invoice, matter);
    }
}

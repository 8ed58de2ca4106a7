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
 * Issue item 5, latency: checking one 50-line invoice with a checker loaded once and reused, as a service or a
 * long-running CLI would. Cycles through 100 different 50-line invoices.
 *
 * <p>Sampled, microseconds; JMH prints the percentiles (report p50 and p99).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-XX:+AlwaysPreTouch"})
public class LatencyBenchmark {
    /** Lines of every invoice. */
    public static final int LINES = 50;
    private static final int INVOICES = 100;

    /** Which implementation checks the invoice. */
    @Param({"HAND_CODED", "DROOLS"})
    public CheckerImplementation checker;

    private List<Invoice> data;
    private MatterContext matter;
    private InvoiceChecker<?> engine;
    private int next;

    /** Generates the invoices and loads the checker, untimed. */
    @Setup(Level.Trial)
    public void setUp() {
        Workload workload = Workloads.generate(Workloads.SEED, INVOICES, LINES);
        data = workload.invoices();
        matter = workload.matter();
        engine = checker.create(workload.profile());
    }

    /**
     * Checks the next 50-line invoice.
     *
     * @return the findings, consumed by JMH
     */
    @Benchmark
    public List<?> checkInvoice() {
        Invoice invoice = data.get(next);
        next = next + 1 == data.size() ? 0 : next + 1;
        return engine.check(invoice, matter);
    }
}

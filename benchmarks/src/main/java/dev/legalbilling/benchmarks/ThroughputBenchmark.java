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
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Issue item 1, check throughput: {@code invoices} generated invoices of 1,000 lines (1,000 invoices = 1,000,000
 * lines by default), checked one after the other, round and round, by each {@code checker}.
 *
 * <p>Reports lines per second (one JMH operation = one line). Target: the engine's time ≤ 1.5 × the hand-coded
 * time, i.e. its lines/s ≥ the hand-coded lines/s ÷ 1.5.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms3g", "-Xmx3g", "-XX:+AlwaysPreTouch"})
public class ThroughputBenchmark {
    /** Lines of every invoice, as the issue asks. */
    public static final int LINES_PER_INVOICE = 1_000;

    /** How many invoices of 1,000 lines; 1,000 gives the 1,000,000 lines. */
    @Param({"1000"})
    public int invoices;

    /** Which implementation checks the invoices. */
    @Param({"HAND_CODED", "DROOLS", "DROOLS_WITH_ETHICS"})
    public CheckerImplementation checker;

    private List<Invoice> data;
    private MatterContext matter;
    private InvoiceChecker<?> engine;
    private int next;

    /** Generates the invoices and loads the checker, untimed. */
    @Setup(Level.Trial)
    public void setUp() {
        Workload workload = Workloads.generate(Workloads.SEED, invoices, LINES_PER_INVOICE);
        data = workload.invoices();
        matter = workload.matter();
        engine = checker.create(workload.profile());
    }

    /**
     * Checks the next invoice of the data set.
     *
     * @return the findings, consumed by JMH
     */
    @Benchmark
    @OperationsPerInvocation(LINES_PER_INVOICE)
    public List<?> checkInvoice() {
        Invoice invoice = data.get(next);
        next = next + 1 == data.size() ? 0 : next + 1;
        return engine.check(invoice, matter);
    }
}

package dev.legalbilling.benchmarks;

import dev.legalbilling.benchmarks.baseline.MatterContext;
import dev.legalbilling.benchmarks.data.Workload;
import dev.legalbilling.benchmarks.data.Workloads;
import dev.legalbilling.invoice.Invoice;
import dev.legalbilling.rules.Isolation;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What process isolation ({@link Isolation#workerJvm()}) costs: the guideline pack loaded as a directory of DRL
 * files (so it counts as untrusted), checked in-process ({@code IN_PROCESS}, the yardstick) and in a worker JVM
 * ({@code WORKER_JVM}) on the same 50-line invoices in the same run.
 *
 * <ul>
 *   <li>{@link #checkInvoice}: one check with the engine loaded once and reused (µs, sampled; report p50 and p99):
 *       the per-check overhead is the difference, the encoding of the request, the pipe and the strict parsing of
 *       the answer;</li>
 *   <li>{@link #startAndCheckFirst}: build the engine and check a first invoice (ms, single shot per iteration):
 *       for {@code WORKER_JVM} that is starting a fresh worker JVM, compiling the pack in it and the first check,
 *       the latency of a first check.</li>
 * </ul>
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-XX:+AlwaysPreTouch"})
public class IsolationBenchmark {
    private static final int INVOICES = 100;

    /** Where the untrusted pack runs. */
    public enum Where {
        /** In the benchmark's JVM: the yardstick. */
        IN_PROCESS,
        /** In a worker JVM with the default settings. */
        WORKER_JVM;

        Isolation isolation() {
            return this == IN_PROCESS ? Isolation.inProcess() : Isolation.workerJvm();
        }
    }

    /** Where the pack runs. */
    @Param({"IN_PROCESS", "WORKER_JVM"})
    public Where where;

    private Workload workload;
    private MatterContext matter;
    private List<Invoice> invoices;
    private DroolsChecker loaded;
    private int next;

    /** Generates the invoices and loads the engine once, untimed. */
    @Setup(Level.Trial)
    public void setUp() {
        workload = Workloads.generate(Workloads.SEED, INVOICES, LatencyBenchmark.LINES);
        matter = workload.matter();
        invoices = workload.invoices();
        loaded = DroolsChecker.fromDrl(workload.profile(), where.isolation());
    }

    /** Closes the engine (kills its worker). */
    @TearDown(Level.Trial)
    public void tearDown() {
        loaded.close();
    }

    /**
     * Checks the next 50-line invoice with the engine loaded once.
     *
     * @return the findings, consumed by JMH
     */
    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    @Warmup(iterations = 3, time = 2)
    @Measurement(iterations = 5, time = 2)
    public List<?> checkInvoice() {
        Invoice invoice = invoices.get(next);
        next = next + 1 == invoices.size() ? 0 : next + 1;
        return loaded.check(invoice, matter);
    }

    /**
     * Loads the pack (starting a worker JVM for {@code WORKER_JVM}), checks the first invoice and closes the engine.
     *
     * @return the findings, consumed by JMH
     */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 1)
    @Measurement(iterations = 5)
    public List<?> startAndCheckFirst() {
        DroolsChecker fresh = DroolsChecker.fromDrl(workload.profile(), where.isolation());
        try {
            return fresh.check(invoices.get(0), matter);
        } finally {
            fresh.close();
        }
    }
}

package dev.legalbilling.benchmarks;

import dev.legalbilling.benchmarks.baseline.MatterContext;
import dev.legalbilling.benchmarks.data.Workloads;
import dev.legalbilling.invoice.Invoice;
import dev.legalbilling.ledes.LedesInvoice;
import dev.legalbilling.testkit.InvoiceGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * Issue item 3b, memory: a LEDES 1998B file of {@code invoices} invoices of 1,000 lines (1,000,000 lines by default)
 * is read with {@link ParserImplementation#LEDES_READER} and each invoice is checked with {@link
 * CheckerImplementation#DROOLS} as soon as it is read, never holding more than one invoice, in a JVM limited to
 * {@code -Xmx512m}. Succeeding is the result; the time (seconds, single shot) is reported for information.
 *
 * <p>In the smoke run of {@code mvn verify} ({@code -f 0}) the heap limit does not apply; the real run
 * ({@code java -jar benchmarks.jar Streaming}) forks with it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(value = 1, jvmArgsAppend = "-Xmx512m")
public class StreamingBenchmark {
    /** Invoices of 1,000 lines in the file; 1,000 gives the 1,000,000 lines. */
    @Param({"1000"})
    public int invoices;

    private Path directory;
    private Path file;
    private InvoiceChecker<?> checker;
    private MatterContext matter;

    /**
     * Writes the file and loads the checker, untimed. The profile is built from the generated rosters (the same
     * for every seed position), without keeping the invoices.
     *
     * @throws IOException when the file cannot be written
     */
    @Setup(Level.Trial)
    public void setUp() throws IOException {
        directory = Files.createTempDirectory("ledes-stream");
        file = directory.resolve("stream-" + invoices + "x1000.ledes98b.txt");
        Workloads.writeLedesInvoices(file, Workloads.SEED, invoices, ThroughputBenchmark.LINES_PER_INVOICE);
        InvoiceGenerator generator = InvoiceGenerator.builder(Workloads.SEED).build();
        List<InvoiceGenerator.Generated> rosters = new ArrayList<>();
        rosters.add(generator.next(ThroughputBenchmark.LINES_PER_INVOICE));
        checker = CheckerImplementation.DROOLS.create(Workloads.profileFor(rosters));
        matter = Workloads.MATTER;
    }

    /**
     * Deletes the file.
     *
     * @throws IOException when it cannot be deleted
     */
    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        Files.deleteIfExists(file);
        Files.deleteIfExists(directory);
    }

    /**
     * Reads and checks the whole file, invoice by invoice.
     *
     * @param blackhole consumes the findings
     * @return the number of line items read and checked
     * @throws IOException when the file cannot be read
     */
    @Benchmark
    public long readAndCheckEveryInvoice(Blackhole blackhole) throws IOException {
        return ParserImplementation.LEDES_READER.parse(file, read -> {
            Invoice invoice = ((LedesInvoice) read).invoice();
            blackhole.consume(checker.check(invoice, matter));
        });
    }
}

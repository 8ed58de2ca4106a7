package dev.legalbilling.benchmarks;

import dev.legalbilling.benchmarks.data.Workloads;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * Issue item 3, parsing: reading a generated LEDES 1998B file of {@code megabytes} MB (100 by default), written to
 * a temporary directory before the trial and deleted after it.
 *
 * <p>Reports milliseconds per whole file; throughput in MB/s is the file size divided by that time. Target: the
 * LEDES reader's throughput ≥ 0.5 × the raw split's, i.e. its time ≤ 2 × the raw split's.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-XX:+AlwaysPreTouch"})
public class ParsingBenchmark {
    /** Size of the file in MB (10^6 bytes); the file is at least this big. */
    @Param({"100"})
    public int megabytes;

    /** How the file is read: the raw split yardstick and billing-core's LEDES reader. */
    @Param({"RAW_SPLIT", "LEDES_READER"})
    public ParserImplementation parser;

    private Path directory;
    private Path file;

    /**
     * Writes the file, untimed.
     *
     * @throws IOException when the temporary file cannot be written
     */
    @Setup(Level.Trial)
    public void setUp() throws IOException {
        directory = Files.createTempDirectory("ledes-bench");
        file = directory.resolve("generated-" + megabytes + "mb.ledes98b.txt");
        Workloads.writeLedesFile(file, Workloads.SEED, megabytes * 1_000_000L, ThroughputBenchmark.LINES_PER_INVOICE);
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
     * Reads the whole file.
     *
     * @param blackhole consumes what was read
     * @return the number of line items read
     * @throws IOException when the file cannot be read
     */
    @Benchmark
    public long parseFile(Blackhole blackhole) throws IOException {
        return parser.parse(file, blackhole::consume);
    }
}

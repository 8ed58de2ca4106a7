package dev.legalbilling.benchmarks.endtoend;

import dev.legalbilling.benchmarks.data.Workloads;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
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
 * Issue 23, target 3, end to end: LEDES files on disk → validated, checked, JSON report written, by {@code billing
 * check --no-default-packs --rules firm-rules.drl --format json} (five simple rules a firm would write, compiled
 * from DRL through the security gate at run time; by default run in a worker JVM, and with {@code --no-isolation}
 * in the CLI's JVM) against {@link HandWrittenFileChecker}, a hand-written program
 * that reads the same files and computes the same five checks. Each sample runs the whole program in a fresh JVM
 * (start-up, loading, reading, checking, report), the way a user runs it, and is timed from start to exit.
 *
 * <p>{@code invoices} invoices of 1,000 lines (default 1,000: 1,000,000 line items), generated at set-up into a temporary
 * directory and deleted after the trial. {@code parallelism}: {@code SINGLE} is one file of all the lines, checked
 * with {@code --threads 1}; {@code CORES} is the same invoices in four files, checked with the CLI's default (one
 * thread per core; the CLI checks files in parallel, the invoices of one file one after the other), and the
 * hand-written program uses as many threads.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar EndToEnd
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(1)
public class EndToEndBenchmark {
    /** The rule file, a resource beside this class. */
    static final String RULES = "firm-rules.drl";
    /** Files of the {@code CORES} variant. */
    static final int FILES_IN_PARALLEL = 4;

    /** How the work is spread. */
    public enum Parallelism {
        /** One file, one thread. */
        SINGLE,
        /** Four files, one thread per core. */
        CORES
    }

    /** Who does the work. */
    public enum Route {
        /**
         * {@code billing check} with the firm's DRL rule file, as a user runs it: the rule file checked by the gate
         * and run in a worker JVM (the CLI's default isolation for rule files), each invoice sent to it as JSON.
         */
        CLI,
        /** The same with {@code --no-isolation}: the gated rule file runs in the CLI's own JVM. */
        CLI_NO_ISOLATION,
        /** {@link HandWrittenFileChecker}. */
        HAND_WRITTEN
    }

    /** Invoices of 1,000 lines in all: 1,000 gives the 1,000,000 lines. */
    @Param({"1000"})
    public int invoices;

    /** Single-threaded or with the CLI's parallelism. */
    @Param({"SINGLE", "CORES"})
    public Parallelism parallelism;

    /** The program timed. */
    @Param({"CLI", "CLI_NO_ISOLATION", "HAND_WRITTEN"})
    public Route route;

    private Path dir;
    private List<Path> files;
    private Path rules;
    private Path report;

    /** Writes the LEDES files and the rule file into a temporary directory. */
    @Setup(Level.Trial)
    public void setUp() throws IOException {
        dir = Files.createTempDirectory("end-to-end");
        files = writeFiles(dir, invoices, parallelism == Parallelism.SINGLE ? 1 : FILES_IN_PARALLEL);
        rules = dir.resolve(RULES);
        try (InputStream in = EndToEndBenchmark.class.getResourceAsStream(RULES)) {
            if (in == null) {
                throw new IOException("no resource " + RULES + " beside " + EndToEndBenchmark.class.getName());
            }
            Files.write(rules, in.readAllBytes());
        }
        report = dir.resolve("report.json");
    }

    /**
     * Writes {@code invoices} generated invoices of 1,000 lines (the benchmarks' seed) into {@code count} files, the
     * same invoices in the same order whatever the count.
     */
    static List<Path> writeFiles(Path dir, int invoices, int count) throws IOException {
        List<Path> out = new ArrayList<>();
        if (count == 1) {
            Path file = dir.resolve("invoices.ledes");
            Workloads.writeLedesInvoices(file, Workloads.SEED, invoices, 1000);
            out.add(file);
            return out;
        }
        Path whole = dir.resolve("all.ledes");
        Workloads.writeLedesInvoices(whole, Workloads.SEED, invoices, 1000);
        List<String> rows = Files.readAllLines(whole);
        Files.delete(whole);
        List<String> header = rows.subList(0, 2);
        List<String> body = rows.subList(2, rows.size());
        int perFile = (invoices + count - 1) / count * 1000;
        for (int i = 0; i < count && i * perFile < body.size(); i++) {
            Path file = dir.resolve("invoices-" + (i + 1) + ".ledes");
            List<String> part = new ArrayList<>(header);
            part.addAll(body.subList(i * perFile, Math.min(body.size(), (i + 1) * perFile)));
            Files.write(file, part);
            out.add(file);
        }
        return out;
    }

    /** Deletes the temporary directory. */
    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    /**
     * Runs the program on the files in a fresh JVM, writing the JSON report.
     *
     * @return the program's exit code (1: findings)
     */
    @Benchmark
    public int checkFiles() throws IOException, InterruptedException {
        return run(command(route, parallelism, rules, report, files), dir);
    }

    /** @return the command line of one run, in this JVM's Java with this JVM's class path */
    static List<String> command(Route route, Parallelism parallelism, Path rules, Path report, List<Path> files) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add("-Dorg.slf4j.simpleLogger.defaultLogLevel=warn");
        if (route != Route.HAND_WRITTEN) {
            cmd.add("dev.legalbilling.cli.BillingCli");
            cmd.add("check");
            if (route == Route.CLI_NO_ISOLATION) {
                cmd.add("--no-isolation");
            }
            cmd.add("--no-default-packs");
            cmd.add("--rules");
            cmd.add(rules.toString());
            cmd.add("--format");
            cmd.add("json");
            if (parallelism == Parallelism.SINGLE) {
                cmd.add("--threads");
                cmd.add("1");
            }
        } else {
            cmd.add(HandWrittenFileChecker.class.getName());
            if (parallelism == Parallelism.SINGLE) {
                cmd.add("--threads");
                cmd.add("1");
            }
            cmd.add(report.toString());
        }
        files.forEach(f -> cmd.add(f.toString()));
        return cmd;
    }

    /** Runs a command (the CLI's report goes to {@code report} through its standard output) and checks its exit. */
    static int run(List<String> cmd, Path dir) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile())
                .redirectError(ProcessBuilder.Redirect.INHERIT);
        boolean cli = cmd.contains("dev.legalbilling.cli.BillingCli");
        if (cli) {
            pb.redirectOutput(dir.resolve("report.json").toFile());
        } else {
            pb.redirectOutput(ProcessBuilder.Redirect.DISCARD);
        }
        int exit = pb.start().waitFor();
        if (exit != 0 && exit != 1) {
            throw new IllegalStateException("exit code " + exit + " from " + String.join(" ", cmd));
        }
        if (Files.size(dir.resolve("report.json")) == 0) {
            throw new IllegalStateException("no report from " + String.join(" ", cmd));
        }
        return exit;
    }
}

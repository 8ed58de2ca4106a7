package dev.legalbilling.benchmarks;

import dev.legalbilling.benchmarks.data.Workloads;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * An A/B of builds of the LEDES reader in one JVM, for measuring a change to it on a loaded machine: two or more
 * shaded benchmark jars (before and after the change) are loaded in class loaders of their own and read the parsing
 * benchmark's file in turn, the order rotating each round, with the raw split of the first jar timed in the same
 * round.
 * Both builds see the same moments of the machine's load, which JMH's forks do not.
 *
 * <pre>
 * java -Xms2g -Xmx2g -XX:+AlwaysPreTouch -cp benchmarks/target/benchmarks.jar \
 *     dev.legalbilling.benchmarks.ReaderComparison 25 31 6 before.jar after.jar
 *     # megabytes, measured rounds, warm-up rounds, jars (the first is the one the others are compared with)
 * </pre>
 *
 * <p>Writes the file as {@link ParsingBenchmark} does (into a temporary directory, deleted at the end), checks that
 * every build reads the same number of line items, then, after a garbage collection before each read (so that every
 * read starts with an empty young generation), prints per round each reader's throughput as a share of the raw split's (the
 * parsing target: ≥ 0.5) and its time ÷ the first jar's, and the medians, both in wall time and in the CPU time of
 * the reading thread: on a machine other processes load, the CPU time is the steadier of the two (it leaves out the
 * collector's threads, which a garbage collection before each read keeps to the read's own garbage). Passing the same jar
 * twice is the A/A control.
 */
public final class ReaderComparison {
    private static long sink;

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private ReaderComparison() {
    }

    private static String describe(double[] row, int columns, int n) {
        StringBuilder line = new StringBuilder();
        for (int w = 0; w < 2; w++) {
            line.append(w == 0 ? "wall: raw split " : " | CPU: raw split ")
                    .append(String.format(Locale.ROOT, "%.0f MB/s", row[w * columns]));
            for (int j = 0; j < n; j++) {
                line.append(String.format(Locale.ROOT, ", jar %d %.3f x raw (%.3f x jar 0)", j,
                        row[w * columns + 1 + 2 * j], row[w * columns + 2 + 2 * j]));
            }
        }
        return line.toString();
    }

    /** One build: its class loader and its parser implementations, reached by reflection. */
    private static final class Side {
        private final ClassLoader loader;
        private final Object reader;
        private final Object rawSplit;
        private final Method parse;

        Side(Path jar) throws ReflectiveOperationException, java.net.MalformedURLException {
            loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
            Class<?> implementations = loader.loadClass(ParserImplementation.class.getName());
            Method valueOf = implementations.getMethod("valueOf", String.class);
            reader = valueOf.invoke(null, "LEDES_READER");
            rawSplit = valueOf.invoke(null, "RAW_SPLIT");
            parse = implementations.getMethod("parse", Path.class, Consumer.class);
        }

        /**
         * @return nanoseconds to read the file with the given implementation of this side: wall time, then the CPU
         *     time of the reading thread (which other processes on the machine hardly change)
         */
        long[] time(Object which, Path file) throws ReflectiveOperationException {
            Thread.currentThread().setContextClassLoader(loader);
            System.gc();
            long cpu = THREADS.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            long items = (long) parse.invoke(which, file,
                    (Consumer<Object>) o -> sink += System.identityHashCode(o) & 1);
            long elapsed = System.nanoTime() - start;
            cpu = THREADS.getCurrentThreadCpuTime() - cpu;
            sink += items;
            return new long[] {elapsed, cpu};
        }

        long items(Path file) throws ReflectiveOperationException {
            Thread.currentThread().setContextClassLoader(loader);
            return (long) parse.invoke(reader, file, (Consumer<Object>) o -> { });
        }
    }

    /**
     * @param args megabytes, measured rounds, warm-up rounds, then two or more jars (the first is the one the others
     *     are compared with)
     * @throws Exception when a jar cannot be loaded or a read fails
     */
    public static void main(String[] args) throws Exception {
        int megabytes = Integer.parseInt(args[0]);
        int rounds = Integer.parseInt(args[1]);
        int warmUp = Integer.parseInt(args[2]);
        List<Side> sides = new ArrayList<>();
        for (int i = 3; i < args.length; i++) {
            sides.add(new Side(Path.of(args[i])));
        }
        int n = sides.size();
        Path directory = Files.createTempDirectory("ledes-ab");
        Path file = directory.resolve("generated-" + megabytes + "mb.ledes98b.txt");
        try {
            Workloads.writeLedesFile(file, Workloads.SEED, megabytes * 1_000_000L,
                    ThroughputBenchmark.LINES_PER_INVOICE);
            double mb = Files.size(file) / 1e6;
            StringBuilder items = new StringBuilder();
            for (Side side : sides) {
                items.append(' ').append(side.items(file));
            }
            System.out.printf(Locale.ROOT, "file %.1f MB; line items read by each jar:%s%n", mb, items);
            // per round, for wall time (w = 0) and CPU time (w = 1): raw split MB/s, then per jar its share of the
            // raw split and its time / the first jar's time
            int columns = 1 + 2 * n;
            List<double[]> measured = new ArrayList<>();
            for (int round = 0; round < warmUp + rounds; round++) {
                long[] raw = sides.get(0).time(sides.get(0).rawSplit, file);
                long[][] time = new long[n][];
                for (int k = 0; k < n; k++) {
                    int j = (round + k) % n;
                    time[j] = sides.get(j).time(sides.get(j).reader, file);
                }
                double[] row = new double[2 * columns];
                for (int w = 0; w < 2; w++) {
                    row[w * columns] = mb * 1e9 / raw[w];
                    for (int j = 0; j < n; j++) {
                        row[w * columns + 1 + 2 * j] = (double) raw[w] / time[j][w];
                        row[w * columns + 2 + 2 * j] = (double) time[j][w] / time[0][w];
                    }
                }
                System.out.printf(Locale.ROOT, "%s %d: %s%n", round < warmUp ? "warm-up" : "round", round,
                        describe(row, columns, n));
                if (round >= warmUp) {
                    measured.add(row);
                }
            }
            double[] median = new double[2 * columns];
            for (int k = 0; k < median.length; k++) {
                int column = k;
                double[] values = measured.stream().mapToDouble(r -> r[column]).sorted().toArray();
                median[k] = values[values.length / 2];
            }
            System.out.printf(Locale.ROOT, "median of %d rounds (%d): %s%n", rounds, sink % 10,
                    describe(median, columns, n));
            for (int j = 0; j < n; j++) {
                System.out.printf(Locale.ROOT, "  jar %d %s: wall %.3f x raw split, time %.3f x jar 0; CPU %.3f x raw"
                        + " split, time %.3f x jar 0%n", j, args[3 + j], median[1 + 2 * j], median[2 + 2 * j],
                        median[columns + 1 + 2 * j], median[columns + 2 + 2 * j]);
            }
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(directory);
        }
        System.exit(0);
    }
}

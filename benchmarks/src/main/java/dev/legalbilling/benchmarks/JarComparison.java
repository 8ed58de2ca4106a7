package dev.legalbilling.benchmarks;

import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An A/B of two builds of the engine in one JVM, for measuring one change on a loaded machine: two shaded benchmark
 * jars (before and after the change) are loaded in two class loaders, each generates the same invoices of 1,000
 * lines, and their checkers check them invoice by invoice in alternation (A then B, then B then A), with the
 * hand-coded checks of jar A timed in the same loop. Both builds see the same moments of the machine's load, which
 * JMH's forks (one implementation per fork, minutes apart) do not.
 *
 * <pre>
 * java -Xms3g -Xmx3g -XX:+AlwaysPreTouch -cp benchmarks/target/benchmarks.jar \
 *     dev.legalbilling.benchmarks.JarComparison before.jar after.jar DROOLS 30 8 3
 *     # jar A, jar B, checker, invoices, measured rounds, warm-up rounds
 * </pre>
 *
 * <p>First compares the two builds' finding counts invoice by invoice (a change must not change findings), then prints
 * per round each side's lines per second and the medians: A and B against the hand-coded checks, and B ÷ A time.
 */
public final class JarComparison {
    private static long sink;

    private JarComparison() {
    }

    /** One build: its class loader, its data and its checkers, reached by reflection. */
    private static final class Side {
        private final ClassLoader loader;
        private final List<?> invoices;
        private final Object matter;
        private final Object checker;
        private final Object handCoded;
        private final Method check;

        Side(Path jar, String implementation, int invoiceCount) throws ReflectiveOperationException,
                java.net.MalformedURLException {
            loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
            Thread.currentThread().setContextClassLoader(loader);
            Object workload = loader.loadClass("dev.legalbilling.benchmarks.data.Workloads")
                    .getMethod("generate", long.class, int.class, int.class)
                    .invoke(null, 20260101L, invoiceCount, ThroughputBenchmark.LINES_PER_INVOICE);
            invoices = (List<?>) workload.getClass().getMethod("invoices").invoke(workload);
            matter = workload.getClass().getMethod("matter").invoke(workload);
            Object profile = workload.getClass().getMethod("profile").invoke(workload);
            Class<?> implementations = loader.loadClass(CheckerImplementation.class.getName());
            Method create = implementations.getMethod("create",
                    loader.loadClass("dev.legalbilling.benchmarks.baseline.GuidelineProfile"));
            Method valueOf = implementations.getMethod("valueOf", String.class);
            checker = create.invoke(valueOf.invoke(null, implementation), profile);
            handCoded = create.invoke(valueOf.invoke(null, "HAND_CODED"), profile);
            check = loader.loadClass(InvoiceChecker.class.getName()).getMethod("check",
                    loader.loadClass("dev.legalbilling.invoice.Invoice"),
                    loader.loadClass("dev.legalbilling.benchmarks.baseline.MatterContext"));
        }

        int findings(int i) throws ReflectiveOperationException {
            Thread.currentThread().setContextClassLoader(loader);
            return ((List<?>) check.invoke(checker, invoices.get(i), matter)).size();
        }

        /** @return nanoseconds to check invoice i with the given checker of this side */
        long time(Object which, int i) throws ReflectiveOperationException {
            Thread.currentThread().setContextClassLoader(loader);
            long start = System.nanoTime();
            List<?> found = (List<?>) check.invoke(which, invoices.get(i), matter);
            long elapsed = System.nanoTime() - start;
            sink += found.size();
            return elapsed;
        }
    }

    /**
     * @param args jar A, jar B, checker (default DROOLS), invoices (30), measured rounds (8), warm-up rounds (3)
     * @throws Exception when a jar cannot be loaded or a check fails
     */
    public static void main(String[] args) throws Exception {
        String implementation = args.length > 2 ? args[2] : "DROOLS";
        int invoiceCount = args.length > 3 ? Integer.parseInt(args[3]) : 30;
        int rounds = args.length > 4 ? Integer.parseInt(args[4]) : 8;
        int warmUp = args.length > 5 ? Integer.parseInt(args[5]) : 3;
        Side a = new Side(Path.of(args[0]), implementation, invoiceCount);
        Side b = new Side(Path.of(args[1]), implementation, invoiceCount);
        int n = a.invoices.size();
        int totalA = 0;
        int totalB = 0;
        for (int i = 0; i < n; i++) {
            int fa = a.findings(i);
            int fb = b.findings(i);
            totalA += fa;
            totalB += fb;
            if (fa != fb) {
                System.out.printf(Locale.ROOT, "DIFFERENT finding counts on invoice %d: A %d, B %d%n", i, fa, fb);
            }
        }
        System.out.printf(Locale.ROOT, "findings: A %d, B %d%n", totalA, totalB);
        double lines = (double) n * ThroughputBenchmark.LINES_PER_INVOICE;
        List<double[]> measured = new ArrayList<>();
        for (int round = 0; round < warmUp + rounds; round++) {
            long hand = 0;
            long timeA = 0;
            long timeB = 0;
            for (int i = 0; i < n; i++) {
                hand += a.time(a.handCoded, i);
                if (i % 2 == 0) {
                    timeA += a.time(a.checker, i);
                    timeB += b.time(b.checker, i);
                } else {
                    timeB += b.time(b.checker, i);
                    timeA += a.time(a.checker, i);
                }
            }
            double[] row = {(double) timeA / hand, (double) timeB / hand, (double) timeB / timeA,
                lines * 1e3 / hand, lines * 1e3 / timeA, lines * 1e3 / timeB};
            System.out.printf(Locale.ROOT, "%s %d: hand-coded %.3f, A %.3f, B %.3f M lines/s; A %.2f x hand-coded, B %.2f x,"
                    + " B/A time %.3f%n", round < warmUp ? "warm-up" : "round", round, row[3], row[4], row[5], row[0],
                    row[1], row[2]);
            if (round >= warmUp) {
                measured.add(row);
            }
        }
        double[] median = new double[6];
        for (int k = 0; k < median.length; k++) {
            int column = k;
            double[] values = measured.stream().mapToDouble(r -> r[column]).sorted().toArray();
            median[k] = values[values.length / 2];
        }
        System.out.printf(Locale.ROOT, "median of %d rounds: hand-coded %.3f, A %.3f, B %.3f M lines/s; A = %.2f x"
                + " hand-coded, B = %.2f x hand-coded, B/A time %.3f (%d)%n", rounds, median[3], median[4], median[5],
                median[0], median[1], median[2], sink % 10);
        System.exit(0);
    }
}

package dev.legalbilling.benchmarks;

import dev.legalbilling.benchmarks.data.Workload;
import dev.legalbilling.benchmarks.data.Workloads;
import dev.legalbilling.invoice.Invoice;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A ratio harness for a shared machine, beside the JMH benchmarks: the engine and the hand-coded yardstick check the
 * same invoices of 1,000 lines in alternating rounds in one JVM, so that both see the same load, and the median of
 * the per-round time ratios is reported. Within a round the two alternate invoice by invoice. JMH times one implementation per fork, minutes apart, which on a machine
 * whose load changes from minute to minute (other builds) skews the ratio of two forks more than any lever moves it.
 *
 * <pre>
 * java -Xms3g -Xmx3g -XX:+AlwaysPreTouch -cp benchmarks/target/benchmarks.jar \
 *     dev.legalbilling.benchmarks.InterleavedRatio DROOLS 100 3 10     # checker, invoices, warm-up rounds, rounds
 * </pre>
 *
 * <p>Prints one line per round and the medians: the yardstick's and the engine's lines per second, engine time ÷
 * hand-coded time, and the same ratio in CPU time of the whole process (every thread: the engine's session thread,
 * GC and JIT too), which other processes' load disturbs much less than wall time.
 */
public final class InterleavedRatio {
    private static final com.sun.management.OperatingSystemMXBean PROCESS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private InterleavedRatio() {
    }

    /**
     * @param args checker name (default DROOLS), invoices of 1,000 lines (default 100), warm-up rounds (default 3),
     *     measured rounds (default 10)
     */
    public static void main(String[] args) {
        CheckerImplementation engine = CheckerImplementation.valueOf(arg(args, 0, "DROOLS"));
        int invoices = Integer.parseInt(arg(args, 1, "100"));
        int warmUp = Integer.parseInt(arg(args, 2, "3"));
        int rounds = Integer.parseInt(arg(args, 3, "10"));
        Workload workload = Workloads.generate(Workloads.SEED, invoices, ThroughputBenchmark.LINES_PER_INVOICE);
        InvoiceChecker<?> yardstick = CheckerImplementation.HAND_CODED.create(workload.profile());
        InvoiceChecker<?> checker = engine.create(workload.profile());
        long lines = (long) invoices * ThroughputBenchmark.LINES_PER_INVOICE;
        List<double[]> measured = new ArrayList<>();
        for (int round = 1; round <= warmUp + rounds; round++) {
            long hand = 0;
            long eng = 0;
            long handCpu = 0;
            long engCpu = 0;
            int findings = 0;
            // invoice by invoice, alternating: both implementations see the same moments of the machine's load
            for (Invoice invoice : workload.invoices()) {
                long cpuStart = PROCESS.getProcessCpuTime();
                long start = System.nanoTime();
                findings += yardstick.check(invoice, workload.matter()).size();
                long middle = System.nanoTime();
                long cpuMiddle = PROCESS.getProcessCpuTime();
                findings += checker.check(invoice, workload.matter()).size();
                long end = System.nanoTime();
                long cpuEnd = PROCESS.getProcessCpuTime();
                hand += middle - start;
                eng += end - middle;
                handCpu += cpuMiddle - cpuStart;
                engCpu += cpuEnd - cpuMiddle;
            }
            if (findings < 0) {
                throw new IllegalStateException("unreachable: keeps the findings alive");
            }
            double ratio = (double) eng / hand;
            double cpuRatio = (double) engCpu / handCpu;
            boolean warm = round > warmUp;
            System.out.printf(Locale.ROOT, "%s %2d: hand-coded %7.3f M lines/s, %s %7.3f M lines/s, ratio %.2f;"
                    + " process CPU ratio %.2f%n", warm ? "round " : "warm-up", warm ? round - warmUp : round,
                    lines * 1e3 / hand, engine, lines * 1e3 / eng, ratio, cpuRatio);
            if (warm) {
                measured.add(new double[] {lines * 1e3 / hand, lines * 1e3 / eng, ratio, cpuRatio});
            }
        }
        System.out.printf(Locale.ROOT, "median of %d rounds: hand-coded %.3f M lines/s, %s %.3f M lines/s, engine time ="
                + " %.2f x hand-coded (process CPU time: %.2f x)%n", rounds, median(measured, 0), engine,
                median(measured, 1), median(measured, 2), median(measured, 3));
    }

    private static double median(List<double[]> rows, int column) {
        double[] values = rows.stream().mapToDouble(r -> r[column]).sorted().toArray();
        return values.length == 0 ? Double.NaN : values.length % 2 == 1 ? values[values.length / 2]
                : (values[values.length / 2 - 1] + values[values.length / 2]) / 2;
    }

    private static String arg(String[] args, int i, String otherwise) {
        return args.length > i ? args[i] : otherwise;
    }
}

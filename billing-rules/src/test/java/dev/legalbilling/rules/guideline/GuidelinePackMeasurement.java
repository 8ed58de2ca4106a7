package dev.legalbilling.rules.guideline;

import dev.legalbilling.rules.CheckLimits;
import dev.legalbilling.rules.CheckRequest;
import dev.legalbilling.rules.ComplianceReport;
import dev.legalbilling.rules.RuleEngine;
import dev.legalbilling.testkit.InvoiceGenerator;
import dev.legalbilling.testkit.InvoiceGenerator.Generated;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.time.Duration;

/**
 * Rough measurement, not a test: the guideline pack's check time for generated invoices of two sizes (best of many
 * runs after warm-up) and their ratio, next to the demo pack's on the same invoices, which is what the engine
 * itself costs (building facts, inserting them, a few trivial rules). The small size is measured twice: the same
 * invoice again and again (its whole check then runs in the CPU caches) and 100 different invoices in turn, as a
 * server checking a stream of invoices sees them. Run with the test classpath:
 * {@code java -Xmx3g -cp <test classpath> dev.legalbilling.rules.guideline.GuidelinePackMeasurement 1000 100000}.
 */
public final class GuidelinePackMeasurement {
    private GuidelinePackMeasurement() {
    }

    /** @param args the two line counts (default 1000 and 100000) */
    public static void main(String[] args) {
        int small = args.length > 0 ? Integer.parseInt(args[0]) : 1_000;
        int large = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        Generated smallInvoice = InvoiceGenerator.builder(42L).build().next(small);
        InvoiceGenerator many = InvoiceGenerator.builder(43L).build();
        java.util.List<Generated> smallInvoices = new java.util.ArrayList<>();
        for (int i = 0; i < 100; i++) {
            smallInvoices.add(many.next(small));
        }
        Generated largeInvoice = InvoiceGenerator.builder(42L).build().next(large);
        CheckLimits limits = new CheckLimits(10_000_000, Duration.ofMinutes(10));
        for (String pack : new String[] {"demo", "guideline"}) {
            try (RuleEngine engine = RuleEngine.builder().addBundled(pack).limits(limits).build()) {
                double smallMs = best(engine, pack, smallInvoice, 200);
                double streamMs = stream(engine, pack, smallInvoices);
                double largeMs = best(engine, pack, largeInvoice, 6);
                System.out.printf("%s pack: %,d lines %.1f ms (%.1f ms in a stream), %,d lines %.1f ms: ratio %.0f"
                        + " (%.0f to the stream) for %.0fx the lines%n", pack, small, smallMs, streamMs, large, largeMs,
                        largeMs / smallMs, largeMs / streamMs, (double) large / small);
            }
        }
    }

    private static double best(RuleEngine engine, String pack, Generated g, int runs) {
        CheckRequest request = CheckRequest.of(g.invoice(), null, GeneratedInvoiceTest.rosterProfile(g));
        for (int i = 0; i < Math.max(2, runs / 2); i++) {
            engine.check(request);
        }
        double best = Double.MAX_VALUE;
        int findings = 0;
        long gcBefore = gcMillis();
        long startAll = System.nanoTime();
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            ComplianceReport report = engine.check(request);
            best = Math.min(best, (System.nanoTime() - start) / 1e6);
            findings = report.findings().size();
        }
        double allMs = (System.nanoTime() - startAll) / 1e6;
        System.out.printf("  %s, %,d lines: best of %d checks %.1f ms (mean %.1f ms, %.0f%% of it in GC), %,d"
                + " findings%n", pack, g.invoice().lines().size(), runs, best, allMs / runs,
                100.0 * (gcMillis() - gcBefore) / allMs, findings);
        return best;
    }

    /** @return the mean check time of the best of five rounds over the invoices, each checked once a round */
    private static double stream(RuleEngine engine, String pack, java.util.List<Generated> invoices) {
        java.util.List<CheckRequest> requests = invoices.stream().map(g -> CheckRequest.of(g.invoice(), null,
                GeneratedInvoiceTest.rosterProfile(g))).toList();
        double best = Double.MAX_VALUE;
        for (int round = 0; round < 6; round++) {
            long start = System.nanoTime();
            for (CheckRequest r : requests) {
                engine.check(r);
            }
            double mean = (System.nanoTime() - start) / 1e6 / requests.size();
            if (round > 0) {
                best = Math.min(best, mean);
            }
        }
        System.out.printf("  %s, %d different invoices in turn: %.1f ms a check%n", pack, invoices.size(), best);
        return best;
    }

    private static long gcMillis() {
        long total = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            total += Math.max(0, gc.getCollectionTime());
        }
        return total;
    }
}

package dev.legalbilling.rules;

import dev.legalbilling.invoice.Invoice;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Measures start-up in a cold JVM, single shot (run one JVM per measurement):
 * {@code java -cp <test classpath> dev.legalbilling.rules.LoadTimeMeasurement bundled|drl [lines invoices]}.
 * {@code bundled} loads the demo pack from its build-time executable model; {@code drl} loads the very same files
 * as a directory, which compiles the DRL. With {@code lines invoices} it then times checks of that many invoices.
 * Prints milliseconds; not a test.
 */
public final class LoadTimeMeasurement {
    private LoadTimeMeasurement() {
    }

    /**
     * @param args mode, then optionally lines per invoice and invoice count
     */
    public static void main(String[] args) {
        long jvmStart = java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
        long t0 = System.nanoTime();
        RuleEngine.Builder b = RuleEngine.builder();
        if (args[0].equals("bundled")) {
            b.addBundled("demo");
        } else {
            b.addDirectory(Path.of(args.length > 3 ? args[3] : "billing-rules/target/classes/dev/legalbilling/rules/packs/demo"));
        }
        try (RuleEngine engine = b.build()) {
            long t1 = System.nanoTime();
            Invoice first = Fixtures.invoice("M-0").fee(Fixtures.PARTNER, Fixtures.MONDAY, "11", null).build();
            engine.check(first, null, null);
            long t2 = System.nanoTime();
            System.out.printf("%s: precompiled=%s load=%d ms, first check=%d ms, since JVM start=%d ms%n", args[0],
                    engine.ruleSets().get(0).precompiled(), (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000,
                    System.currentTimeMillis() - jvmStart);
            if (args.length > 2) {
                int lines = Integer.parseInt(args[1]);
                int count = Integer.parseInt(args[2]);
                List<Invoice> invoices = new ArrayList<>();
                for (int n = 0; n < Math.min(count, lines >= 10_000 ? 2 : 20); n++) {
                    Fixtures.InvoiceBuilder ib = Fixtures.invoice("T-" + n);
                    for (int i = 0; i < lines; i++) {
                        ib.fee(i % 2 == 0 ? Fixtures.PARTNER : Fixtures.ASSOCIATE, Fixtures.MONDAY.plusDays(i % 28),
                                String.valueOf((i % 50) / 5.0), i % 17 == 0 ? null : "L110");
                    }
                    invoices.add(ib.build());
                }
                for (int w = 0; w < 5; w++) {
                    engine.check(invoices.get(w % invoices.size()), null, null);
                }
                long s = System.nanoTime();
                long findings = 0;
                for (int n = 0; n < count; n++) {
                    findings += engine.check(invoices.get(n % invoices.size()), null, null).findings().size();
                }
                double secs = (System.nanoTime() - s) / 1e9;
                System.out.printf("%s: %d invoices x %d lines in %.2f s = %.0f lines/s (%d findings)%n", args[0],
                        count, lines, secs, count * (double) lines / secs, findings);
            }
        }
    }
}

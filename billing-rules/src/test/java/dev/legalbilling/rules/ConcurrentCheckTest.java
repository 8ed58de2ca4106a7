package dev.legalbilling.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.legalbilling.invoice.Invoice;
import dev.legalbilling.party.Timekeeper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** One engine shared by eight threads gives exactly the findings of a sequential run. */
class ConcurrentCheckTest {
    private static final int INVOICES = 240;
    private static final int THREADS = 8;

    @Test
    void eightThreadsGiveTheFindingsOfASequentialRun() throws Exception {
        Path legit = Path.of(getClass().getClassLoader().getResource("legit/keyword-and-weekend.drl").toURI());
        GuidelineProfile profile = GuidelineProfile.builder("concurrency")
                .parameter("DEMO-DAILY-HOURS", "maxHoursPerDay", ParameterValue.decimal("9"))
                .parameter("FIRM-BANNED-WORDS", "words", ParameterValue.strings(List.of("various", "attention")))
                .build();
        List<Invoice> invoices = invoices(new Random(20260302L));
        try (RuleEngine engine = RuleEngine.builder().addBundled("demo").addFile(legit).build()) {
            List<ComplianceReport> sequential = new ArrayList<>();
            for (Invoice inv : invoices) {
                sequential.add(engine.check(inv, null, profile));
            }
            assertThat(sequential.stream().mapToInt(r -> r.findings().size()).sum())
                    .as("the workload produces findings").isGreaterThan(INVOICES);

            Map<String, ComplianceReport> parallel = new ConcurrentHashMap<>();
            ExecutorService pool = Executors.newFixedThreadPool(THREADS);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int offset = t;
                futures.add(pool.submit(() -> {
                    start.await();
                    // each thread walks the invoices from its own offset, so the same invoices run concurrently
                    for (int i = 0; i < INVOICES; i++) {
                        Invoice inv = invoices.get((i + offset * 31) % INVOICES);
                        ComplianceReport r = engine.check(inv, null, profile);
                        ComplianceReport previous = parallel.putIfAbsent(inv.number().value(), r);
                        if (previous != null && !previous.equals(r)) {
                            throw new AssertionError("two runs of " + inv.number() + " differ");
                        }
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : futures) {
                f.get(120, TimeUnit.SECONDS);
            }
            pool.shutdown();
            for (int i = 0; i < INVOICES; i++) {
                ComplianceReport expected = sequential.get(i);
                assertThat(parallel.get(expected.invoiceNumber().value())).isEqualTo(expected);
            }
        }
    }

    private static List<Invoice> invoices(Random random) {
        Timekeeper[] people = {Fixtures.PARTNER, Fixtures.ASSOCIATE};
        String[] tasks = {"L110", "L120", null, "L130"};
        String[] narratives = {"Review documents", "Work on various matters", "Attention to file",
                "Draft brief", "Conference call"};
        List<Invoice> out = new ArrayList<>();
        for (int n = 0; n < INVOICES; n++) {
            Fixtures.InvoiceBuilder b = Fixtures.invoice("C-" + n);
            int lines = 1 + random.nextInt(12);
            for (int i = 0; i < lines; i++) {
                b.fee(people[random.nextInt(2)], Fixtures.MONDAY.plusDays(random.nextInt(7)),
                        String.valueOf(random.nextInt(100) / 10.0), tasks[random.nextInt(tasks.length)],
                        narratives[random.nextInt(narratives.length)]);
            }
            out.add(b.build());
        }
        return out;
    }
}

package dev.legalbilling.trust;

import static dev.legalbilling.trust.TrustFixtures.FIXED_CLOCK;
import static dev.legalbilling.trust.TrustFixtures.ILLINOIS_PROFILE;
import static dev.legalbilling.trust.TrustFixtures.IOLTA;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Eight threads post at once while a ninth keeps checking snapshots: every invariant must hold throughout. */
class TrustJournalConcurrencyProperties {
    private static final int THREADS = 8;

    @Provide
    Arbitrary<List<List<TrustOperations.Op>>> workloads() {
        return TrustOperations.ops(20, 50).list().ofSize(THREADS);
    }

    @Property(tries = 25)
    void concurrentPostingKeepsEveryInvariant(@ForAll("workloads") List<List<TrustOperations.Op>> workloads)
            throws Exception {
        TrustJournal journal = TrustOperations.newJournal();
        List<TrustEntry> sunk = Collections.synchronizedList(new ArrayList<>());
        TrustJournal sinking = TrustJournal.create(IOLTA, ILLINOIS_PROFILE, FIXED_CLOCK, sunk::add);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS + 1);
        try {
            for (TrustJournal target : List.of(journal, sinking)) {
                runConcurrently(pool, target, workloads);
            }
        } finally {
            pool.shutdownNow();
        }
        TrustOperations.assertInvariants(journal);
        TrustOperations.assertInvariants(sinking);
        assertThat(sunk).isEqualTo(sinking.entries());
    }

    private static void runConcurrently(ExecutorService pool, TrustJournal journal,
            List<List<TrustOperations.Op>> workloads) throws Exception {
        CyclicBarrier start = new CyclicBarrier(THREADS + 1);
        AtomicInteger recorded = new AtomicInteger();
        AtomicBoolean done = new AtomicBoolean();
        List<Future<?>> writers = new ArrayList<>();
        for (List<TrustOperations.Op> work : workloads) {
            writers.add(pool.submit(() -> {
                start.await();
                for (TrustOperations.Op op : work) {
                    if (TrustOperations.attempt(op, journal)) {
                        recorded.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        Future<Integer> checker = pool.submit(() -> {
            start.await();
            int checks = 0;
            while (!done.get() || checks == 0) {
                List<TrustEntry> snapshot = journal.entries();
                // a snapshot must itself be a valid journal: chained, numbered and replayable
                TrustJournal replayed = TrustJournal.restore(IOLTA, ILLINOIS_PROFILE, snapshot, FIXED_CLOCK,
                        JournalSink.NONE);
                TrustOperations.assertInvariants(replayed);
                checks++;
            }
            return checks;
        });
        for (Future<?> w : writers) {
            w.get(60, TimeUnit.SECONDS);
        }
        done.set(true);
        assertThat(checker.get(60, TimeUnit.SECONDS)).isPositive();
        assertThat(journal.size()).isEqualTo(recorded.get());
        TrustJournal.restore(IOLTA, ILLINOIS_PROFILE, journal.entries(), FIXED_CLOCK, JournalSink.NONE);
    }
}

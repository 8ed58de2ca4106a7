package dev.legalbilling.json.trust;

import static org.assertj.core.api.Assertions.assertThat;

import dev.legalbilling.money.Money;
import dev.legalbilling.party.ClientId;
import dev.legalbilling.trust.DepositPurpose;
import dev.legalbilling.trust.LedgerId;
import dev.legalbilling.trust.PayeeKind;
import dev.legalbilling.trust.TrustJournal;
import dev.legalbilling.trust.TrustLedger;
import dev.legalbilling.trust.TrustTransaction;
import dev.legalbilling.trust.TrustTransactionRefusedException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Eight threads post to one file-backed journal; the file then holds exactly the journal, fully verified. */
class TrustJournalFileConcurrencyTest {
    private static final int THREADS = 8;
    private static final int POSTS_PER_THREAD = 25;

    @Test
    void eightThreadsPostingToOneFileKeepEveryInvariant(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("concurrent.jsonl");
        AtomicInteger recorded = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        try (TrustJournalFile journalFile = TrustJournalFile.create(file, SampleFirm.ACCOUNT, SampleFirm.PROFILE,
                Clock.systemUTC())) {
            TrustJournal journal = journalFile.journal();
            ExecutorService pool = Executors.newFixedThreadPool(THREADS);
            CyclicBarrier start = new CyclicBarrier(THREADS);
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                LedgerId ledger = LedgerId.client(ClientId.of("C-" + (t % 3)));
                int thread = t;
                futures.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < POSTS_PER_THREAD; i++) {
                        Money amount = SampleFirm.usd((10 + (thread * 7 + i * 13) % 90) + ".00");
                        TrustTransaction tx = i % 2 == 0
                                ? TrustTransaction.deposit(SampleFirm.march(1 + i), DepositPurpose.CLIENT_FUNDS)
                                        .credit(ledger, amount).build()
                                : TrustTransaction.disbursement(SampleFirm.march(1 + i), PayeeKind.THIRD_PARTY,
                                        "Vendor").debit(ledger, amount.plus(amount)).build();
                        try {
                            journal.post(tx);
                            recorded.incrementAndGet();
                        } catch (TrustTransactionRefusedException e) {
                            refused.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get(120, TimeUnit.SECONDS);
            }
            pool.shutdown();
            assertThat(journal.size()).isEqualTo(recorded.get());

            JournalFileContents contents = TrustJournalFile.read(file);

            assertThat(contents.entries()).isEqualTo(journal.entries());
            Money total = Money.zero(SampleFirm.USD);
            for (TrustLedger l : journal.ledgers(SampleFirm.march(31))) {
                assertThat(l.everNegative()).isFalse();
                total = total.plus(l.balance());
            }
            assertThat(total).isEqualTo(journal.balance());
        }
        assertThat(recorded.get() + refused.get()).isEqualTo(THREADS * POSTS_PER_THREAD);
        assertThat(refused.get()).isPositive();
    }
}

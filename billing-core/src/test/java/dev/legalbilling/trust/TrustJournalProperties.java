package dev.legalbilling.trust;

import static dev.legalbilling.trust.TrustFixtures.FIXED_CLOCK;
import static dev.legalbilling.trust.TrustFixtures.ILLINOIS_PROFILE;
import static dev.legalbilling.trust.TrustFixtures.IOLTA;
import static org.assertj.core.api.Assertions.assertThat;

import dev.legalbilling.money.Money;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

class TrustJournalProperties {
    /** Everything a refused transaction must leave untouched. */
    private record State(List<TrustEntry> entries, JournalHash head, Money balance, List<TrustLedger> ledgers) {
        static State of(TrustJournal j) {
            return new State(j.entries(), j.headHash(), j.balance(), j.ledgers(TrustOperations.END));
        }
    }

    @Provide
    Arbitrary<List<TrustOperations.Op>> operations() {
        return TrustOperations.ops(10, 80);
    }

    @Property(tries = 400)
    void keepsEveryInvariantAndRefusalsChangeNothing(@ForAll("operations") List<TrustOperations.Op> ops) {
        TrustJournal journal = TrustOperations.newJournal();
        for (TrustOperations.Op op : ops) {
            State before = State.of(journal);
            boolean recorded = TrustOperations.attempt(op, journal);
            Statistics.label("outcome").collect(recorded ? "recorded" : "refused");
            if (recorded) {
                assertThat(journal.size()).isEqualTo(before.entries().size() + 1);
                assertThat(journal.entries().subList(0, before.entries().size())).isEqualTo(before.entries());
            } else {
                assertThat(State.of(journal)).isEqualTo(before);
            }
        }
        TrustOperations.assertInvariants(journal);
        // the generator must exercise both paths in earnest
        Statistics.label("outcome").coverage(c -> {
            c.check("recorded").percentage(p -> p > 20);
            c.check("refused").percentage(p -> p > 20);
        });
    }

    @Property(tries = 200)
    void journalBalanceEqualsLedgerSumOnEveryDay(@ForAll("operations") List<TrustOperations.Op> ops) {
        TrustJournal journal = TrustOperations.newJournal();
        ops.forEach(op -> TrustOperations.attempt(op, journal));

        for (LocalDate day = LocalDate.of(2025, 2, 28); !day.isAfter(TrustOperations.END); day = day.plusDays(1)) {
            Money ledgerSum = Money.zero(TrustFixtures.USD);
            for (TrustLedger l : journal.ledgers(day)) {
                ledgerSum = ledgerSum.plus(l.balance());
                assertThat(l.balance().isNegative()).as("%s on %s", l.id(), day).isFalse();
            }
            assertThat(ledgerSum).as("on %s", day).isEqualTo(journal.balanceAsOf(day));
        }
    }

    @Property(tries = 200)
    void restoringAJournalReproducesItExactly(@ForAll("operations") List<TrustOperations.Op> ops) {
        TrustJournal journal = TrustOperations.newJournal();
        ops.forEach(op -> TrustOperations.attempt(op, journal));

        TrustJournal restored = TrustJournal.restore(IOLTA, ILLINOIS_PROFILE, journal.entries(), FIXED_CLOCK,
                JournalSink.NONE);

        assertThat(restored.entries()).isEqualTo(journal.entries());
        assertThat(restored.headHash()).isEqualTo(journal.headHash());
        assertThat(restored.ledgers(TrustOperations.END)).isEqualTo(journal.ledgers(TrustOperations.END));
        assertThat(restored.unidentifiedFunds(TrustOperations.END))
                .isEqualTo(journal.unidentifiedFunds(TrustOperations.END));
    }
}

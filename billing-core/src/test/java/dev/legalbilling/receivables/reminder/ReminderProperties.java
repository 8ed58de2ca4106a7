package dev.legalbilling.receivables.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import dev.legalbilling.invoice.InvoiceNumber;
import dev.legalbilling.receivables.Fixtures;
import dev.legalbilling.receivables.LedgerScenarios;
import dev.legalbilling.receivables.LedgerScenarios.Scenario;
import dev.legalbilling.receivables.Posting;
import dev.legalbilling.receivables.PostingRejectedException;
import dev.legalbilling.receivables.ReceivableState;
import dev.legalbilling.receivables.ReceivablesLedger;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class ReminderProperties {
    private static final ReminderSchedule STANDARD = ReminderSchedule.standard();

    @Provide
    Arbitrary<Scenario> scenarios() {
        return LedgerScenarios.scenarios();
    }

    @Provide
    Arbitrary<List<Integer>> runDays() {
        return Arbitraries.integers().between(0, 250).list().ofMinSize(1).ofMaxSize(25)
                .map(days -> days.stream().sorted().toList());
    }

    @Property(tries = 300)
    void remindersAreIdempotentAndNeverRepeatAStep(@ForAll("scenarios") Scenario scenario,
            @ForAll("runDays") List<Integer> runDays) {
        ReceivablesLedger ledger = ReceivablesLedger.of(scenario.receivables());
        for (Posting p : scenario.postings()) {
            try {
                ledger = ledger.post(p);
            } catch (PostingRejectedException e) {
                // keep the accepted history only
            }
        }
        ReminderLog log = ReminderLog.empty();
        Set<String> sent = new HashSet<>();
        for (int day : runDays) {
            LocalDate today = Fixtures.JAN_1.plusDays(day);
            ReminderRun run = STANDARD.run(ledger, log, today);
            Set<InvoiceNumber> remindedToday = new HashSet<>();
            for (Reminder r : run.reminders()) {
                assertThat(sent.add(r.invoice() + "/" + r.step().id())).as("repeat of %s", r.step().id()).isTrue();
                assertThat(remindedToday.add(r.invoice())).as("two reminders for %s", r.invoice()).isTrue();
                ReceivableState s = ledger.state(r.invoice(), today);
                assertThat(s.isOpen()).isTrue();
                assertThat(s.isDisputed()).isFalse();
                assertThat(r.stepDate()).isBeforeOrEqualTo(today);
            }
            assertThat(run.log().entries()).hasSize(log.entries().size() + run.reminders().size()
                    + run.skipped().size());
            ReminderRun again = STANDARD.run(ledger, run.log(), today);
            assertThat(again.reminders()).isEmpty();
            assertThat(again.skipped()).isEmpty();
            assertThat(again.log()).isEqualTo(run.log());
            log = run.log();
        }
    }
}

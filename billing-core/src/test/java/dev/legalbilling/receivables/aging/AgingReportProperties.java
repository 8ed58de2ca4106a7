package dev.legalbilling.receivables.aging;

import static org.assertj.core.api.Assertions.assertThat;

import dev.legalbilling.money.Money;
import dev.legalbilling.receivables.Fixtures;
import dev.legalbilling.receivables.LedgerScenarios;
import dev.legalbilling.receivables.LedgerScenarios.Scenario;
import dev.legalbilling.receivables.PostingRejectedException;
import dev.legalbilling.receivables.ReceivableState;
import dev.legalbilling.receivables.ReceivablesLedger;
import java.time.LocalDate;
import java.util.Currency;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class AgingReportProperties {
    private static final Currency USD = Currency.getInstance("USD");

    @Provide
    Arbitrary<Scenario> scenarios() {
        return LedgerScenarios.scenarios();
    }

    @Property(tries = 500)
    void bucketsSumToTheOpenBalanceForClientsMattersAndFirm(@ForAll("scenarios") Scenario scenario,
            @ForAll @IntRange(min = 0, max = 250) int day) {
        ReceivablesLedger ledger = ReceivablesLedger.of(scenario.receivables());
        for (var p : scenario.postings()) {
            try {
                ledger = ledger.post(p);
            } catch (PostingRejectedException e) {
                // keep the accepted history only
            }
        }
        LocalDate asOf = Fixtures.JAN_1.plusDays(day);
        AgingReport report = AgingReport.of(ledger, asOf, USD);
        Money open = Money.sum(ledger.states(asOf).stream().map(ReceivableState::balance).toList(), USD);
        assertThat(Money.sum(report.firm().amounts().values(), USD)).isEqualTo(open);
        assertThat(report.firm().total()).isEqualTo(open);
        assertThat(Money.sum(report.byClient().values().stream().map(BucketTotals::total).toList(), USD))
                .isEqualTo(open);
        assertThat(Money.sum(report.byMatter().values().stream().map(BucketTotals::total).toList(), USD))
                .isEqualTo(open);
        for (AgingBucket b : AgingBucket.values()) {
            Money clients = Money.sum(report.byClient().values().stream().map(t -> t.amount(b)).toList(), USD);
            assertThat(clients).as("band %s", b).isEqualTo(report.firm().amount(b));
        }
        assertThat(report.lines()).allSatisfy(l -> assertThat(l.bucket()).isEqualTo(AgingBucket.of(l.daysPastDue())));
    }
}

package dev.legalbilling.receivables;

import static org.assertj.core.api.Assertions.assertThat;

import dev.legalbilling.money.Money;
import dev.legalbilling.party.ClientId;
import dev.legalbilling.receivables.LedgerScenarios.Scenario;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class ReceivablesLedgerProperties {
    private static final Currency USD = Currency.getInstance("USD");
    private static final LocalDate END = Fixtures.JAN_1.plusDays(400);

    @Provide
    Arbitrary<Scenario> scenarios() {
        return LedgerScenarios.scenarios();
    }

    /**
     * Σ payments received + Σ balances = Σ invoiced + Σ interest − Σ credit notes − Σ write-offs
     * + Σ unapplied credit + Σ refunds, counting only postings the ledger accepted; a refused posting changes nothing.
     */
    @Property
    void paymentsAndBalancesAddUpToWhatWasInvoiced(@ForAll("scenarios") Scenario scenario) {
        ReceivablesLedger ledger = ReceivablesLedger.of(scenario.receivables());
        Money received = Money.zero(USD);
        Money interest = Money.zero(USD);
        Money credited = Money.zero(USD);
        Money writtenOff = Money.zero(USD);
        Money refunded = Money.zero(USD);
        for (Posting p : scenario.postings()) {
            ReceivablesLedger before = ledger;
            try {
                ledger = ledger.post(p);
            } catch (PostingRejectedException e) {
                assertThat(before.entries()).isEqualTo(ledger.entries());
                continue;
            }
            if (p instanceof Payment x) {
                received = received.plus(x.amount());
            } else if (p instanceof InterestCharge x) {
                interest = interest.plus(x.amount());
            } else if (p instanceof CreditNote x) {
                credited = credited.plus(x.amount());
            } else if (p instanceof WriteOff x) {
                writtenOff = writtenOff.plus(x.amount());
            } else if (p instanceof CreditRefund x) {
                refunded = refunded.plus(x.amount());
            }
        }
        Money invoiced = Money.sum(scenario.receivables().stream().map(Receivable::amount).toList(), USD);
        Money balances = Money.sum(ledger.states(END).stream().map(ReceivableState::balance).toList(), USD);
        Money unapplied = Money.zero(USD);
        for (ClientId c : LedgerScenarios.CLIENTS) {
            Money credit = ledger.clientCredit(c, USD, END);
            assertThat(credit.isNegative()).as("credit of %s", c).isFalse();
            unapplied = unapplied.plus(credit);
        }
        assertThat(received.plus(balances))
                .isEqualTo(invoiced.plus(interest).minus(credited).minus(writtenOff).plus(unapplied).plus(refunded));
    }

    /** The same identity holds on every intermediate date, from the entries dated up to it. */
    @Property(tries = 300)
    void balancesAddUpOnEveryDate(@ForAll("scenarios") Scenario scenario) {
        ReceivablesLedger ledger = postAccepted(scenario);
        for (int day = 0; day <= 160; day += 7) {
            LocalDate asOf = Fixtures.JAN_1.plusDays(day);
            Money up = Money.zero(USD);
            Money down = Money.zero(USD);
            for (LedgerEntry e : ledger.entries()) {
                if (e.invoiceIfAny().isPresent() && !e.date().isAfter(asOf)) {
                    up = e.kind().invoiceSign() > 0 ? up.plus(e.amount()) : up;
                    down = e.kind().invoiceSign() < 0 ? down.plus(e.amount()) : down;
                }
            }
            List<ReceivableState> states = ledger.states(asOf);
            Money balances = Money.sum(states.stream().map(ReceivableState::balance).toList(), USD);
            assertThat(balances).isEqualTo(up.minus(down));
            for (ReceivableState s : states) {
                boolean settled = s.status() == ReceivableStatus.PAID || s.status() == ReceivableStatus.WRITTEN_OFF;
                assertThat(settled).as("status %s of balance %s", s.status(), s.balance())
                        .isEqualTo(s.balance().isZero());
            }
        }
    }

    /** Posting the accepted postings in one batch gives the same ledger as posting them one by one. */
    @Property(tries = 300)
    void batchPostingEqualsOneByOne(@ForAll("scenarios") Scenario scenario) {
        ReceivablesLedger oneByOne = postAccepted(scenario);
        List<Posting> accepted = acceptedPostings(scenario);
        assertThat(ReceivablesLedger.of(scenario.receivables()).postAll(accepted)).isEqualTo(oneByOne);
    }

    private static ReceivablesLedger postAccepted(Scenario scenario) {
        return ReceivablesLedger.of(scenario.receivables()).postAll(acceptedPostings(scenario));
    }

    private static List<Posting> acceptedPostings(Scenario scenario) {
        ReceivablesLedger ledger = ReceivablesLedger.of(scenario.receivables());
        List<Posting> accepted = new java.util.ArrayList<>();
        for (Posting p : scenario.postings()) {
            try {
                ledger = ledger.post(p);
                accepted.add(p);
            } catch (PostingRejectedException e) {
                // refused postings are not part of the accepted history
            }
        }
        return accepted;
    }
}

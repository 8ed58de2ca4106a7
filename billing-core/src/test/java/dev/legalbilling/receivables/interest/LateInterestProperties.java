package dev.legalbilling.receivables.interest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.legalbilling.agreement.InterestTerms;
import dev.legalbilling.money.Money;
import dev.legalbilling.receivables.Fixtures;
import dev.legalbilling.receivables.Payment;
import dev.legalbilling.receivables.PaymentId;
import dev.legalbilling.receivables.Receivable;
import dev.legalbilling.receivables.ReceivablesLedger;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Scale;
import net.jqwik.api.constraints.Size;

class LateInterestProperties {

    @Property(tries = 500)
    void accruedInterestGrowsWithTimeAndNeverExceedsInterestOnTheFullAmount(
            @ForAll @BigRange(min = "0.01", max = "100000") @Scale(2) BigDecimal amount,
            @ForAll @BigRange(min = "0.5", max = "25") @Scale(2) BigDecimal rate,
            @ForAll @Size(max = 5) List<@IntRange(min = 0, max = 200) Integer> paymentDays,
            @ForAll @IntRange(min = 1, max = 300) int firstDay, @ForAll @IntRange(min = 0, max = 300) int later) {
        Receivable r = Fixtures.receivable("INV-1", Fixtures.CLIENT_A, Fixtures.JAN_1, 30, Money.of(amount, "USD"));
        ReceivablesLedger ledger = ReceivablesLedger.of(List.of(new Receivable(r.invoice(), r.client(), r.matter(),
                r.invoiceDate(), r.dueDate(), r.amount(), new InterestTerms(true, rate, 0), null, null, null)));
        int n = 0;
        for (int day : paymentDays.stream().sorted().toList()) {
            Money part = Money.of(amount, "USD").divide(BigDecimal.valueOf(4), RoundingMode.DOWN);
            if (part.isPositive()) {
                ledger = ledger.post(Payment.toInvoice(PaymentId.of("P" + n++), r.client(),
                        r.dueDate().plusDays(day), part, r.invoice()));
            }
        }
        LocalDate d1 = r.dueDate().plusDays(firstDay);
        LocalDate d2 = d1.plusDays(later);
        InterestAccrual a1 = (InterestAccrual) LateInterest.assess(ledger, r.invoice(), d1);
        InterestAccrual a2 = (InterestAccrual) LateInterest.assess(ledger, r.invoice(), d2);
        assertThat(a2.accruedToDate()).isGreaterThanOrEqualTo(a1.accruedToDate());
        BigDecimal ceiling = amount.multiply(rate).multiply(BigDecimal.valueOf(firstDay + later))
                .divide(BigDecimal.valueOf(36_500), 2, RoundingMode.UP);
        assertThat(a2.accruedToDate().amount()).isLessThanOrEqualTo(ceiling);
    }
}

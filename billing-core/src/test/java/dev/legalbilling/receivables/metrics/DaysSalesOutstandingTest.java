package dev.legalbilling.receivables.metrics;

import static dev.legalbilling.receivables.Fixtures.CLIENT_A;
import static dev.legalbilling.receivables.Fixtures.inv;
import static dev.legalbilling.receivables.Fixtures.pay;
import static dev.legalbilling.receivables.Fixtures.receivable;
import static dev.legalbilling.receivables.Fixtures.usd;
import static org.assertj.core.api.Assertions.assertThat;

import dev.legalbilling.receivables.Payment;
import dev.legalbilling.receivables.ReceivablesLedger;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

class DaysSalesOutstandingTest {
    private static final Currency USD = Currency.getInstance("USD");
    private static final ReportingPeriod MARCH = ReportingPeriod.of(YearMonth.of(2026, 3));

    @Test
    void isOpenBalanceOverBilledTimesDays() {
        // February invoice paid in March, two March invoices of 50,000 and 40,000, 30,000 paid on the first
        ReceivablesLedger ledger = ReceivablesLedger.of(List.of(
                receivable("FEB", CLIENT_A, LocalDate.of(2026, 2, 10), "10000.00"),
                receivable("MAR-A", CLIENT_A, LocalDate.of(2026, 3, 5), "50000.00"),
                receivable("MAR-B", CLIENT_A, LocalDate.of(2026, 3, 20), "40000.00")))
                .post(Payment.toInvoice(pay("P1"), CLIENT_A, LocalDate.of(2026, 3, 12), usd("10000.00"), inv("FEB")))
                .post(Payment.toInvoice(pay("P2"), CLIENT_A, LocalDate.of(2026, 3, 25), usd("30000.00"),
                        inv("MAR-A")));
        DaysSalesOutstanding dso = DaysSalesOutstanding.of(ledger, MARCH, USD);
        assertThat(dso.receivables()).isEqualTo(usd("60000.00"));
        assertThat(dso.billed()).isEqualTo(usd("90000.00"));
        assertThat(MARCH.days()).isEqualTo(31);
        // 60,000 / 90,000 x 31 = 20.666...
        assertThat(dso.days()).hasValueSatisfying(d -> assertThat(d).isEqualByComparingTo("20.7"));
    }

    @Test
    void isEmptyWhenNothingWasBilled() {
        ReceivablesLedger ledger = ReceivablesLedger.of(List.of(
                receivable("FEB", CLIENT_A, LocalDate.of(2026, 2, 10), "10000.00")));
        DaysSalesOutstanding dso = DaysSalesOutstanding.of(ledger, MARCH, USD);
        assertThat(dso.receivables()).isEqualTo(usd("10000.00"));
        assertThat(dso.days()).isEmpty();
    }

    @Test
    void periodCountsBothEnds() {
        assertThat(new ReportingPeriod(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 1)).days()).isEqualTo(1);
        assertThat(ReportingPeriod.of(YearMonth.of(2028, 2)).days()).isEqualTo(29);
    }
}

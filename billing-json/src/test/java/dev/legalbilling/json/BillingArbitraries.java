package dev.legalbilling.json;

import dev.legalbilling.invoice.Invoice;
import dev.legalbilling.invoice.InvoiceLine;
import dev.legalbilling.invoice.InvoiceNumber;
import dev.legalbilling.invoice.LineType;
import dev.legalbilling.money.Money;
import dev.legalbilling.money.UnitPrice;
import dev.legalbilling.party.Client;
import dev.legalbilling.party.ClientId;
import dev.legalbilling.party.MatterId;
import dev.legalbilling.party.Timekeeper;
import dev.legalbilling.party.TimekeeperClassification;
import dev.legalbilling.party.TimekeeperId;
import dev.legalbilling.utbms.UtbmsCode;
import dev.legalbilling.utbms.UtbmsCodeSet;
import dev.legalbilling.work.Expense;
import dev.legalbilling.work.Receipt;
import dev.legalbilling.work.TimeEntry;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Generators of valid billing values for properties. */
final class BillingArbitraries {
    private static final Currency USD = Currency.getInstance("USD");
    private static final LocalDate START = LocalDate.of(2026, 1, 1);

    private BillingArbitraries() {
    }

    static Arbitrary<String> ids() {
        return Arbitraries.strings().withCharRange('A', 'Z').numeric().withChars('-').ofMinLength(1).ofMaxLength(12)
                .filter(s -> !s.startsWith("-"));
    }

    static Arbitrary<String> narratives() {
        return Arbitraries.strings().withCharRange(' ', '~').withChars('é', '’', '€').ofMinLength(1).ofMaxLength(60)
                .filter(s -> !s.isBlank());
    }

    static Arbitrary<Money> money() {
        return Arbitraries.bigDecimals().between(new BigDecimal("-99999999"), new BigDecimal("99999999")).ofScale(2)
                .map(a -> Money.of(a, USD));
    }

    static Arbitrary<UnitPrice> unitPrices() {
        return Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("5000")).ofScale(4)
                .map(a -> UnitPrice.of(a, USD));
    }

    static Arbitrary<BigDecimal> hours() {
        return Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("24")).ofScale(2);
    }

    static Arbitrary<LocalDate> dates() {
        return Arbitraries.integers().between(0, 365).map(START::plusDays);
    }

    static Arbitrary<Timekeeper> timekeepers() {
        return Combinators.combine(ids(), Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(10),
                Arbitraries.strings().alpha().ofMaxLength(10), Arbitraries.of(TimekeeperClassification.class),
                unitPrices().injectNull(0.3), Arbitraries.integers().between(Timekeeper.MIN_BAR_ADMISSION_YEAR,
                        Timekeeper.MAX_BAR_ADMISSION_YEAR).injectNull(0.5))
                .as((id, last, first, cls, rate, admitted) -> new Timekeeper(TimekeeperId.of(id), last, first, cls,
                        rate, admitted));
    }

    static Arbitrary<String> taskCodes() {
        List<String> codes = new ArrayList<>();
        for (UtbmsCodeSet set : UtbmsCodeSet.values()) {
            set.codes().stream().map(UtbmsCode::code).filter(set::isValidTask).forEach(codes::add);
        }
        return Arbitraries.of(codes);
    }

    static Arbitrary<String> activityCodes() {
        return Arbitraries.of(UtbmsCodeSet.activities().stream().map(UtbmsCode::code).toList());
    }

    static Arbitrary<String> expenseCodes() {
        return Arbitraries.of(UtbmsCodeSet.expenses().stream().map(UtbmsCode::code).toList());
    }

    static Arbitrary<TimeEntry> timeEntries() {
        return Combinators.combine(ids(), ids(), dates(), hours(), narratives(), taskCodes(), activityCodes(),
                Arbitraries.integers().between(-1, 24 * 60))
                .as((m, tk, d, h, n, t, a, minutes) -> new TimeEntry(MatterId.of(m), TimekeeperId.of(tk), d, h, n,
                        t, a, minutes % 2 == 0, minutes % 3 == 0, minutes < 0 ? null : Duration.ofMinutes(minutes)));
    }

    static Arbitrary<Expense> expenses() {
        return Combinators.combine(ids(), dates(), expenseCodes(),
                Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("1000")).ofScale(1),
                unitPrices(), narratives(), Arbitraries.of(Receipt.class))
                .as((m, d, code, q, price, n, r) -> new Expense(MatterId.of(m), d, code, q, price, n, r, null,
                        q.signum() == 0 ? null : price.amount().multiply(q)));
    }

    static Arbitrary<InvoiceLine> lines(String lineNumber) {
        Arbitrary<InvoiceLine> fee = Combinators.combine(dates(), timekeepers(), hours(), unitPrices(), money(),
                taskCodes(), activityCodes(), narratives())
                .as((d, tk, h, rate, adj, task, act, n) -> InvoiceLine.builder(lineNumber, LineType.FEE, d)
                        .timekeeper(tk).units(h).unitCost(rate).adjustment(adj).codes(task, act).narrative(n)
                        .rateBasis("standard rate").price(RoundingMode.HALF_UP));
        Arbitrary<InvoiceLine> expense = Combinators.combine(dates(), hours(), unitPrices(), expenseCodes(),
                narratives(), Arbitraries.of(Receipt.class), Arbitraries.integers().between(0, 500))
                .as((d, q, price, code, n, r, src) -> InvoiceLine.builder(lineNumber, LineType.EXPENSE, d).units(q)
                        .unitCost(price).expenseCode(code).narrative(n).receipt(r).sourceLine(src)
                        .price(RoundingMode.HALF_EVEN));
        Arbitrary<InvoiceLine> adjustment = Combinators.combine(dates(), money(), Arbitraries.of(
                LineType.FEE_ADJUSTMENT, LineType.EXPENSE_ADJUSTMENT))
                .as((d, adj, type) -> InvoiceLine.builder(lineNumber, type, d).units(BigDecimal.ONE).adjustment(adj)
                        .narrative("Adjustment").price(RoundingMode.HALF_UP));
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, fee), net.jqwik.api.Tuple.of(3, expense), net.jqwik.api.Tuple.of(1, adjustment));
    }

    static Arbitrary<Invoice> invoices() {
        Arbitrary<List<InvoiceLine>> lines = Arbitraries.integers().between(0, 8).flatMap(n -> {
            List<Arbitrary<InvoiceLine>> each = new ArrayList<>();
            for (int i = 1; i <= n; i++) {
                each.add(lines(String.valueOf(i)));
            }
            return Combinators.combine(each).as(l -> l);
        });
        return Combinators.combine(ids(), ids(), ids(), dates(), lines, Arbitraries.of(true, false),
                ids().injectNull(0.5))
                .as((number, client, matter, date, ls, fin, clientMatter) -> {
                    Invoice.Builder b = Invoice.builder(InvoiceNumber.of(number), ClientId.of(client),
                            MatterId.of(matter)).invoiceDate(date.plusDays(30)).period(START, date.plusDays(1))
                            .clientMatterId(clientMatter).lawFirmId("24-6437381").description("For services")
                            .currency(USD).lines(ls);
                    return fin ? b.buildFinal() : b.build();
                });
    }

    static Arbitrary<Client> clients() {
        return Combinators.combine(ids(), narratives()).as((id, name) -> new Client(ClientId.of(id), name));
    }
}

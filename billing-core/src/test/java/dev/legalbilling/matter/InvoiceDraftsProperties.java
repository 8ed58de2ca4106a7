package dev.legalbilling.matter;

import dev.legalbilling.fee.BillingIncrement;
import dev.legalbilling.fee.CustomRates;
import dev.legalbilling.fee.FeeArrangement;
import dev.legalbilling.fee.HourlyFee;
import dev.legalbilling.invoice.Invoice;
import dev.legalbilling.invoice.InvoiceLine;
import dev.legalbilling.invoice.InvoiceNumber;
import dev.legalbilling.invoice.LineType;
import dev.legalbilling.money.Fraction;
import dev.legalbilling.money.Money;
import dev.legalbilling.money.UnitPrice;
import dev.legalbilling.party.Timekeeper;
import dev.legalbilling.party.TimekeeperClassification;
import dev.legalbilling.rate.Rate;
import dev.legalbilling.rate.RateCard;
import dev.legalbilling.work.Expense;
import dev.legalbilling.work.Receipt;
import dev.legalbilling.work.TimeEntry;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import static dev.legalbilling.fee.BillingFixtures.ACME_MATTER_ID;
import static dev.legalbilling.fee.BillingFixtures.MARCH_1;
import static dev.legalbilling.fee.BillingFixtures.MARCH_31;
import static dev.legalbilling.fee.BillingFixtures.TEAM;
import static dev.legalbilling.fee.BillingFixtures.acmeMatter;
import static org.assertj.core.api.Assertions.assertThat;


class InvoiceDraftsProperties {
    private static final LocalDate FEBRUARY_20 = LocalDate.of(2026, 2, 20);
    /** Standard rates for Alice and Bob, a firm default for paralegals (Cara has no standard rate). */
    private static final HourlyFee STANDARD_RATES = HourlyFee.of(RateCard.of(Rate.classificationDefault(
            TimekeeperClassification.PARALG, MARCH_1.minusYears(1), UnitPrice.of("145.5", "USD"))));

    @Provide
    Arbitrary<RoundingMode> roundings() {
        return Arbitraries.of(RoundingMode.class).filter(m -> m != RoundingMode.UNNECESSARY);
    }

    /** Days from February 20 to April 10: some before, most inside, some after the March period. */
    private static Arbitrary<LocalDate> days() {
        return Arbitraries.integers().between(0, 49).map(FEBRUARY_20::plusDays);
    }

    @Provide
    Arbitrary<List<TimeEntry>> time() {
        Arbitrary<TimeEntry> entry = Combinators.combine(
                Arbitraries.of(TEAM), days(),
                Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.valueOf(12)).ofScale(4),
                Arbitraries.of(true, true, true, false), Arbitraries.of(false, false, true))
                .as((Timekeeper tk, LocalDate day, BigDecimal hours, Boolean billable, Boolean travel) ->
                        TimeEntry.builder(ACME_MATTER_ID, tk.id(), day, hours.toPlainString())
                                .narrative("Privileged work").codes("L310", "A103")
                                .billable(billable).nonWorkingTravel(travel).build());
        return entry.list().ofMaxSize(25);
    }

    @Provide
    Arbitrary<List<Expense>> expenses() {
        Arbitrary<Expense> expense = Combinators.combine(days(),
                Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.valueOf(500)).ofScale(2),
                Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.valueOf(300)).ofScale(4))
                .as((day, quantity, price) -> new Expense(ACME_MATTER_ID, day, "E101", quantity,
                        UnitPrice.of(price, Money.currency("USD")), "Copies", Receipt.UNKNOWN, null, null));
        return expense.list().ofMaxSize(8);
    }

    /** Hourly or custom terms on a card with odd four-decimal rates for everyone. */
    @Provide
    Arbitrary<FeeArrangement> arrangements() {
        Arbitrary<BigDecimal> rate = Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.valueOf(1500))
                .ofScale(4);
        Arbitrary<RateCard> cards = rate.list().ofSize(TEAM.size()).map(rates -> {
            List<Rate> card = new ArrayList<>();
            for (int i = 0; i < TEAM.size(); i++) {
                card.add(Rate.forMatter(TEAM.get(i).id(), MARCH_1.minusYears(1),
                        UnitPrice.of(rates.get(i), Money.currency("USD"))));
            }
            return RateCard.of(card);
        });
        Arbitrary<BillingIncrement> increments = Arbitraries.of(BillingIncrement.TENTH_UP,
                BillingIncrement.TENTH_DOWN, BillingIncrement.exact(), BillingIncrement.up("0.25"));
        Arbitrary<HourlyFee> hourly = Combinators.combine(cards, increments, roundings()).as(HourlyFee::new);
        Arbitrary<FeeArrangement> custom = Combinators.combine(hourly,
                Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.valueOf(30)).ofScale(3),
                Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.valueOf(20000)).ofScale(2))
                .as((h, discount, cap) -> CustomRates.builder(h).discount(Fraction.percent(discount))
                        .notToExceed(Money.of(cap, "USD")).build());
        return Arbitraries.oneOf(hourly, custom);
    }

    @Property(tries = 400)
    void invoiceTotalIsTheSumOfLinesEachRoundedOnce(@ForAll("arrangements") FeeArrangement arrangement,
            @ForAll("time") List<TimeEntry> time, @ForAll("expenses") List<Expense> expenses) {
        RoundingMode mode = arrangement instanceof HourlyFee h ? h.rounding()
                : ((CustomRates) arrangement).hourly().rounding();
        DraftResult result = InvoiceDrafts.draft(DraftRequest.builder(acmeMatter(arrangement),
                        InvoiceNumber.of("INV-1"), MARCH_1, MARCH_31)
                .timekeepers(TEAM).time(time).expenses(expenses).build());
        Invoice invoice = result.invoice();

        Money sum = Money.zero(invoice.currency());
        for (int i = 0; i < invoice.lines().size(); i++) {
            InvoiceLine line = invoice.lines().get(i);
            assertThat(line.lineNumber()).isEqualTo(String.valueOf(i + 1));
            assertThat(line.total()).isEqualTo(line.computedTotal(mode));
            sum = sum.plus(line.total());
        }
        assertThat(invoice.total()).isEqualTo(sum);
        assertThat(invoice.total()).isEqualTo(invoice.feeTotal().plus(invoice.expenseTotal()));
        assertThat(invoice.feeTotal().isNegative()).isFalse();
    }

    @Property(tries = 300)
    void everyItemIsEitherBilledOrReportedAsExcluded(@ForAll("time") List<TimeEntry> time,
            @ForAll("expenses") List<Expense> expenses, @ForAll("roundings") RoundingMode mode) {
        DraftResult result = InvoiceDrafts.draft(DraftRequest.builder(acmeMatter(STANDARD_RATES.withRounding(mode)),
                        InvoiceNumber.of("INV-1"), MARCH_1, MARCH_31)
                .timekeepers(TEAM).time(time).expenses(expenses).build());

        List<InvoiceLine> lines = result.invoice().lines();
        long feeLines = lines.stream().filter(l -> l.type() == LineType.FEE).count();
        long expenseLines = lines.stream().filter(l -> l.type() == LineType.EXPENSE).count();
        assertThat(feeLines + result.excludedTime().size()).isEqualTo(time.size());
        assertThat(expenseLines + result.excludedExpenses().size()).isEqualTo(expenses.size());
        assertThat(lines).allSatisfy(l -> assertThat(l.date()).isBetween(MARCH_1, MARCH_31));
        assertThat(result.excludedTime()).allSatisfy(x -> assertThat(x.date().isBefore(MARCH_1)
                || x.date().isAfter(MARCH_31)).isTrue());
    }
}

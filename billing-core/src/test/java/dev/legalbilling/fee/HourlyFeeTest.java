package dev.legalbilling.fee;

import static dev.legalbilling.fee.BillingFixtures.ASSOCIATE_BOB;
import static dev.legalbilling.fee.BillingFixtures.PARALEGAL_CARA;
import static dev.legalbilling.fee.BillingFixtures.PARTNER_ALICE;
import static dev.legalbilling.fee.BillingFixtures.acmeMatter;
import static dev.legalbilling.fee.BillingFixtures.copies;
import static dev.legalbilling.fee.BillingFixtures.entry;
import static dev.legalbilling.fee.BillingFixtures.march;
import static dev.legalbilling.fee.BillingFixtures.marchWork;
import static dev.legalbilling.fee.BillingFixtures.perHour;
import static dev.legalbilling.fee.BillingFixtures.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.legalbilling.InvalidValueException;
import dev.legalbilling.invoice.InvoiceLine;
import dev.legalbilling.invoice.LineType;
import dev.legalbilling.money.CurrencyMismatchException;
import dev.legalbilling.money.UnitPrice;
import dev.legalbilling.rate.NoApplicableRateException;
import dev.legalbilling.rate.Rate;
import dev.legalbilling.rate.RateCard;
import dev.legalbilling.work.Receipt;
import dev.legalbilling.work.TimeEntry;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class HourlyFeeTest {
    private static final LocalDate JAN_1 = LocalDate.of(2026, 1, 1);
    private static final RateCard ALICE_500_THEN_550_FROM_MARCH_16 = RateCard.of(
            Rate.forMatter(PARTNER_ALICE.id(), JAN_1, perHour("500")),
            Rate.forMatter(PARTNER_ALICE.id(), march(16), perHour("550")));
    private static final HourlyFee HOURLY = HourlyFee.of(ALICE_500_THEN_550_FROM_MARCH_16);

    private static List<InvoiceLine> bill(HourlyFee fee, TimeEntry... entries) {
        return fee.bill(marchWork(acmeMatter(fee)).time(List.of(entries)).build()).lines();
    }

    @Test
    void rateChangeMidMonthPricesEachDayAtTheRateInEffect() {
        List<InvoiceLine> lines = bill(HOURLY,
                entry(PARTNER_ALICE, march(20), "2.0").build(),
                entry(PARTNER_ALICE, march(10), "1.0").build());

        assertThat(lines).extracting(InvoiceLine::lineNumber).containsExactly("1", "2");
        assertThat(lines.get(0).date()).isEqualTo(march(10));
        assertThat(lines.get(0).unitCost()).isEqualTo(perHour("500"));
        assertThat(lines.get(0).total()).isEqualTo(usd("500.00"));
        assertThat(lines.get(0).rateBasis()).contains("matter rate for timekeeper TK-ALICE, effective 2026-01-01");
        assertThat(lines.get(1).unitCost()).isEqualTo(perHour("550"));
        assertThat(lines.get(1).total()).isEqualTo(usd("1100.00"));
        assertThat(lines.get(1).rateBasis()).contains("effective 2026-03-16");
    }

    @Test
    void billsSevenMinutesAsTwoTenthsWhenRoundingUp() {
        TimeEntry sevenMinutes = entry(PARTNER_ALICE, march(5), "0.1167").actualTime(Duration.ofMinutes(7)).build();

        InvoiceLine line = bill(HOURLY.withIncrement(BillingIncrement.TENTH_UP), sevenMinutes).get(0);

        assertThat(line.units()).isEqualByComparingTo("0.2");
        assertThat(line.total()).isEqualTo(usd("100.00"));
        assertThat(line.actualTime()).isEqualTo(Duration.ofMinutes(7));
        assertThat(line.rateBasis()).endsWith("; 0.1167 h recorded, billed as 0.2 h (0.1 h increments, rounded up)");
    }

    @Test
    void billsSevenMinutesAsOneTenthWhenRoundingDown() {
        TimeEntry sevenMinutes = entry(PARTNER_ALICE, march(5), "0.1167").actualTime(Duration.ofMinutes(7)).build();

        InvoiceLine line = bill(HOURLY.withIncrement(BillingIncrement.TENTH_DOWN), sevenMinutes).get(0);

        assertThat(line.units()).isEqualByComparingTo("0.1");
        assertThat(line.total()).isEqualTo(usd("50.00"));
    }

    @Test
    void hoursOnTheIncrementAreBilledAsRecordedWithoutANote() {
        InvoiceLine line = bill(HOURLY, entry(PARTNER_ALICE, march(5), "1.5").build()).get(0);

        assertThat(line.units()).isEqualByComparingTo("1.5");
        assertThat(line.rateBasis()).doesNotContain("recorded");
    }

    @Test
    void nonWorkingTravelFlagAndCodesAreCarriedToTheLine() {
        TimeEntry travel = entry(PARTNER_ALICE, march(5), "3.0").nonWorkingTravel(true).build();

        InvoiceLine line = bill(HOURLY, travel).get(0);

        assertThat(line.nonWorkingTravel()).isTrue();
        assertThat(line.type()).isEqualTo(LineType.FEE);
        assertThat(line.timekeeper()).isEqualTo(PARTNER_ALICE);
        assertThat(line.taskCode()).isEqualTo("L120");
        assertThat(line.activityCode()).isEqualTo("A104");
        assertThat(line.narrative()).isEqualTo(travel.narrative());
    }

    @Test
    void timeRecordedAsNotBillableIsAZeroValueLine() {
        // the paralegal has no rate at all: a no-charge entry must not need one
        TimeEntry courtesy = entry(PARALEGAL_CARA, march(5), "1.5").billable(false).build();

        InvoiceLine line = bill(HOURLY, courtesy).get(0);

        assertThat(line.units()).isEqualByComparingTo("1.5");
        assertThat(line.unitCost()).isEqualTo(perHour("0"));
        assertThat(line.total().isZero()).isTrue();
        assertThat(line.rateBasis()).isEqualTo("no charge: time recorded as not billable");
    }

    @Test
    void expensesAreBilledAtCostWithTheirReceipts() {
        UnbilledWork work = marchWork(acmeMatter(HOURLY)).expenses(List.of(copies(march(12), "120", "0.15")))
                .build();

        InvoiceLine line = HOURLY.bill(work).lines().get(0);

        assertThat(line.type()).isEqualTo(LineType.EXPENSE);
        assertThat(line.expenseCode()).isEqualTo("E101");
        assertThat(line.units()).isEqualByComparingTo("120");
        assertThat(line.total()).isEqualTo(usd("18.00"));
        assertThat(line.receipt()).isEqualTo(Receipt.ATTACHED);
    }

    @Test
    void lineTotalsRoundOnceWithTheConfiguredMode() {
        // 1 h x USD 333.335 = 333.335: half up gives 333.34, half down 333.33
        HourlyFee odd = HourlyFee.of(RateCard.of(Rate.forMatter(PARTNER_ALICE.id(), JAN_1, perHour("333.335"))));
        TimeEntry hour = entry(PARTNER_ALICE, march(5), "1").build();

        assertThat(bill(odd, hour).get(0).total()).isEqualTo(usd("333.34"));
        assertThat(bill(odd.withRounding(RoundingMode.HALF_DOWN), hour).get(0).total()).isEqualTo(usd("333.33"));
    }

    @Test
    void defaultArrangementBillsStandardRatesInTenthsRoundedUp() {
        InvoiceLine line = bill(new HourlyFee(), entry(ASSOCIATE_BOB, march(5), "0.25").build()).get(0);

        assertThat(line.units()).isEqualByComparingTo("0.3");
        assertThat(line.unitCost()).isEqualTo(perHour("350"));
        assertThat(line.total()).isEqualTo(usd("105.00"));
        assertThat(line.rateBasis()).startsWith("USD 350.00/h: standard rate of timekeeper TK-BOB");
    }

    @Test
    void refusesARateInAnotherCurrencyThanTheMatter() {
        HourlyFee euros = HourlyFee.of(RateCard.of(Rate.forMatter(PARTNER_ALICE.id(), JAN_1,
                UnitPrice.of("450", "EUR"))));

        assertThatThrownBy(() -> bill(euros, entry(PARTNER_ALICE, march(5), "1").build()))
                .isInstanceOfSatisfying(CurrencyMismatchException.class, e -> {
                    assertThat(e.expected().getCurrencyCode()).isEqualTo("USD");
                    assertThat(e.actual().getCurrencyCode()).isEqualTo("EUR");
                });
    }

    @Test
    void missingRateStopsTheBillNamingTimekeeperAndDate() {
        assertThatThrownBy(() -> bill(HOURLY, entry(PARALEGAL_CARA, march(9), "1").build()))
                .isInstanceOfSatisfying(NoApplicableRateException.class, e -> {
                    assertThat(e.timekeeper()).isEqualTo(PARALEGAL_CARA.id());
                    assertThat(e.date()).isEqualTo(march(9));
                });
    }

    @Test
    void rejectsUnnecessaryRounding() {
        assertThatThrownBy(() -> HOURLY.withRounding(RoundingMode.UNNECESSARY))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.field()).isEqualTo("rounding"));
    }
}

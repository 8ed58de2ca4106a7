package dev.legalbilling.matter;

import dev.legalbilling.InvalidValueException;
import dev.legalbilling.contingency.Basis;
import dev.legalbilling.contingency.Recovery;
import dev.legalbilling.contingency.Stage;
import dev.legalbilling.fee.ContingencyFee;
import dev.legalbilling.fee.CustomRates;
import dev.legalbilling.fee.FeeArrangement;
import dev.legalbilling.fee.HourlyFee;
import dev.legalbilling.invoice.Invoice;
import dev.legalbilling.invoice.InvoiceLine;
import dev.legalbilling.invoice.InvoiceNumber;
import dev.legalbilling.invoice.InvoiceStatus;
import dev.legalbilling.invoice.LineType;
import dev.legalbilling.matter.Matter;
import dev.legalbilling.money.CurrencyMismatchException;
import dev.legalbilling.money.Fraction;
import dev.legalbilling.money.Money;
import dev.legalbilling.money.UnitPrice;
import dev.legalbilling.party.MatterId;
import dev.legalbilling.rate.Rate;
import dev.legalbilling.rate.RateCard;
import dev.legalbilling.work.Expense;
import dev.legalbilling.work.Receipt;
import dev.legalbilling.work.TimeEntry;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import static dev.legalbilling.fee.BillingFixtures.ACME;
import static dev.legalbilling.fee.BillingFixtures.ACME_MATTER_ID;
import static dev.legalbilling.fee.BillingFixtures.ASSOCIATE_BOB;
import static dev.legalbilling.fee.BillingFixtures.MARCH_1;
import static dev.legalbilling.fee.BillingFixtures.MARCH_31;
import static dev.legalbilling.fee.BillingFixtures.PARTNER_ALICE;
import static dev.legalbilling.fee.BillingFixtures.TEAM;
import static dev.legalbilling.fee.BillingFixtures.acmeMatter;
import static dev.legalbilling.fee.BillingFixtures.copies;
import static dev.legalbilling.fee.BillingFixtures.entry;
import static dev.legalbilling.fee.BillingFixtures.march;
import static dev.legalbilling.fee.BillingFixtures.perHour;
import static dev.legalbilling.fee.BillingFixtures.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;


class InvoiceDraftsTest {
    private static final InvoiceNumber INVOICE_2026_03 = InvoiceNumber.of("INV-2026-03");
    private static final HourlyFee PARTNER_500 = HourlyFee.of(RateCard.of(
            Rate.forMatter(PARTNER_ALICE.id(), LocalDate.of(2026, 1, 1), perHour("500"))));
    private static final Matter HOURLY_MATTER = acmeMatter(PARTNER_500);

    private static final TimeEntry ALICE_MARCH_10 = entry(PARTNER_ALICE, march(10), "2.0").build();
    private static final TimeEntry BOB_MARCH_11 = entry(ASSOCIATE_BOB, march(11), "1.0").build();
    private static final TimeEntry ALICE_FEBRUARY_27 = entry(PARTNER_ALICE, LocalDate.of(2026, 2, 27), "4.0").build();
    private static final Expense COPIES_APRIL_1 = copies(LocalDate.of(2026, 4, 1), "100", "0.10");
    private static final Expense COPIES_MARCH_12 = copies(march(12), "120", "0.15");

    private static DraftRequest.Builder marchRequest(Matter matter) {
        return DraftRequest.builder(matter, INVOICE_2026_03, MARCH_1, MARCH_31).timekeepers(TEAM);
    }

    @Test
    void draftsTheMattersWorkForThePeriod() {
        DraftResult result = InvoiceDrafts.draft(marchRequest(HOURLY_MATTER)
                .time(List.of(BOB_MARCH_11, ALICE_MARCH_10))
                .expenses(List.of(COPIES_MARCH_12))
                .lawFirmId("12-3456789")
                .description("March 2026 services")
                .build());
        Invoice invoice = result.invoice();

        assertThat(invoice.status()).isEqualTo(InvoiceStatus.DRAFT);
        assertThat(invoice.number()).isEqualTo(INVOICE_2026_03);
        assertThat(invoice.client()).isEqualTo(ACME.id());
        assertThat(invoice.matter()).isEqualTo(ACME_MATTER_ID);
        assertThat(invoice.clientMatterId()).contains("ACME-LIT-7");
        assertThat(invoice.invoiceDate()).isEqualTo(MARCH_31);
        assertThat(invoice.periodStart()).isEqualTo(MARCH_1);
        assertThat(invoice.lawFirmId()).isEqualTo("12-3456789");
        assertThat(invoice.description()).isEqualTo("March 2026 services");
        assertThat(invoice.lines()).extracting(InvoiceLine::lineNumber).containsExactly("1", "2", "3");
        assertThat(invoice.lines()).extracting(InvoiceLine::type)
                .containsExactly(LineType.FEE, LineType.FEE, LineType.EXPENSE);
        // Alice 2.0 h x 500 = 1,000; Bob 1.0 h x 350 (standard) = 350; copies 120 x 0.15 = 18
        assertThat(invoice.lines()).extracting(InvoiceLine::total)
                .containsExactly(usd("1000.00"), usd("350.00"), usd("18.00"));
        assertThat(invoice.total()).isEqualTo(usd("1368.00"));
        assertThat(invoice.feeTotal()).isEqualTo(usd("1350.00"));
        assertThat(result.hasExclusions()).isFalse();
    }

    @Test
    void workOutsideThePeriodIsReportedNotBilled() {
        DraftResult result = InvoiceDrafts.draft(marchRequest(HOURLY_MATTER)
                .time(List.of(ALICE_FEBRUARY_27, ALICE_MARCH_10))
                .expenses(List.of(COPIES_APRIL_1))
                .recoveries(List.of(Recovery.withoutCosts(LocalDate.of(2026, 4, 2), usd("1000"),
                        Stage.PRE_SUIT)))
                .build());

        assertThat(result.invoice().lines()).singleElement()
                .satisfies(line -> assertThat(line.date()).isEqualTo(march(10)));
        assertThat(result.hasExclusions()).isTrue();
        assertThat(result.excludedTime()).singleElement().satisfies(x -> {
            assertThat(x.item()).isEqualTo(ALICE_FEBRUARY_27);
            assertThat(x.reason()).isEqualTo(Exclusion.Reason.BEFORE_PERIOD);
            assertThat(x.explanation(MARCH_1, MARCH_31)).isEqualTo("dated 2026-02-27, before the billing period "
                    + "2026-03-01..2026-03-31: not yet billed, needs a catch-up invoice");
        });
        assertThat(result.excludedExpenses()).singleElement()
                .satisfies(x -> assertThat(x.reason()).isEqualTo(Exclusion.Reason.AFTER_PERIOD));
        assertThat(result.excludedRecoveries()).hasSize(1);
    }

    @Test
    void timeRecordedAsNotBillableAppearsAsAZeroLine() {
        TimeEntry courtesy = entry(PARTNER_ALICE, march(9), "0.5").billable(false).build();

        Invoice invoice = InvoiceDrafts.draft(marchRequest(HOURLY_MATTER).time(List.of(courtesy)).build()).invoice();

        assertThat(invoice.lines()).singleElement().satisfies(line -> {
            assertThat(line.units()).isEqualByComparingTo("0.5");
            assertThat(line.total().isZero()).isTrue();
        });
    }

    @Test
    void carriesTravelFlagsReceiptsAndActualTimeToTheLines() {
        TimeEntry travel = entry(PARTNER_ALICE, march(10), "3.0").nonWorkingTravel(true)
                .actualTime(Duration.ofMinutes(175)).build();
        Expense noReceipt = new Expense(ACME_MATTER_ID, march(10), "E110", BigDecimal.ONE, perHour("412.50"),
                "Flight to deposition", Receipt.MISSING, PARTNER_ALICE.id(), new BigDecimal("412.50"));

        Invoice invoice = InvoiceDrafts.draft(marchRequest(HOURLY_MATTER).time(List.of(travel))
                .expenses(List.of(noReceipt)).build()).invoice();

        InvoiceLine fee = invoice.lines().get(0);
        assertThat(fee.nonWorkingTravel()).isTrue();
        assertThat(fee.actualTime()).isEqualTo(Duration.ofMinutes(175));
        InvoiceLine expense = invoice.lines().get(1);
        assertThat(expense.receipt()).isEqualTo(Receipt.MISSING);
        assertThat(expense.timekeeper()).isEqualTo(PARTNER_ALICE);
        assertThat(expense.expenseCode()).isEqualTo("E110");
    }

    @Test
    void discountsAndCapsBecomeInvoiceLevelFeeAdjustments() {
        CustomRates discounted = CustomRates.builder(PARTNER_500).discount(Fraction.percent("10")).build();

        Invoice invoice = InvoiceDrafts.draft(marchRequest(acmeMatter(discounted))
                .time(List.of(ALICE_MARCH_10)).expenses(List.of(COPIES_MARCH_12)).build()).invoice();

        assertThat(invoice.lines()).extracting(InvoiceLine::type)
                .containsExactly(LineType.FEE, LineType.EXPENSE, LineType.FEE_ADJUSTMENT);
        assertThat(invoice.lines().get(2).total()).isEqualTo(usd("-100.00"));
        assertThat(invoice.feeTotal()).isEqualTo(usd("900.00"));
        assertThat(invoice.total()).isEqualTo(usd("918.00"));
    }

    @Test
    void contingentRecoveryComesWithItsClosingStatement() {
        FeeArrangement third = ContingencyFee.of(Fraction.of(1, 3), Basis.NET);
        Recovery settlement = new Recovery(march(20), usd("100000"), Stage.PRE_SUIT, usd("5000"));

        DraftResult result = InvoiceDrafts.draft(marchRequest(acmeMatter(third))
                .time(List.of(ALICE_MARCH_10)).recoveries(List.of(settlement)).build());

        assertThat(result.closingStatements()).singleElement()
                .satisfies(s -> assertThat(s.fee()).isEqualTo(usd("31666.67")));
        assertThat(result.invoice().total()).isEqualTo(usd("31666.67"));
    }

    @Test
    void refusesExpensesInAnotherCurrencyThanTheMatter() {
        Expense euros = new Expense(ACME_MATTER_ID, march(12), "E101", BigDecimal.TEN, UnitPrice.of("0.10", "EUR"),
                "Copies", Receipt.ATTACHED, null, null);

        assertThatThrownBy(() -> InvoiceDrafts.draft(marchRequest(HOURLY_MATTER).expenses(List.of(euros)).build()))
                .isInstanceOfSatisfying(CurrencyMismatchException.class, e -> {
                    assertThat(e.expected().getCurrencyCode()).isEqualTo("USD");
                    assertThat(e.actual().getCurrencyCode()).isEqualTo("EUR");
                });
    }

    @Test
    void refusesPriorFeesInAnotherCurrency() {
        assertThatThrownBy(() -> InvoiceDrafts.draft(marchRequest(HOURLY_MATTER)
                .priorFees(Money.of("10", "EUR")).build()))
                .isInstanceOf(CurrencyMismatchException.class);
    }

    @Test
    void refusesTaskCodesOutsideTheMattersCodeSet() {
        TimeEntry bankruptcyTask = entry(PARTNER_ALICE, march(10), "1.0").codes("B110", "A104").build();

        assertThatThrownBy(() -> InvoiceDrafts.draft(marchRequest(HOURLY_MATTER)
                .time(List.of(bankruptcyTask)).build()))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("taskCode");
                    assertThat(e.value()).isEqualTo("B110");
                    assertThat(e.getMessage()).contains("LITIGATION", "M-100");
                });
    }

    @Test
    void refusesWorkOfAnotherMatter() {
        TimeEntry elsewhere = TimeEntry.builder(MatterId.of("M-999"), PARTNER_ALICE.id(), march(10), "1.0")
                .narrative("Other matter").codes("L120", "A104").build();

        assertThatThrownBy(() -> marchRequest(HOURLY_MATTER).time(List.of(elsewhere)).build())
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("timeEntry.matter");
                    assertThat(e.value()).isEqualTo("M-999");
                });
    }

    @Test
    void refusesATimekeeperMissingFromTheDirectory() {
        DraftRequest request = DraftRequest.builder(HOURLY_MATTER, INVOICE_2026_03, MARCH_1, MARCH_31)
                .timekeepers(List.of(PARTNER_ALICE)).time(List.of(BOB_MARCH_11)).build();

        assertThatThrownBy(() -> InvoiceDrafts.draft(request))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("timekeeper");
                    assertThat(e.value()).isEqualTo("TK-BOB");
                });
    }

    @Test
    void refusesAReversedPeriod() {
        assertThatThrownBy(() -> DraftRequest.builder(HOURLY_MATTER, INVOICE_2026_03, MARCH_31, MARCH_1).build())
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.field()).isEqualTo("billingEndDate"));
    }

    @Test
    void narrativesStayOutOfTheResultsText() {
        DraftResult result = InvoiceDrafts.draft(marchRequest(HOURLY_MATTER)
                .time(List.of(ALICE_MARCH_10, ALICE_FEBRUARY_27)).build());

        assertThat(result.toString()).doesNotContain("Privileged", ACME.name());
    }
}

package dev.legalbilling.fee;

import dev.legalbilling.InvalidValueException;
import dev.legalbilling.contingency.Basis;
import dev.legalbilling.contingency.Recovery;
import dev.legalbilling.contingency.Stage;
import dev.legalbilling.invoice.InvoiceLine;
import dev.legalbilling.invoice.LineType;
import dev.legalbilling.money.Fraction;
import dev.legalbilling.money.TieredAmount;
import dev.legalbilling.money.TieredSchedule;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import static dev.legalbilling.fee.BillingFixtures.PARTNER_ALICE;
import static dev.legalbilling.fee.BillingFixtures.USD;
import static dev.legalbilling.fee.BillingFixtures.acmeMatter;
import static dev.legalbilling.fee.BillingFixtures.copies;
import static dev.legalbilling.fee.BillingFixtures.entry;
import static dev.legalbilling.fee.BillingFixtures.march;
import static dev.legalbilling.fee.BillingFixtures.marchWork;
import static dev.legalbilling.fee.BillingFixtures.perHour;
import static dev.legalbilling.fee.BillingFixtures.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;


/**
 * Closing statements worked by hand. The agreement: 33⅓ % if resolved before trial, 40 % from trial on; the recovery
 * is USD 100,000 and the firm advanced USD 5,000 of costs.
 */
class ContingencyFeeTest {
    private static final TieredSchedule ONE_THIRD = TieredSchedule.flat(Fraction.of(1, 3));
    private static final TieredSchedule FORTY_PERCENT = TieredSchedule.flat(Fraction.percent("40"));

    private static final ContingencyFee COSTS_BEFORE_FEE = ContingencyFee.builder(ONE_THIRD)
            .from(Stage.TRIAL, FORTY_PERCENT)
            .basis(Basis.NET)
            .build();
    private static final ContingencyFee COSTS_AFTER_FEE = ContingencyFee.builder(ONE_THIRD)
            .from(Stage.TRIAL, FORTY_PERCENT)
            .basis(Basis.GROSS)
            .build();

    private static Recovery recovery100kWith5kCosts(Stage stage) {
        return new Recovery(march(20), usd("100000"), stage, usd("5000"));
    }

    @Test
    void costsDeductedBeforeTheFeeBeforeTrial() {
        // fee base 100,000 - 5,000 = 95,000; fee 1/3 x 95,000 = 31,666.666... -> 31,666.67
        // net to client 100,000 - 5,000 - 31,666.67 = 63,333.33
        ClosingStatement s = COSTS_BEFORE_FEE.closingStatement(recovery100kWith5kCosts(Stage.PRE_SUIT));

        assertThat(s.feeBase()).isEqualTo(usd("95000"));
        assertThat(s.fee()).isEqualTo(usd("31666.67"));
        assertThat(s.netToClient()).isEqualTo(usd("63333.33"));
    }

    @Test
    void costsDeductedAfterTheFeeBeforeTrial() {
        // fee 1/3 x 100,000 = 33,333.33; net to client 100,000 - 33,333.33 - 5,000 = 61,666.67
        ClosingStatement s = COSTS_AFTER_FEE.closingStatement(recovery100kWith5kCosts(Stage.PRE_SUIT));

        assertThat(s.feeBase()).isEqualTo(usd("100000"));
        assertThat(s.fee()).isEqualTo(usd("33333.33"));
        assertThat(s.netToClient()).isEqualTo(usd("61666.67"));
    }

    @Test
    void costsDeductedBeforeTheFeeAtTrial() {
        // fee 40% x 95,000 = 38,000; net to client 100,000 - 5,000 - 38,000 = 57,000
        ClosingStatement s = COSTS_BEFORE_FEE.closingStatement(recovery100kWith5kCosts(Stage.TRIAL));

        assertThat(s.fee()).isEqualTo(usd("38000"));
        assertThat(s.netToClient()).isEqualTo(usd("57000"));
    }

    @Test
    void costsDeductedAfterTheFeeAtTrial() {
        // fee 40% x 100,000 = 40,000; net to client 100,000 - 40,000 - 5,000 = 55,000
        ClosingStatement s = COSTS_AFTER_FEE.closingStatement(recovery100kWith5kCosts(Stage.TRIAL));

        assertThat(s.fee()).isEqualTo(usd("40000"));
        assertThat(s.netToClient()).isEqualTo(usd("55000"));
    }

    @Test
    void stagesWithoutTheirOwnScheduleUseTheNearestEarlierOne() {
        assertThat(COSTS_BEFORE_FEE.scheduleFor(Stage.POST_FILING)).isEqualTo(ONE_THIRD);
        assertThat(COSTS_BEFORE_FEE.scheduleFor(Stage.APPEAL)).isEqualTo(FORTY_PERCENT);
        assertThat(COSTS_BEFORE_FEE.closingStatement(recovery100kWith5kCosts(Stage.APPEAL)).fee())
                .isEqualTo(usd("38000"));
    }

    @Test
    void closingStatementShowsEachComputation() {
        ClosingStatement s = COSTS_BEFORE_FEE.closingStatement(recovery100kWith5kCosts(Stage.PRE_SUIT));

        assertThat(s.explanation()).containsExactly(
                "Recovery on 2026-03-20 at the pre-suit stage: USD 100000.00",
                "Costs: USD 5000.00, deducted before the fee is computed",
                "Fee base: USD 100000.00 - USD 5000.00 = USD 95000.00",
                "Fee: 33 1/3% of USD 95000.00 = USD 31666.67",
                "Fee total: USD 31666.67",
                "Net to client: USD 100000.00 - USD 5000.00 - USD 31666.67 = USD 63333.33");
        assertThat(s.summary()).isEqualTo("contingency fee at the pre-suit stage: 33 1/3% of net recovery "
                + "USD 95000.00 (USD 100000.00 less costs USD 5000.00) = USD 31666.67");
    }

    @Test
    void newYorkScheduleAOnTwoMillionNetIsWorkedTierByTier() {
        // gross 2,150,000 less 150,000 costs = 2,000,000 net
        // 50% x 1,000 + 40% x 2,000 + 35% x 22,000 + 25% x 1,975,000 = 500 + 800 + 7,700 + 493,750 = 502,750
        // net to client 2,150,000 - 150,000 - 502,750 = 1,497,250
        ContingencyFee scheduleA = new ContingencyFee(
                Map.of(Stage.PRE_SUIT, TieredScheduleTest.NY_SCHEDULE_A),
                Basis.NET, RoundingMode.HALF_UP);

        ClosingStatement s = scheduleA.closingStatement(
                new Recovery(march(20), usd("2150000"), Stage.POST_FILING, usd("150000")));

        assertThat(s.feeBase()).isEqualTo(usd("2000000"));
        assertThat(s.fee()).isEqualTo(usd("502750"));
        assertThat(s.feeComputation().parts()).extracting(TieredAmount.Part::amount)
                .containsExactly(usd("500"), usd("800"), usd("7700"), usd("493750"));
        assertThat(s.netToClient()).isEqualTo(usd("1497250"));
        assertThat(s.explanation()).contains("Fee: 25% of USD 1975000.00 (band above USD 25000.00) = USD 493750.00");
        assertThat(s.summary()).contains("tiered schedule");
    }

    @Test
    void grossBasisOnTheNewYorkFactSheetExample() {
        // 1/3 of the gross 2,150,000 = 716,666.67; of the net 2,000,000 = 666,666.67
        Recovery r = new Recovery(march(20), usd("2150000"), Stage.TRIAL, usd("150000"));

        assertThat(ContingencyFee.of(Fraction.of(1, 3), Basis.GROSS).closingStatement(r).fee())
                .isEqualTo(usd("716666.67"));
        assertThat(ContingencyFee.of(Fraction.of(1, 3), Basis.NET)
                .closingStatement(r).fee()).isEqualTo(usd("666666.67"));
    }

    @Test
    void costsAboveTheRecoveryLeaveNoFeeAndAShortfall() {
        // net basis: 4,000 - 5,000 is below zero, so the fee base is 0; the client is 1,000 short
        ClosingStatement s = COSTS_BEFORE_FEE.closingStatement(
                new Recovery(march(20), usd("4000"), Stage.PRE_SUIT, usd("5000")));

        assertThat(s.feeBase().isZero()).isTrue();
        assertThat(s.fee().isZero()).isTrue();
        assertThat(s.netToClient()).isEqualTo(usd("-1000"));
    }

    @Test
    void invoiceShowsWorkAtZeroAndTheFeeWhenARecoveryIsRecorded() {
        UnbilledWork work = marchWork(acmeMatter(COSTS_BEFORE_FEE))
                .time(List.of(entry(PARTNER_ALICE, march(10), "3.0").build()))
                .expenses(List.of(copies(march(12), "120", "0.15")))
                .recoveries(List.of(recovery100kWith5kCosts(Stage.PRE_SUIT)))
                .build();

        PricedWork priced = COSTS_BEFORE_FEE.bill(work);
        List<InvoiceLine> lines = priced.lines();

        assertThat(lines).extracting(InvoiceLine::type)
                .containsExactly(LineType.FEE, LineType.FEE, LineType.EXPENSE);
        InvoiceLine time = lines.get(0);
        assertThat(time.units()).isEqualByComparingTo("3.0");
        assertThat(time.total().isZero()).isTrue();
        InvoiceLine fee = lines.get(1);
        assertThat(fee.date()).isEqualTo(march(20));
        assertThat(fee.total()).isEqualTo(usd("31666.67"));
        assertThat(fee.rateBasis()).startsWith("contingency fee at the pre-suit stage: 33 1/3%");
        InvoiceLine cost = lines.get(2);
        assertThat(cost.unitCost()).isEqualTo(perHour("0.15"));
        assertThat(cost.adjustment()).isEqualTo(usd("-18.00"));
        assertThat(cost.total().isZero()).isTrue();
        assertThat(priced.closingStatements()).singleElement()
                .satisfies(s -> assertThat(s.netToClient()).isEqualTo(usd("63333.33")));
        assertThat(priced.total(fee.currency())).isEqualTo(usd("31666.67"));
    }

    @Test
    void withoutARecoveryTheInvoiceIsAllZero() {
        UnbilledWork work = marchWork(acmeMatter(COSTS_BEFORE_FEE))
                .time(List.of(entry(PARTNER_ALICE, march(10), "3.0").build()))
                .build();

        PricedWork priced = COSTS_BEFORE_FEE.bill(work);

        assertThat(priced.lines()).hasSize(1);
        assertThat(priced.total(USD).isZero()).isTrue();
        assertThat(priced.closingStatements()).isEmpty();
    }

    @Test
    void rejectsSchedulesWithoutPreSuitOrWithACeiling() {
        assertThatThrownBy(() -> new ContingencyFee(Map.of(Stage.TRIAL, FORTY_PERCENT),
                Basis.GROSS, RoundingMode.HALF_UP))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> ContingencyFee.builder(TieredScheduleTest.NEW_JERSEY).build())
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.getMessage()).contains("open-ended"));
    }
}

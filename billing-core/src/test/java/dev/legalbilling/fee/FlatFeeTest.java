package dev.legalbilling.fee;

import static dev.legalbilling.fee.BillingFixtures.ASSOCIATE_BOB;
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

import dev.legalbilling.InvalidValueException;
import dev.legalbilling.invoice.InvoiceLine;
import dev.legalbilling.invoice.LineType;
import dev.legalbilling.money.CurrencyMismatchException;
import dev.legalbilling.money.Money;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class FlatFeeTest {
    private static final LocalDate APRIL_30 = LocalDate.of(2026, 4, 30);
    private static final FlatFee PER_PHASE = FlatFee.of(
            FlatFee.Charge.forPhase("L100", march(31), usd("10000")),
            FlatFee.Charge.forPhase("L200", APRIL_30, usd("15000")));
    private static final FlatFee THREE_INSTALLMENTS = FlatFee.of(
            FlatFee.Charge.installment(LocalDate.of(2026, 1, 31), usd("5000")),
            FlatFee.Charge.installment(march(31), usd("5000")),
            FlatFee.Charge.installment(LocalDate.of(2026, 2, 28), usd("5000")));

    private static PricedWork billMarch(FlatFee fee) {
        return fee.bill(marchWork(acmeMatter(fee))
                .time(List.of(entry(PARTNER_ALICE, march(10), "2.0").build(),
                        entry(ASSOCIATE_BOB, march(11), "1.5").build()))
                .expenses(List.of(copies(march(12), "120", "0.15")))
                .build());
    }

    @Test
    void phaseFeeIsBilledInThePeriodOfItsDueDateWithItsPhaseCode() {
        PricedWork priced = billMarch(PER_PHASE);
        List<InvoiceLine> lines = priced.lines();

        assertThat(lines).extracting(InvoiceLine::type).containsExactly(LineType.FEE, LineType.FEE, LineType.FEE,
                LineType.EXPENSE);
        InvoiceLine phase = lines.get(2);
        assertThat(phase.taskCode()).isEqualTo("L100");
        assertThat(phase.units()).isEqualByComparingTo("1");
        assertThat(phase.total()).isEqualTo(usd("10000"));
        assertThat(phase.narrative()).isEqualTo("Flat fee for L100 Case Assessment, Development & Administration");
        assertThat(phase.rateBasis()).startsWith("flat fee USD 10000.00 due 2026-03-31");
        // 10,000 fixed + 0 + 0 for the time + 18.00 copies; the L200 fee is due in April
        assertThat(priced.total(USD)).isEqualTo(usd("10018.00"));
    }

    @Test
    void workIsShownAtZeroValueSoTheClientSeesIt() {
        List<InvoiceLine> lines = billMarch(PER_PHASE).lines();

        assertThat(lines.subList(0, 2)).allSatisfy(line -> {
            assertThat(line.total().isZero()).isTrue();
            assertThat(line.unitCost()).isEqualTo(perHour("0"));
            assertThat(line.rateBasis()).isEqualTo("covered by the flat fee: time recorded for information");
        });
        assertThat(lines.get(0).units()).isEqualByComparingTo("2.0");
        assertThat(lines.get(1).units()).isEqualByComparingTo("1.5");
    }

    @Test
    void installmentsAreBilledOnePerPeriod() {
        List<InvoiceLine> fees = billMarch(THREE_INSTALLMENTS).lines().stream()
                .filter(l -> l.total().isPositive() && l.type() == LineType.FEE).toList();

        assertThat(fees).singleElement().satisfies(line -> {
            assertThat(line.narrative()).isEqualTo("Flat fee installment 3 of 3");
            assertThat(line.total()).isEqualTo(usd("5000"));
            assertThat(line.date()).isEqualTo(march(31));
            assertThat(line.taskCode()).isNull();
        });
        assertThat(THREE_INSTALLMENTS.total()).isEqualTo(usd("15000"));
        assertThat(THREE_INSTALLMENTS.charges()).extracting(FlatFee.Charge::due)
                .isSorted();
    }

    @Test
    void wholeMatterFeeIsOneCharge() {
        FlatFee fee = FlatFee.wholeMatter(march(15), usd("25000"));

        InvoiceLine line = billMarch(fee).lines().get(2);

        assertThat(line.narrative()).isEqualTo("Flat fee for the matter");
        assertThat(line.total()).isEqualTo(usd("25000"));
    }

    @Test
    void periodWithNothingDueBillsOnlyExpenses() {
        FlatFee fee = FlatFee.wholeMatter(APRIL_30, usd("25000"));

        assertThat(billMarch(fee).total(USD)).isEqualTo(usd("18.00"));
    }

    @Test
    void refusesAPhaseTheMattersCodeSetDoesNotHave() {
        FlatFee bankruptcyPhase = FlatFee.of(FlatFee.Charge.forPhase("B100", march(31), usd("1000")));

        assertThatThrownBy(() -> billMarch(bankruptcyPhase))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("flatFee.taskCode");
                    assertThat(e.value()).isEqualTo("B100");
                    assertThat(e.getMessage()).contains("LITIGATION", "M-100");
                });
    }

    @Test
    void refusesChargesInAnotherCurrencyThanTheMatter() {
        FlatFee euros = FlatFee.wholeMatter(march(15), Money.of("1000", "EUR"));

        assertThatThrownBy(() -> billMarch(euros)).isInstanceOf(CurrencyMismatchException.class);
    }

    @Test
    void rejectsUnknownCodesNegativeAmountsAndEmptyFees() {
        assertThatThrownBy(() -> FlatFee.Charge.forPhase("X999", march(1), usd("1")))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> FlatFee.Charge.installment(march(1), usd("-1")))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new FlatFee(List.of(), RoundingMode.HALF_UP))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> FlatFee.of(FlatFee.Charge.installment(march(1), usd("1")),
                FlatFee.Charge.installment(march(2), Money.of("1", "EUR"))))
                .isInstanceOf(CurrencyMismatchException.class);
    }
}

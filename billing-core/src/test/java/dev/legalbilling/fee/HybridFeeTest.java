package dev.legalbilling.fee;

import dev.legalbilling.InvalidValueException;
import dev.legalbilling.contingency.Recovery;
import dev.legalbilling.contingency.Stage;
import dev.legalbilling.invoice.InvoiceLine;
import dev.legalbilling.money.CurrencyMismatchException;
import dev.legalbilling.money.Fraction;
import dev.legalbilling.money.Money;
import dev.legalbilling.rate.Rate;
import dev.legalbilling.rate.RateCard;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import static dev.legalbilling.fee.BillingFixtures.PARTNER_ALICE;
import static dev.legalbilling.fee.BillingFixtures.USD;
import static dev.legalbilling.fee.BillingFixtures.acmeMatter;
import static dev.legalbilling.fee.BillingFixtures.entry;
import static dev.legalbilling.fee.BillingFixtures.march;
import static dev.legalbilling.fee.BillingFixtures.marchWork;
import static dev.legalbilling.fee.BillingFixtures.perHour;
import static dev.legalbilling.fee.BillingFixtures.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;


/** Alice at a reduced USD 300/h (her standard rate is 600) works 2 h; the case settles for USD 500,000. */
class HybridFeeTest {
    private static final HourlyFee REDUCED_HOURLY = HourlyFee.of(RateCard.of(
            Rate.forMatter(PARTNER_ALICE.id(), LocalDate.of(2026, 1, 1), perHour("300"))));
    private static final Recovery SETTLEMENT_500K =
            Recovery.withoutCosts(march(25), usd("500000"), Stage.POST_FILING);

    private static PricedWork billMarch(HybridFee fee, List<Recovery> recoveries) {
        return fee.bill(marchWork(acmeMatter(fee))
                .time(List.of(entry(PARTNER_ALICE, march(10), "2.0").build()))
                .recoveries(recoveries)
                .build());
    }

    @Test
    void successFeeIsAShareOfTheRecovery() {
        // 2 h x 300 = 600; 10% x 500,000 = 50,000; total 50,600
        HybridFee fee = HybridFee.of(REDUCED_HOURLY, SuccessFee.shareOf(Fraction.percent("10")));

        PricedWork priced = billMarch(fee, List.of(SETTLEMENT_500K));

        assertThat(priced.lines()).hasSize(2);
        InvoiceLine success = priced.lines().get(1);
        assertThat(success.narrative()).isEqualTo("Success fee");
        assertThat(success.date()).isEqualTo(march(25));
        assertThat(success.total()).isEqualTo(usd("50000"));
        assertThat(success.rateBasis())
                .isEqualTo("success fee: 10% of the recovery USD 500000.00 = USD 50000.00");
        assertThat(priced.total(success.currency())).isEqualTo(usd("50600"));
    }

    @Test
    void successFeeCanBeAFixedBonusOnAWinWithoutMoney() {
        Recovery defenceVerdict = Recovery.withoutCosts(march(25), usd("0"), Stage.TRIAL);
        HybridFee fee = HybridFee.of(REDUCED_HOURLY, SuccessFee.fixed(usd("25000")));

        InvoiceLine success = billMarch(fee, List.of(defenceVerdict)).lines().get(1);

        assertThat(success.total()).isEqualTo(usd("25000"));
        assertThat(success.rateBasis()).isEqualTo("success fee: fixed bonus USD 25000.00 on the outcome of 2026-03-25");
    }

    @Test
    void withoutASuccessOnlyTheReducedHoursAreBilled() {
        HybridFee fee = HybridFee.of(REDUCED_HOURLY, SuccessFee.shareOf(Fraction.percent("10")));

        PricedWork priced = billMarch(fee, List.of());

        assertThat(priced.lines()).singleElement()
                .satisfies(line -> assertThat(line.total()).isEqualTo(usd("600.00")));
    }

    @Test
    void discountsOfTheHourlyPartDoNotReduceTheSuccessFee() {
        // 600 - 20% = 480 of fees; success 50,000 untouched; total 50,480
        HybridFee fee = new HybridFee(CustomRates.builder(REDUCED_HOURLY).discount(Fraction.percent("20")).build(),
                SuccessFee.shareOf(Fraction.percent("10")));

        PricedWork priced = billMarch(fee, List.of(SETTLEMENT_500K));

        assertThat(priced.lines()).extracting(InvoiceLine::total)
                .containsExactly(usd("600.00"), usd("50000.00"), usd("-120.00"));
        assertThat(priced.total(USD)).isEqualTo(usd("50480.00"));
    }

    @Test
    void refusesABonusInAnotherCurrency() {
        HybridFee fee = HybridFee.of(REDUCED_HOURLY, SuccessFee.fixed(Money.of("1000", "EUR")));

        assertThatThrownBy(() -> billMarch(fee, List.of(SETTLEMENT_500K)))
                .isInstanceOf(CurrencyMismatchException.class);
    }

    @Test
    void successFeeIsEitherAShareOrABonus() {
        assertThatThrownBy(() -> new SuccessFee(Fraction.percent("10"), usd("1")))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new SuccessFee(null, null)).isInstanceOf(InvalidValueException.class);
    }
}

package dev.legalbilling.fee;

import dev.legalbilling.InvalidValueException;
import dev.legalbilling.invoice.InvoiceLine;
import dev.legalbilling.invoice.LineType;
import dev.legalbilling.money.Fraction;
import dev.legalbilling.money.Money;
import dev.legalbilling.money.TieredSchedule;
import dev.legalbilling.rate.Rate;
import dev.legalbilling.rate.RateCard;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
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


/** Alice (USD 500/h) and Bob (USD 300/h) each work 2 h in March: USD 1,600 of fees, plus USD 18 of copies. */
class CustomRatesTest {
    private static final LocalDate JAN_1 = LocalDate.of(2026, 1, 1);
    private static final HourlyFee HOURLY = HourlyFee.of(RateCard.of(
            Rate.forMatter(PARTNER_ALICE.id(), JAN_1, perHour("500")),
            Rate.forMatter(ASSOCIATE_BOB.id(), JAN_1, perHour("300"))));
    private static final TieredSchedule FIVE_PERCENT_ABOVE_100K = TieredSchedule.builder()
            .upTo(usd("100000"), Fraction.ZERO)
            .above(Fraction.percent("5"));

    private static PricedWork billMarch(CustomRates terms, Money priorFees) {
        return terms.bill(marchWork(acmeMatter(terms))
                .time(List.of(entry(PARTNER_ALICE, march(10), "2.0").build(),
                        entry(ASSOCIATE_BOB, march(11), "2.0").build()))
                .expenses(List.of(copies(march(12), "120", "0.15")))
                .priorFees(priorFees)
                .build());
    }

    private static List<InvoiceLine> adjustments(PricedWork priced) {
        return priced.lines().stream().filter(l -> l.type() == LineType.FEE_ADJUSTMENT).toList();
    }

    private static Money fees(PricedWork priced) {
        Money sum = usd("0");
        for (InvoiceLine l : priced.lines()) {
            if (l.type().isFee()) {
                sum = sum.plus(l.total());
            }
        }
        return sum;
    }

    @Test
    void clientDiscountIsAnInvoiceLevelFeeAdjustment() {
        // 10% of 1,600 = 160; invoice 1,600 - 160 + 18 = 1,458
        PricedWork priced = billMarch(CustomRates.builder(HOURLY).discount(Fraction.percent("10")).build(), null);

        assertThat(adjustments(priced)).singleElement().satisfies(line -> {
            assertThat(line.total()).isEqualTo(usd("-160.00"));
            assertThat(line.narrative()).isEqualTo("Client discount 10%");
            assertThat(line.rateBasis()).isEqualTo("client discount 10% of fees USD 1600.00 = USD 160.00");
            assertThat(line.lineNumber()).isEqualTo("4");
        });
        assertThat(priced.total(USD)).isEqualTo(usd("1458.00"));
    }

    @Test
    void blendedRateReplacesTheCardForEveryTimekeeper() {
        PricedWork priced = billMarch(CustomRates.builder(HOURLY).blendedRate(perHour("400")).build(), null);

        List<InvoiceLine> time = priced.lines().subList(0, 2);
        assertThat(time).extracting(InvoiceLine::unitCost).containsOnly(perHour("400"));
        assertThat(time.get(0).rateBasis())
                .isEqualTo("USD 400.00/h: blended team rate for every timekeeper; replaces the rate card");
        assertThat(fees(priced)).isEqualTo(usd("1600.00"));
        assertThat(adjustments(priced)).isEmpty();
    }

    @Test
    void volumeDiscountAppliesOnlyToFeesAboveTheThreshold() {
        // cumulative fees go from 99,000 to 100,600: 5% of the 600 above 100,000 = 30
        CustomRates terms = CustomRates.builder(HOURLY).volumeDiscounts(FIVE_PERCENT_ABOVE_100K).build();

        PricedWork priced = billMarch(terms, usd("99000"));

        assertThat(adjustments(priced)).singleElement().satisfies(line -> {
            assertThat(line.total()).isEqualTo(usd("-30.00"));
            assertThat(line.rateBasis()).contains("from USD 99000.00 to USD 100600.00",
                    "5% of USD 600.00 (band above USD 100000.00) = USD 30.00");
        });
    }

    @Test
    void volumeDiscountDoesNotApplyBelowTheThreshold() {
        CustomRates terms = CustomRates.builder(HOURLY).volumeDiscounts(FIVE_PERCENT_ABOVE_100K).build();

        assertThat(adjustments(billMarch(terms, usd("50000")))).isEmpty();
    }

    @Test
    void notToExceedCapTakesOffTheExcessWithANegativeLine() {
        // 99,000 billed before + 1,600 now = 100,600, 600 over the 100,000 cap
        CustomRates terms = CustomRates.builder(HOURLY).notToExceed(usd("100000")).build();

        PricedWork priced = billMarch(terms, usd("99000"));

        assertThat(adjustments(priced)).singleElement().satisfies(line -> {
            assertThat(line.total()).isEqualTo(usd("-600.00"));
            assertThat(line.rateBasis()).isEqualTo("not-to-exceed cap USD 100000.00: fees billed before "
                    + "USD 99000.00 + this invoice USD 1600.00 = USD 100600.00, USD 600.00 over the cap");
        });
        assertThat(fees(priced)).isEqualTo(usd("1000.00"));
        assertThat(priced.lines().subList(0, 2)).extracting(InvoiceLine::total)
                .containsExactly(usd("1000.00"), usd("600.00"));
    }

    @Test
    void capNeverTakesMoreThanThisInvoicesFees() {
        CustomRates terms = CustomRates.builder(HOURLY).notToExceed(usd("100000")).build();

        PricedWork priced = billMarch(terms, usd("101000"));

        assertThat(adjustments(priced)).singleElement()
                .satisfies(line -> assertThat(line.total()).isEqualTo(usd("-1600.00")));
        assertThat(fees(priced).isZero()).isTrue();
        assertThat(priced.total(USD)).isEqualTo(usd("18.00"));
    }

    @Test
    void adjustmentsApplyInOrderDiscountThenVolumeThenCap() {
        // discount 10% of 1,600 = 160 -> 1,440
        // volume: cumulative 99,000 -> 100,440, 5% of 440 = 22 -> 1,418
        // cap 100,300: 99,000 + 1,418 = 100,418, 118 over -> 1,300, and 99,000 + 1,300 = the cap
        CustomRates terms = CustomRates.builder(HOURLY)
                .discount(Fraction.percent("10"))
                .volumeDiscounts(FIVE_PERCENT_ABOVE_100K)
                .notToExceed(usd("100300"))
                .build();

        PricedWork priced = billMarch(terms, usd("99000"));

        assertThat(adjustments(priced)).extracting(InvoiceLine::total)
                .containsExactly(usd("-160.00"), usd("-22.00"), usd("-118.00"));
        assertThat(adjustments(priced)).extracting(InvoiceLine::lineNumber).containsExactly("4", "5", "6");
        assertThat(fees(priced)).isEqualTo(usd("1300.00"));
    }

    @Test
    void rejectsANegativeCap() {
        assertThatThrownBy(() -> CustomRates.builder(HOURLY).notToExceed(usd("-1")).build())
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.field()).isEqualTo("notToExceed"));
    }
}

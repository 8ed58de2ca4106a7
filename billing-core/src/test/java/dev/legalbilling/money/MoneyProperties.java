package dev.legalbilling.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class MoneyProperties {
    @Provide
    Arbitrary<Money> usd() {
        return Arbitraries.bigDecimals().between(new BigDecimal("-1000000000"), new BigDecimal("1000000000"))
                .ofScale(2).map(a -> Money.of(a, "USD"));
    }

    @Provide
    Arbitrary<BigDecimal> ratio() {
        return Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("1000")).ofScale(3);
    }

    @Provide
    Arbitrary<List<BigDecimal>> ratios() {
        return ratio().list().ofMinSize(1).ofMaxSize(12);
    }

    @Property
    void addThenSubtractGivesBackTheOriginal(@ForAll("usd") Money a, @ForAll("usd") Money b) {
        assertThat(a.plus(b).minus(b)).isEqualTo(a);
        assertThat(a.plus(b)).isEqualTo(b.plus(a));
    }

    @Property
    void allocationSumsToTheOriginalToTheCent(@ForAll("usd") Money amount,
            @ForAll("ratios") List<BigDecimal> ratios) {
        if (ratios.stream().allMatch(r -> r.signum() == 0)) {
            ratios.set(0, BigDecimal.ONE);
        }
        List<Money> parts = amount.allocate(ratios);
        assertThat(parts).hasSize(ratios.size());
        assertThat(Money.sum(parts, amount.currency())).isEqualTo(amount);
    }

    @Property
    void equalSplitsDifferByAtMostOneCent(@ForAll("usd") Money amount, @ForAll @IntRange(min = 1, max = 50) int n) {
        List<Money> parts = amount.allocate(n);
        BigDecimal max = parts.stream().map(Money::amount).max(BigDecimal::compareTo).orElseThrow();
        BigDecimal min = parts.stream().map(Money::amount).min(BigDecimal::compareTo).orElseThrow();
        assertThat(max.subtract(min)).isLessThanOrEqualTo(new BigDecimal("0.01"));
        assertThat(Money.sum(parts, amount.currency())).isEqualTo(amount);
    }

    @Property
    void mixedCurrenciesAlwaysFail(@ForAll("usd") Money usd, @ForAll("usd") Money other) {
        Money eur = Money.of(other.amount(), "EUR");
        assertThatThrownBy(() -> usd.plus(eur)).isInstanceOf(CurrencyMismatchException.class);
        assertThatThrownBy(() -> usd.minus(eur)).isInstanceOf(CurrencyMismatchException.class);
        assertThatThrownBy(() -> usd.compareTo(eur)).isInstanceOf(CurrencyMismatchException.class);
    }
}

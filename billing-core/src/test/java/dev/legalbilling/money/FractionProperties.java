package dev.legalbilling.money;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Scale;

/** The exact rational: arithmetic never loses anything, and money is rounded once, on {@link Money}. */
class FractionProperties {
    private static final Currency USD = Currency.getInstance("USD");

    @Provide
    Arbitrary<Fraction> fractions() {
        return Arbitraries.longs().between(0, 1_000_000).flatMap(n -> Arbitraries.longs().between(1, 1_000_000)
                .map(d -> Fraction.of(n, d)));
    }

    @Property
    void additionAndSubtractionAreExactInverses(@ForAll("fractions") Fraction a, @ForAll("fractions") Fraction b) {
        assertThat(a.plus(b).minus(b)).isEqualTo(a);
        assertThat(a.plus(b)).isEqualTo(b.plus(a));
    }

    @Property
    void multiplicationAndDivisionAreExactInverses(@ForAll("fractions") Fraction a, @ForAll("fractions") Fraction b) {
        if (!b.isZero()) {
            assertThat(a.times(b).divide(b)).isEqualTo(a);
        }
        assertThat(a.times(b)).isEqualTo(b.times(a));
    }

    @Property
    void valuesAreInLowestTermsSoEqualValuesAreEqual(@ForAll("fractions") Fraction a,
            @ForAll @IntRange(min = 1, max = 1000) int k) {
        Fraction scaled = Fraction.of(a.numerator().multiply(java.math.BigInteger.valueOf(k)),
                a.denominator().multiply(java.math.BigInteger.valueOf(k)));
        assertThat(scaled).isEqualTo(a).hasSameHashCodeAs(a);
        assertThat(scaled.compareTo(a)).isZero();
    }

    @Property
    void nEqualSharesAddUpToTheWholeBeforeRounding(
            @ForAll @BigRange(min = "0", max = "10000000") @Scale(2) BigDecimal amount,
            @ForAll @IntRange(min = 1, max = 12) int n) {
        Fraction share = Fraction.of(1, n).times(amount);
        Fraction sum = Fraction.ZERO;
        for (int i = 0; i < n; i++) {
            sum = sum.plus(share);
        }
        assertThat(Money.rounded(sum, USD, RoundingMode.HALF_UP)).isEqualTo(Money.of(amount, USD));
    }

    @Property
    void roundingOnMoneyIsWithinHalfAMinorUnitOfTheExactValue(@ForAll("fractions") Fraction rate,
            @ForAll @BigRange(min = "0", max = "10000000") @Scale(2) BigDecimal amount) {
        Fraction exact = rate.times(amount);
        Money once = Money.of(amount, USD).times(rate, RoundingMode.HALF_UP);
        assertThat(once).isEqualTo(exact.toMoney(USD, RoundingMode.HALF_UP))
                .isEqualTo(Money.rounded(exact, USD, RoundingMode.HALF_UP));
        Fraction rounded = Fraction.of(once.amount());
        Fraction distance = rounded.compareTo(exact) >= 0 ? rounded.minus(exact) : exact.minus(rounded);
        assertThat(distance).isLessThanOrEqualTo(Fraction.of(1, 200));
        assertThat(Fraction.of(Money.of(amount, USD).times(rate, RoundingMode.DOWN).amount())).isLessThanOrEqualTo(exact);
        assertThat(Fraction.of(Money.of(amount, USD).times(rate, RoundingMode.UP).amount())).isGreaterThanOrEqualTo(exact);
    }

    @Property
    void percentagesReadBackExactly(@ForAll("fractions") Fraction f) {
        assertThat(Fraction.parse(f.toPercentString())).isEqualTo(f);
    }
}

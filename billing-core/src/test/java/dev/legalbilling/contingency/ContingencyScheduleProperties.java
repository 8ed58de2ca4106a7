package dev.legalbilling.contingency;

import dev.legalbilling.money.Fraction;
import dev.legalbilling.money.Money;
import dev.legalbilling.money.TieredAmount;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import static org.assertj.core.api.Assertions.assertThat;


/**
 * Invariants of every built-in schedule, at every version, stage, basis and minor flag: the fee is monotone in
 * the recovery, never above the top rate times the base, and the tier parts add up to the fee as documented in
 * {@link MaximumFee}.
 */
class ContingencyScheduleProperties {
    private static final Money ZERO = Money.of("0", "USD");

    /** One way to ask a schedule: everything but the amounts. */
    record Case(ContingencySchedule schedule, LocalDate date, Stage stage, Basis basis, boolean minor) {
        FeeQuery query(Money recovery, Money costs) {
            return FeeQuery.of(recovery, date).withCosts(costs).withStage(stage).withBasis(basis).withMinor(minor);
        }

        MaximumFee max(Money recovery, Money costs) {
            return schedule.maximumFee(query(recovery, costs));
        }

        @Override
        public String toString() {
            return schedule.id() + " on " + date + " at " + stage + " " + basis + (minor ? " minor" : "");
        }
    }

    @Provide
    Arbitrary<Case> cases() {
        List<Case> all = new ArrayList<>();
        for (ContingencySchedule s : ContingencySchedules.all()) {
            for (ScheduleVersion v : s.versions()) {
                LocalDate date = v.effectiveFrom() == null ? LocalDate.of(1991, 7, 1) : v.effectiveFrom();
                if (s.versionOn(date) != v) {
                    continue;
                }
                List<Stage> stages = new ArrayList<>(v.stages());
                stages.add(null);
                for (Stage stage : stages) {
                    for (Basis basis : s.bases()) {
                        for (boolean minor : new boolean[] {false, true}) {
                            Case c = new Case(s, date, stage, basis, minor);
                            try {
                                c.max(Money.of("1000", "USD"), ZERO);
                                all.add(c);
                            } catch (ScheduleNotApplicableException e) {
                                // a combination the schedule refuses (stage needed): not a case
                            }
                        }
                    }
                }
            }
        }
        return Arbitraries.of(all);
    }

    @Provide
    Arbitrary<Money> amounts() {
        TreeSet<BigDecimal> edges = new TreeSet<>();
        for (ContingencySchedule s : ContingencySchedules.all()) {
            for (ScheduleVersion v : s.versions()) {
                v.scales().forEach(scale -> scale.rates().tiers().forEach(t -> t.upperBound().ifPresent(edge -> {
                    edges.add(edge.amount());
                    edges.add(edge.amount().add(new BigDecimal("0.01")));
                    edges.add(edge.amount().subtract(new BigDecimal("0.01")));
                })));
                if (v.cap() != null) {
                    edges.add(v.cap().amount().multiply(BigDecimal.valueOf(4)));
                }
            }
        }
        Arbitrary<BigDecimal> random = Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("10000000"))
                .ofScale(2);
        return Arbitraries.frequencyOf(Tuple.of(3, random), Tuple.of(1,
                Arbitraries.of(edges))).map(a -> Money.of(a, "USD"));
    }

    @Property
    void feeIsMonotoneInTheRecovery(@ForAll("cases") Case c, @ForAll("amounts") Money a, @ForAll("amounts") Money b,
            @ForAll("amounts") Money costs) {
        Money low = a.min(b);
        Money high = a.max(b);
        MaximumFee atLow = c.max(low, costs);
        MaximumFee atHigh = c.max(high, costs);
        assertThat(atHigh.exactFee()).isGreaterThanOrEqualTo(atLow.exactFee());
        assertThat(atHigh.fee()).isGreaterThanOrEqualTo(atLow.fee());
    }

    @Property
    void feeIsNeverAboveTheTopRateTimesTheBase(@ForAll("cases") Case c, @ForAll("amounts") Money recovery,
            @ForAll("amounts") Money costs) {
        MaximumFee max = c.max(recovery, costs);
        Fraction topRate = max.version().scales().stream()
                .filter(s -> c.stage() == null || s.stages().contains(c.stage()))
                .map(Scale::topRate).reduce(Fraction.ZERO, Fraction::max);
        Fraction ceiling = topRate.times(max.base().amount());
        assertThat(max.exactFee()).isLessThanOrEqualTo(ceiling);
        assertThat(max.fee()).isLessThanOrEqualTo(ceiling.toMoney(max.fee().currency(), RoundingMode.HALF_UP));
        assertThat(max.base()).isLessThanOrEqualTo(recovery);
    }

    @Property
    void bandFeesAddUpToTheTierTotalRoundedOnceAndToTheFeeWhenNothingElseBinds(@ForAll("cases") Case c,
            @ForAll("amounts") Money recovery, @ForAll("amounts") Money costs) {
        MaximumFee max = c.max(recovery, costs);

        Money tierTotal = max.exactTierTotal().toMoney(max.fee().currency(), RoundingMode.HALF_UP);
        Money shown = max.bands().stream().map(TieredAmount.Part::amount).reduce(ZERO, Money::plus);
        assertThat(shown).isEqualTo(tierTotal).isEqualTo(max.displayedPartsTotal());
        assertThat(max.exactFee()).isLessThanOrEqualTo(max.exactTierTotal());
        assertThat(max.fee()).isEqualTo(max.exactFee().toMoney(max.fee().currency(), RoundingMode.HALF_UP));
        Money sliced = max.bands().stream().map(TieredAmount.Part::portion).reduce(ZERO, Money::plus);
        assertThat(sliced.plus(max.courtSetExcess())).isEqualTo(max.base());
        for (TieredAmount.Part band : max.bands()) {
            Fraction exact = band.rate().times(band.portion().amount());
            Fraction shownExactly = Fraction.of(band.amount().amount());
            Fraction gap = shownExactly.compareTo(exact) >= 0 ? shownExactly.minus(exact) : exact.minus(shownExactly);
            assertThat(gap).as("each band within a cent of its exact fee").isLessThan(Fraction.of(1, 100));
        }
        if (!max.capApplied() && max.exactFee().equals(max.exactTierTotal())) {
            assertThat(max.displayedPartsTotal()).isEqualTo(max.fee());
        }
    }

    @Property
    void percentagesReadBackExactly(@ForAll("fractions") Fraction f) {
        assertThat(Fraction.parse(f.toPercentString())).isEqualTo(f);
    }

    @Provide
    Arbitrary<Fraction> fractions() {
        return Arbitraries.longs().between(0, 10_000).flatMap(n -> Arbitraries.longs().between(1, 10_000)
                .map(d -> Fraction.of(n, d)));
    }
}

package dev.legalbilling.fee;

import dev.legalbilling.contingency.Basis;
import dev.legalbilling.contingency.Recovery;
import dev.legalbilling.contingency.Stage;
import dev.legalbilling.money.Fraction;
import dev.legalbilling.money.Money;
import dev.legalbilling.money.Tier;
import dev.legalbilling.money.TieredAmount;
import dev.legalbilling.money.TieredSchedule;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import static dev.legalbilling.fee.BillingFixtures.usd;
import static org.assertj.core.api.Assertions.assertThat;


class TieredScheduleProperties {
    private static final BigDecimal CENT = new BigDecimal("0.01");

    @Provide
    Arbitrary<TieredSchedule> schedules() {
        Arbitrary<Fraction> rates = Arbitraries.oneOf(
                Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.valueOf(100)).ofScale(2)
                        .map(Fraction::percent),
                Arbitraries.of(Fraction.of(1, 3), Fraction.of(2, 3), Fraction.of(1, 7),
                        Fraction.of(5, 6), Fraction.ONE, Fraction.ZERO));
        Arbitrary<List<BigDecimal>> widths = Arbitraries.bigDecimals()
                .between(CENT, BigDecimal.valueOf(1_000_000)).ofScale(2).list().ofMaxSize(4);
        return Combinators.combine(widths, rates.list().ofSize(5)).as((ws, rs) -> {
            List<Tier> tiers = new ArrayList<>();
            BigDecimal bound = BigDecimal.ZERO;
            for (int i = 0; i < ws.size(); i++) {
                bound = bound.add(ws.get(i));
                tiers.add(Tier.upTo(usd(bound.toPlainString()), rs.get(i)));
            }
            tiers.add(Tier.above(rs.get(ws.size())));
            return new TieredSchedule(tiers);
        });
    }

    @Provide
    Arbitrary<Money> amounts() {
        return Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.valueOf(5_000_000)).ofScale(2)
                .map(a -> Money.of(a, "USD"));
    }

    @Provide
    Arbitrary<RoundingMode> roundings() {
        return Arbitraries.of(RoundingMode.class).filter(m -> m != RoundingMode.UNNECESSARY);
    }

    @Property
    void feeNeverDecreasesAsTheRecoveryGrows(@ForAll("schedules") TieredSchedule schedule,
            @ForAll("amounts") Money recovery, @ForAll("amounts") Money more, @ForAll("roundings") RoundingMode mode) {
        Money smaller = schedule.apply(recovery, mode).total();
        Money larger = schedule.apply(recovery.plus(more), mode).total();

        assertThat(larger).isGreaterThanOrEqualTo(smaller);
    }

    @Property
    void feeNeverExceedsTheTopRateOfTheBase(@ForAll("schedules") TieredSchedule schedule,
            @ForAll("amounts") Money base, @ForAll("roundings") RoundingMode mode) {
        Money fee = schedule.apply(base, mode).total();

        assertThat(fee).isLessThanOrEqualTo(base.times(schedule.topRate(), mode));
        assertThat(fee).isLessThanOrEqualTo(base.times(schedule.topRate(), RoundingMode.CEILING));
    }

    @Property
    void tierPartsAddUpToTheFeeAndEachIsWithinACentOfItsExactShare(@ForAll("schedules") TieredSchedule schedule,
            @ForAll("amounts") Money base, @ForAll("roundings") RoundingMode mode) {
        TieredAmount fee = schedule.apply(base, mode);

        Money sum = Money.zero(base.currency());
        Money portions = Money.zero(base.currency());
        for (TieredAmount.Part part : fee.parts()) {
            sum = sum.plus(part.amount());
            portions = portions.plus(part.portion());
            BigDecimal den = new BigDecimal(part.rate().denominator());
            BigDecimal exactTimesDen = part.portion().amount().multiply(new BigDecimal(part.rate().numerator()));
            BigDecimal gap = part.amount().amount().multiply(den).subtract(exactTimesDen).abs();
            assertThat(gap).isLessThan(CENT.multiply(den));
        }
        assertThat(sum).isEqualTo(fee.total());
        assertThat(portions).isEqualTo(base);
    }

    @Property
    void slicesOfARunningTotalAddUpToTheWholeWithinACent(@ForAll("schedules") TieredSchedule schedule,
            @ForAll("amounts") Money counted, @ForAll("amounts") Money slice) {
        Money before = schedule.apply(counted, RoundingMode.HALF_EVEN).total();
        Money added = schedule.applyToSlice(counted, slice, RoundingMode.HALF_EVEN).total();
        Money whole = schedule.apply(counted.plus(slice), RoundingMode.HALF_EVEN).total();

        assertThat(before.plus(added).minus(whole).abs()).isLessThanOrEqualTo(usd("0.01"));
    }

    @Property
    void contingencyFeeNeverDecreasesWithTheRecoveryAndStaysWithinTheTopRate(
            @ForAll("schedules") TieredSchedule schedule, @ForAll Basis basis,
            @ForAll("amounts") Money recovery, @ForAll("amounts") Money more, @ForAll("amounts") Money costs,
            @ForAll("roundings") RoundingMode mode) {
        ContingencyFee fee = new ContingencyFee(Map.of(Stage.PRE_SUIT, schedule), basis, mode);
        ClosingStatement smaller = fee.closingStatement(
                new Recovery(BillingFixtures.MARCH_31, recovery, Stage.TRIAL, costs));
        ClosingStatement larger = fee.closingStatement(
                new Recovery(BillingFixtures.MARCH_31, recovery.plus(more), Stage.TRIAL, costs));

        assertThat(larger.fee()).isGreaterThanOrEqualTo(smaller.fee());
        assertThat(smaller.fee()).isLessThanOrEqualTo(smaller.feeBase().times(schedule.topRate(), mode));
        assertThat(smaller.feeBase()).isLessThanOrEqualTo(recovery);
        assertThat(smaller.netToClient()).isEqualTo(recovery.minus(costs).minus(smaller.fee()));
    }
}

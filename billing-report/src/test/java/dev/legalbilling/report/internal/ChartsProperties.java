package dev.legalbilling.report.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.legalbilling.money.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

class ChartsProperties {
    private static final BigDecimal AREA = BigDecimal.valueOf(Charts.WIDTH - 240 - 130 - 10);

    private static Money usd(long cents) {
        return Money.of(BigDecimal.valueOf(cents, 2), "USD");
    }

    @Property
    @SuppressWarnings("unchecked")
    void barsKeepTheOrderOfTheirAmountsAndTheLargestFillsTheArea(
            @ForAll @Size(min = 1, max = 12) List<@LongRange(min = 0, max = 10_000_000_000L) Long> cents) {
        List<Charts.Bar> bars = new ArrayList<>();
        for (int i = 0; i < cents.size(); i++) {
            bars.add(new Charts.Bar("bar " + i, usd(cents.get(i))));
        }
        List<Map<String, Object>> rows = (List<Map<String, Object>>) Charts.bars("c", "t", "amount", bars)
                .get("bars");
        long max = cents.stream().mapToLong(Long::longValue).max().orElseThrow();
        for (int i = 0; i < rows.size(); i++) {
            BigDecimal length = new BigDecimal((String) rows.get(i).get("length"));
            assertThat(length).isBetween(BigDecimal.ZERO, AREA);
            if (cents.get(i) == max && max > 0) {
                assertThat(length).isEqualByComparingTo(AREA);
            }
            for (int j = 0; j < rows.size(); j++) {
                if (cents.get(i) < cents.get(j)) {
                    assertThat(length).isLessThanOrEqualTo(new BigDecimal((String) rows.get(j).get("length")));
                }
            }
            assertThat(((Map<String, Object>) rows.get(i).get("amount")).get("value"))
                    .isEqualTo(usd(cents.get(i)).amount().toPlainString());
        }
    }

    @Property
    @SuppressWarnings("unchecked")
    void aStacksSegmentsAddUpToItsBarAndStayInside(
            @ForAll @Size(min = 1, max = 5) List<@LongRange(min = 0, max = 1_000_000_000L) Long> parts,
            @ForAll @LongRange(min = 0, max = 1_000_000_000L) long otherBar) {
        List<Money> amounts = parts.stream().map(ChartsProperties::usd).toList();
        Money total = Money.sum(amounts, amounts.get(0).currency());
        List<String> series = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            series.add("s" + i);
        }
        List<Charts.Stack> stacks = List.of(new Charts.Stack("a", amounts, total),
                new Charts.Stack("b", List.of(usd(otherBar)), usd(otherBar)));
        Map<String, Object> chart = Charts.stacked("c", "t", series, stacks);
        Map<String, Object> first = ((List<Map<String, Object>>) chart.get("stacks")).get(0);
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal end = BigDecimal.valueOf(240);
        for (Map<String, Object> seg : (List<Map<String, Object>>) first.get("segments")) {
            BigDecimal x = new BigDecimal((String) seg.get("x"));
            assertThat(x).isEqualByComparingTo(end);
            BigDecimal w = new BigDecimal((String) seg.get("width"));
            assertThat(w).isNotNegative();
            sum = sum.add(w);
            end = x.add(w);
        }
        BigDecimal max = total.amount().max(BigDecimal.valueOf(otherBar, 2));
        assertThat(sum).isEqualByComparingTo(new BigDecimal(Charts.length(total.amount(), max)));
        assertThat(end.subtract(BigDecimal.valueOf(240))).isLessThanOrEqualTo(AREA);
    }
}

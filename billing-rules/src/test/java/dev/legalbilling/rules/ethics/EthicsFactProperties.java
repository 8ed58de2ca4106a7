package dev.legalbilling.rules.ethics;

import static dev.legalbilling.rules.ethics.EthicsFixtures.MONDAY;
import static dev.legalbilling.rules.ethics.EthicsFixtures.PARTNER;
import static dev.legalbilling.rules.ethics.EthicsFixtures.betaInvoice;
import static dev.legalbilling.rules.ethics.EthicsFixtures.check;
import static dev.legalbilling.rules.ethics.EthicsFixtures.invoice;
import static org.assertj.core.api.Assertions.assertThat;

import dev.legalbilling.invoice.Invoice;
import dev.legalbilling.rules.EthicsContext;
import dev.legalbilling.rules.Finding;
import dev.legalbilling.rules.fact.ActualTimeFact;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/** Invariants of the ethics facts and of the double-billing sums across invoices. */
class EthicsFactProperties {
    private static final BigDecimal SECONDS_PER_HOUR = BigDecimal.valueOf(3600);

    @Provide
    Arbitrary<BigDecimal> increments() {
        return Arbitraries.of(new BigDecimal("0.1"), new BigDecimal("0.25"), new BigDecimal("0.05"), BigDecimal.ONE,
                new BigDecimal("0.2"));
    }

    @Property
    void roundingUpGivesTheSmallestMultipleOfTheIncrementCoveringTheActualTime(
            @ForAll @LongRange(min = 0, max = 86_400) long seconds, @ForAll("increments") BigDecimal increment) {
        ActualTimeFact fact = new ActualTimeFact("INV-1", "1", "TK", LocalDate.of(2026, 3, 2), BigDecimal.ONE,
                seconds);
        BigDecimal rounded = fact.roundedUpTo(increment);
        BigDecimal actualHours = BigDecimal.valueOf(seconds).divide(SECONDS_PER_HOUR, 10, RoundingMode.DOWN);
        assertThat(rounded.remainder(increment).signum()).as("a multiple of the increment").isZero();
        assertThat(rounded.multiply(SECONDS_PER_HOUR)).as("covers the actual time")
                .isGreaterThanOrEqualTo(BigDecimal.valueOf(seconds));
        assertThat(rounded.subtract(increment).compareTo(actualHours) < 0 || rounded.signum() == 0)
                .as("one increment less would not cover it").isTrue();
    }

    /** The double-billing rule fires exactly when the hours on the two invoices add up to more than 24. */
    @Property(tries = 200)
    void doubleBillingFiresExactlyAboveTwentyFourHoursAcrossInvoices(
            @ForAll @IntRange(min = 1, max = 200) int tenthsHere, @ForAll @IntRange(min = 1, max = 200) int tenthsThere) {
        BigDecimal here = BigDecimal.valueOf(tenthsHere, 1);
        BigDecimal there = BigDecimal.valueOf(tenthsThere, 1);
        Invoice mine = invoice("INV-P1").fee(PARTNER, MONDAY, here.toPlainString(), "Draft brief").build();
        Invoice other = betaInvoice("INV-P2").fee(PARTNER, MONDAY, there.toPlainString(), "Negotiate lease").build();
        List<Finding> findings = check(mine, null, EthicsContext.builder().otherInvoices(List.of(other)).build())
                .findings();
        boolean above = here.add(there).compareTo(BigDecimal.valueOf(24)) > 0;
        assertThat(findings.stream().anyMatch(f -> f.ruleId().equals("ETH-DOUBLE-BILLING"))).isEqualTo(above);
    }
}

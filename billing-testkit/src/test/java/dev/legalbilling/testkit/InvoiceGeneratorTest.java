package dev.legalbilling.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.legalbilling.invoice.Invoice;
import dev.legalbilling.invoice.InvoiceLine;
import dev.legalbilling.invoice.LineType;
import dev.legalbilling.testkit.InvoiceGenerator.Violation;
import dev.legalbilling.utbms.UtbmsCodeSet;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class InvoiceGeneratorTest {
    @Test
    void sameSeedGivesTheSameInvoice() {
        Invoice a = InvoiceGenerator.builder(42).build().next(500).invoice();
        Invoice b = InvoiceGenerator.builder(42).build().next(500).invoice();
        Invoice c = InvoiceGenerator.builder(43).build().next(500).invoice();
        assertThat(a).isEqualTo(b);
        assertThat(a).isNotEqualTo(c);
    }

    @Test
    void seedsEveryKindOfViolation() {
        InvoiceGenerator.Generated g = InvoiceGenerator.builder(7).violationsPerThousand(100).build().next(1000);
        assertThat(g.counts().keySet()).containsExactlyInAnyOrder(Violation.values());
        assertThat(g.invoice().lines()).hasSize(1000);
        g.seeded().forEach((line, v) -> assertThat(g.invoice().line(line)).isPresent());
    }

    @Test
    void seededLinesCarryTheirViolation() {
        InvoiceGenerator.Generated g = InvoiceGenerator.builder(11).violationsPerThousand(200).build().next(2000);
        g.seeded().forEach((number, v) -> {
            InvoiceLine line = g.invoice().line(number).orElseThrow();
            switch (v) {
                case LONG_ENTRY -> assertThat(line.units()).isEqualByComparingTo("9.5");
                case MISSING_CODE -> assertThat(line.taskCode()).isNull();
                case OUTSIDE_PERIOD -> assertThat(line.date()).isAfter(g.invoice().periodEnd());
                case INTERNAL_CONFERENCE -> assertThat(line.activityCode()).isEqualTo("A105");
                case TRAVEL -> assertThat(line.nonWorkingTravel()).isTrue();
                case EXPENSE_NOT_ALLOWED -> assertThat(line.expenseCode()).isEqualTo("E104");
                case UNAPPROVED_TIMEKEEPER -> assertThat(g.approvedRates()).doesNotContainKey(line.timekeeper().id());
                case RATE_ABOVE_APPROVED -> assertThat(line.unitCost())
                        .isGreaterThan(g.approvedRates().get(line.timekeeper().id()));
                default -> assertThat(line).isNotNull();
            }
        });
    }

    @Property(tries = 30)
    void cleanInvoicesStayWithinOrdinaryLimits(@ForAll @IntRange(min = 1, max = 3000) int lines,
            @ForAll long seed) {
        Invoice invoice = InvoiceGenerator.builder(seed).violationsPerThousand(0).build().next(lines).invoice();
        assertThat(invoice.lines()).hasSize(lines);
        Map<String, BigDecimal> perDay = new HashMap<>();
        for (InvoiceLine l : invoice.lines()) {
            assertThat(l.date()).isBetween(invoice.periodStart(), invoice.periodEnd());
            if (l.type() == LineType.FEE) {
                assertThat(l.units().remainder(new BigDecimal("0.1"))).isEqualByComparingTo("0");
                assertThat(UtbmsCodeSet.LITIGATION.isValidTask(l.taskCode())).isTrue();
                perDay.merge(l.timekeeper().id() + "/" + l.date(), l.units(), BigDecimal::add);
            } else {
                assertThat(UtbmsCodeSet.expense(l.expenseCode())).isPresent();
            }
            assertThat(l.total()).isEqualTo(l.computedTotal(java.math.RoundingMode.HALF_UP));
        }
        assertThat(perDay.values()).allSatisfy(h -> assertThat(h).isLessThanOrEqualTo(new BigDecimal("8")));
    }
}

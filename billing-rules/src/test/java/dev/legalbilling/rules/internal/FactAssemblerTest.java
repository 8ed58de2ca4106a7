package dev.legalbilling.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.legalbilling.invoice.Invoice;
import dev.legalbilling.invoice.InvoiceLine;
import dev.legalbilling.invoice.LineType;
import dev.legalbilling.rules.CheckRequest;
import dev.legalbilling.rules.GuidelineProfile;
import dev.legalbilling.rules.fact.InvoiceFact;
import dev.legalbilling.rules.fact.LineContext;
import dev.legalbilling.rules.fact.MatterFees;
import dev.legalbilling.rules.fact.Parameters;
import dev.legalbilling.rules.fact.TimekeeperDay;
import dev.legalbilling.testkit.InvoiceGenerator;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The facts built once per check: totals in one pass, running sums, and only the derived facts some rule reads. */
class FactAssemblerTest {
    private static final Invoice INVOICE = InvoiceGenerator.builder(11L).violationsPerThousand(120).build()
            .next(400).invoice();
    private static final CheckRequest REQUEST = CheckRequest.of(INVOICE, null, GuidelineProfile.defaults());

    @Test
    void invoiceTotalsAreTheInvoicesOwn() {
        FactAssembler.InvoiceFacts facts = FactAssembler.assemble(REQUEST);
        InvoiceFact invoice = only(facts.facts(), InvoiceFact.class).get(0);
        assertThat(invoice.total()).isEqualTo(INVOICE.total().amount());
        assertThat(invoice.feeTotal()).isEqualTo(INVOICE.feeTotal().amount());
        assertThat(invoice.expenseTotal()).isEqualTo(INVOICE.expenseTotal().amount());
        assertThat(facts.total()).isEqualTo(INVOICE.total());
        assertThat(only(facts.facts(), MatterFees.class).get(0).invoiceFees()).isEqualTo(INVOICE.feeTotal().amount());
    }

    @Test
    void timekeeperDaysAndLineContextsAreBuiltOnlyWhenAsked() {
        List<Object> without = FactAssembler.assemble(REQUEST, false, false, Parameters.none()).facts();
        assertThat(only(without, TimekeeperDay.class)).isEmpty();
        assertThat(only(without, LineContext.class)).isEmpty();

        List<Object> with = FactAssembler.assemble(REQUEST, true, true, Parameters.none()).facts();
        Map<String, BigDecimal> hoursByTimekeeper = new HashMap<>();
        for (InvoiceLine line : INVOICE.lines()) {
            if (line.type() == LineType.FEE && line.timekeeper() != null) {
                hoursByTimekeeper.merge(line.timekeeper().id().value(), line.units(), BigDecimal::add);
            }
        }
        Map<String, BigDecimal> fromDays = new HashMap<>();
        for (TimekeeperDay day : only(with, TimekeeperDay.class)) {
            fromDays.merge(day.timekeeperId(), day.hours(), BigDecimal::add);
        }
        assertThat(fromDays).isEqualTo(hoursByTimekeeper);
        assertThat(only(with, LineContext.class)).hasSize(INVOICE.lines().size());
    }

    @Test
    void runningSumsGoThroughEachLine() {
        for (LineContext c : only(FactAssembler.assemble(REQUEST).facts(), LineContext.class)) {
            BigDecimal units = c.line().type().equals("F") ? c.line().units() : BigDecimal.ZERO;
            assertThat(c.dayHoursThrough()).isEqualTo(c.dayHoursBefore().add(units));
            assertThat(c.activityHoursThrough()).isEqualTo(c.activityHoursBefore().add(units));
            assertThat(c.dayHoursThrough()).isLessThanOrEqualTo(c.dayHours());
            assertThat(c.activityHoursThrough()).isLessThanOrEqualTo(c.activityHours());
        }
    }

    private static <T> List<T> only(List<Object> facts, Class<T> type) {
        return facts.stream().filter(type::isInstance).map(type::cast).toList();
    }
}

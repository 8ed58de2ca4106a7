package dev.legalbilling.benchmarks.baseline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.legalbilling.benchmarks.data.Workloads;
import dev.legalbilling.invoice.Invoice;
import dev.legalbilling.invoice.InvoiceLine;
import dev.legalbilling.invoice.LineType;
import dev.legalbilling.testkit.InvoiceGenerator;
import dev.legalbilling.testkit.InvoiceGenerator.Violation;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** The hand-coded checks against billing-testkit's generated invoices, whose seeded violations are known. */
class SeededViolationsProperties {
    private static final Map<Violation, GuidelineRule> EXPECTED = new EnumMap<>(Map.ofEntries(
            Map.entry(Violation.DAILY_HOURS, GuidelineRule.DAILY_HOURS),
            Map.entry(Violation.LONG_ENTRY, GuidelineRule.LONG_ENTRY),
            Map.entry(Violation.INCREMENT, GuidelineRule.INCREMENT),
            Map.entry(Violation.BLOCK_BILLING, GuidelineRule.BLOCK_BILLING),
            Map.entry(Violation.VAGUE_DESCRIPTION, GuidelineRule.VAGUE_DESCRIPTION),
            Map.entry(Violation.CLERICAL, GuidelineRule.CLERICAL),
            Map.entry(Violation.INTERNAL_CONFERENCE, GuidelineRule.INTERNAL_CONFERENCE),
            Map.entry(Violation.TRAVEL, GuidelineRule.TRAVEL),
            Map.entry(Violation.RATE_ABOVE_APPROVED, GuidelineRule.RATE_ABOVE_APPROVED),
            Map.entry(Violation.UNAPPROVED_TIMEKEEPER, GuidelineRule.UNAPPROVED_TIMEKEEPER),
            Map.entry(Violation.STAFFING_LEVEL, GuidelineRule.STAFFING_LEVEL),
            Map.entry(Violation.TRAINING, GuidelineRule.TRAINING),
            Map.entry(Violation.DUPLICATE_ENTRY, GuidelineRule.DUPLICATE_ENTRY),
            Map.entry(Violation.OUTSIDE_PERIOD, GuidelineRule.OUTSIDE_PERIOD),
            Map.entry(Violation.MISSING_CODE, GuidelineRule.MISSING_CODE),
            Map.entry(Violation.EXPENSE_NOT_ALLOWED, GuidelineRule.EXPENSE_NOT_ALLOWED),
            Map.entry(Violation.EXPENSE_CAP, GuidelineRule.EXPENSE_CAP),
            Map.entry(Violation.RECEIPT_REQUIRED, GuidelineRule.RECEIPT_REQUIRED),
            Map.entry(Violation.TRAVEL_CLASS, GuidelineRule.TRAVEL_CLASS)));

    /** Rules that group ordinary lines and may fire on ordinary generated work by chance. */
    private static final Set<GuidelineRule> DATA_DEPENDENT = Set.of(GuidelineRule.RESEARCH_LIMIT,
            GuidelineRule.MULTIPLE_ATTENDEES, GuidelineRule.DUPLICATE_ENTRY, GuidelineRule.CHIPPING);

    @Test
    void everySeededViolationKindRaisesItsRuleInTheBenchmarkSizedInvoices() {
        InvoiceGenerator generator = InvoiceGenerator.builder(Workloads.SEED).violationsPerThousand(100).build();
        Set<Violation> seen = EnumSet.noneOf(Violation.class);
        for (int i = 0; i < 3; i++) {
            InvoiceGenerator.Generated g = generator.next(1000);
            HandCodedGuidelineChecks checks = new HandCodedGuidelineChecks(Workloads.profileFor(List.of(g)));

            List<BaselineFinding> findings = checks.check(g.invoice(), MatterContext.litigation());

            Map<String, Set<String>> rulesByLine = rulesByLine(findings);
            g.seeded().forEach((line, violation) -> {
                seen.add(violation);
                String rule = EXPECTED.get(violation).id();
                if (violation == Violation.DAILY_HOURS) {
                    assertThat(findings).extracting(BaselineFinding::ruleId).as("seeded %s", violation)
                            .contains(rule);
                } else {
                    assertThat(rulesByLine.getOrDefault(line, Set.of())).as("seeded %s on line %s", violation, line)
                            .contains(rule);
                }
            });
        }
        assertThat(seen).containsExactlyInAnyOrder(Violation.values());
    }

    /**
     * On invoices of any size the seeded line-level violations raise their rule on their line. A seeded 7.9 h
     * entry only takes its day past 10 h when the timekeeper has other entries that day, which small invoices
     * may not give; its rule must fire exactly when the day's sum is over the cap.
     */
    @Property(tries = 30)
    void everySeededViolationRaisesItsRuleOnItsLine(@ForAll long seed,
            @ForAll @IntRange(min = 20, max = 2000) int lines) {
        InvoiceGenerator.Generated g = InvoiceGenerator.builder(seed).violationsPerThousand(100).build().next(lines);
        HandCodedGuidelineChecks checks = new HandCodedGuidelineChecks(Workloads.profileFor(List.of(g)));

        List<BaselineFinding> findings = checks.check(g.invoice(), MatterContext.litigation());

        Map<String, Set<String>> rulesByLine = rulesByLine(findings);
        g.seeded().forEach((line, violation) -> {
            String rule = EXPECTED.get(violation).id();
            if (violation == Violation.DAILY_HOURS) {
                InvoiceLine seeded = g.invoice().line(line).orElseThrow();
                List<InvoiceLine> sameDay = g.invoice().lines().stream()
                        .filter(l -> l.type() == LineType.FEE && l.date().equals(seeded.date())
                                && l.timekeeper().id().equals(seeded.timekeeper().id()))
                        .toList();
                BigDecimal daySum = sameDay.stream().map(InvoiceLine::units).reduce(BigDecimal.ZERO, BigDecimal::add);
                boolean dayFlagged = sameDay.stream()
                        .anyMatch(l -> rulesByLine.getOrDefault(l.lineNumber(), Set.of()).contains(rule));
                assertThat(dayFlagged).as("seeded %s on line %s, day sum %s h", violation, line, daySum)
                        .isEqualTo(daySum.compareTo(BigDecimal.TEN) > 0);
            } else {
                assertThat(rulesByLine.getOrDefault(line, Set.of())).as("seeded %s on line %s", violation, line)
                        .contains(rule);
            }
        });
    }

    @Property(tries = 30)
    void ordinaryGeneratedWorkTripsOnlyRulesThatGroupLines(@ForAll long seed,
            @ForAll @IntRange(min = 1, max = 3000) int lines) {
        InvoiceGenerator.Generated g = InvoiceGenerator.builder(seed).violationsPerThousand(0).build().next(lines);
        HandCodedGuidelineChecks checks = new HandCodedGuidelineChecks(Workloads.profileFor(List.of(g)));

        List<BaselineFinding> findings = checks.check(g.invoice(), MatterContext.litigation());

        assertThat(findings).extracting(f -> GuidelineRule.ofId(f.ruleId())).allMatch(DATA_DEPENDENT::contains);
    }

    private static Map<String, Set<String>> rulesByLine(List<BaselineFinding> findings) {
        return findings.stream().collect(Collectors.groupingBy(BaselineFinding::lineNumber,
                Collectors.mapping(BaselineFinding::ruleId, Collectors.toSet())));
    }

    @Property(tries = 30)
    void findingsNameLinesOfTheInvoiceAndCheckingIsRepeatable(@ForAll long seed,
            @ForAll @IntRange(min = 1, max = 1500) int lines) {
        InvoiceGenerator.Generated g = InvoiceGenerator.builder(seed).violationsPerThousand(200).build().next(lines);
        Invoice invoice = g.invoice();
        HandCodedGuidelineChecks checks = new HandCodedGuidelineChecks(Workloads.profileFor(List.of(g)));

        List<BaselineFinding> findings = checks.check(invoice, Workloads.MATTER);

        assertThat(checks.check(invoice, Workloads.MATTER)).isEqualTo(findings);
        for (BaselineFinding f : findings) {
            assertThat(f.invoiceNumber()).isEqualTo(invoice.number());
            if (f.isInvoiceLevel()) {
                assertThat(f.ruleId()).isIn(GuidelineRule.LATE_SUBMISSION.id(), GuidelineRule.BUDGET.id());
            } else {
                InvoiceLine line = invoice.line(f.lineNumber()).orElseThrow();
                assertThat(line.type()).isIn(LineType.FEE, LineType.EXPENSE);
                assertThat(f.amountAtStake().currency()).isEqualTo(invoice.currency());
            }
        }
    }
}

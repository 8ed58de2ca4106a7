package dev.legalbilling.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.legalbilling.invoice.Invoice;
import dev.legalbilling.invoice.InvoiceLine;
import dev.legalbilling.invoice.InvoiceNumber;
import dev.legalbilling.invoice.LineType;
import dev.legalbilling.money.Money;
import dev.legalbilling.money.UnitPrice;
import dev.legalbilling.party.ClientId;
import dev.legalbilling.party.MatterId;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Applying adjustments never edits a line and yields exact totals, whatever the findings. */
class AdjustmentProperties {

    record Case(Invoice invoice, List<Finding> findings) {
    }

    @Property(tries = 300)
    void adjustedTotalIsTheOriginalMinusTheLargestWriteDownPerLine(@ForAll("cases") Case c) {
        ComplianceReport report = new ComplianceReport(c.invoice().number(), c.invoice().total(), "p",
                c.findings(), List.of());
        Invoice adjusted = report.applyTo(c.invoice());

        assertThat(adjusted.lines().subList(0, c.invoice().lines().size())).isEqualTo(c.invoice().lines());
        Map<String, Money> expectedDown = new HashMap<>();
        for (Finding f : c.findings()) {
            Adjustment a = switch (f.action()) {
                case FLAG -> null;
                case ADJUST -> f.adjustment();
                case REJECT -> new Adjustment.Disallow();
            };
            if (a == null) {
                continue;
            }
            InvoiceLine line = c.invoice().line(f.lineItemNumber()).orElseThrow();
            Money down = a.writeDown(line);
            assertThat(down.isNegative()).isFalse();
            expectedDown.merge(line.lineNumber(), down, Money::max);
        }
        Money totalDown = Money.sum(expectedDown.values(), c.invoice().currency());
        assertThat(adjusted.total()).isEqualTo(c.invoice().total().minus(totalDown));
        List<InvoiceLine> added = adjusted.lines().subList(c.invoice().lines().size(), adjusted.lines().size());
        assertThat(added).hasSize((int) expectedDown.values().stream().filter(Money::isPositive).count());
        assertThat(added).allSatisfy(l -> {
            assertThat(l.type().isInvoiceAdjustment()).isTrue();
            assertThat(l.total().isNegative()).isTrue();
        });
    }

    @Property(tries = 300)
    void exposureCountsNoMoneyTwice(@ForAll("cases") Case c, @ForAll("invoiceLevelCents") int invoiceLevelCents) {
        List<Finding> findings = new ArrayList<>(c.findings());
        if (invoiceLevelCents > 0) {
            findings.add(new Finding("BUDGET", "p", Severity.WARNING, Action.FLAG, c.invoice().number(), null, 0,
                    "m", "", Money.of(BigDecimal.valueOf(invoiceLevelCents, 2), "USD"), null));
        }
        ComplianceReport report = new ComplianceReport(c.invoice().number(), c.invoice().total(), "p", findings,
                List.of());

        Money exposure = report.exposure();

        assertThat(exposure.isNegative()).isFalse();
        assertThat(exposure.isGreaterThan(report.amountAtStake())).isFalse();
        assertThat(exposure.isGreaterThan(c.invoice().total().abs())).isFalse();
        for (Finding f : findings) {
            assertThat(exposure.isGreaterThan(f.amountAtStake().min(c.invoice().total().abs())) || exposure.equals(
                    f.amountAtStake().min(c.invoice().total().abs()))).as("at least finding %s", f).isTrue();
        }
    }

    @Property(tries = 300)
    void whenEveryFindingAdjustsTheExposureIsWhatApplyingTakesOff(@ForAll("cases") Case c) {
        List<Finding> adjusting = c.findings().stream().map(f -> new Finding(f.ruleId(), f.ruleSetId(),
                f.severity(), Action.ADJUST, f.invoiceNumber(), f.lineItemNumber(), f.sourceLine(), f.message(),
                f.citation(), f.amountAtStake(), f.adjustment())).toList();
        ComplianceReport report = new ComplianceReport(c.invoice().number(), c.invoice().total(), "p", adjusting,
                List.of());

        Invoice adjusted = report.applyTo(c.invoice());

        assertThat(report.exposure()).isEqualTo(c.invoice().total().minus(adjusted.total()));
    }

    @Property(tries = 300)
    void applyingAllSuggestionsIsApplyingTheProfileAsIfEveryFlagAdjusted(@ForAll("cases") Case c) {
        List<Finding> flagsAdjusting = c.findings().stream().map(f -> f.action() != Action.FLAG ? f
                : new Finding(f.ruleId(), f.ruleSetId(), f.severity(), Action.ADJUST, f.invoiceNumber(),
                        f.lineItemNumber(), f.sourceLine(), f.message(), f.citation(), f.amountAtStake(),
                        f.adjustment())).toList();
        ComplianceReport asIs = new ComplianceReport(c.invoice().number(), c.invoice().total(), "p", c.findings(),
                List.of());
        ComplianceReport adjusting = new ComplianceReport(c.invoice().number(), c.invoice().total(), "p",
                flagsAdjusting, List.of());

        Invoice all = asIs.applyTo(c.invoice(), ComplianceReport.Apply.ALL_SUGGESTIONS);

        assertThat(all).isEqualTo(adjusting.applyTo(c.invoice()));
        assertThat(asIs.applyTo(c.invoice(), ComplianceReport.Apply.PROFILE_ACTIONS))
                .isEqualTo(asIs.applyTo(c.invoice()));
        assertThat(asIs.pendingSuggestions()).isEqualTo((int) c.findings().stream()
                .filter(f -> f.action() == Action.FLAG && f.adjustment() != null).count());
    }

    @Provide
    Arbitrary<Integer> invoiceLevelCents() {
        return Arbitraries.integers().between(0, 5_000_000);
    }

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<List<int[]>> lineSpecs = Combinators.combine(
                Arbitraries.integers().between(0, 2400), Arbitraries.integers().between(1, 90000),
                Arbitraries.integers().between(0, 1)).as((tenthsOrUnits, cents, expense) ->
                        new int[] {tenthsOrUnits, cents, expense})
                .list().ofMinSize(1).ofMaxSize(8);
        return lineSpecs.flatMap(specs -> {
            Invoice invoice = invoice(specs);
            Arbitrary<Finding> finding = Combinators.combine(
                    Arbitraries.integers().between(0, specs.size() - 1),
                    Arbitraries.of(Action.values()),
                    Arbitraries.integers().between(0, 3),
                    Arbitraries.integers().between(0, 3000))
                    .as((line, action, kind, value) -> finding(invoice, line, action, kind, value));
            return finding.list().ofMaxSize(10).map(fs -> new Case(invoice, fs));
        });
    }

    private static Invoice invoice(List<int[]> specs) {
        List<InvoiceLine> lines = new ArrayList<>();
        LocalDate day = LocalDate.of(2026, 3, 2);
        for (int i = 0; i < specs.size(); i++) {
            int[] s = specs.get(i);
            boolean expense = s[2] == 1;
            InvoiceLine.Builder b = InvoiceLine.builder(String.valueOf(i + 1),
                    expense ? LineType.EXPENSE : LineType.FEE, day)
                    .units(BigDecimal.valueOf(s[0], 1))
                    .unitCost(UnitPrice.of(BigDecimal.valueOf(s[1], 2), Money.currency("USD")));
            if (!expense) {
                b.timekeeper(Fixtures.PARTNER);
            }
            lines.add(b.price(RoundingMode.HALF_UP));
        }
        return Invoice.builder(InvoiceNumber.of("P-1"), ClientId.of("ACME"), MatterId.of("M-1"))
                .invoiceDate(day).period(day, day).lines(lines).build();
    }

    private static Finding finding(Invoice invoice, int line, Action action, int kind, int value) {
        Adjustment adj = switch (kind) {
            case 0 -> new Adjustment.ReduceUnits(BigDecimal.valueOf(value, 2));
            case 1 -> new Adjustment.BillAtPercent(BigDecimal.valueOf(value % 101));
            case 2 -> new Adjustment.Disallow();
            default -> new Adjustment.CapAmount(Money.of(BigDecimal.valueOf(value * 7L, 1), "USD"));
        };
        InvoiceLine l = invoice.lines().get(line);
        return new Finding("R-" + kind, "p", Severity.WARNING, action, invoice.number(), l.lineNumber(), 0, "m",
                "", adj.writeDown(l), adj);
    }
}

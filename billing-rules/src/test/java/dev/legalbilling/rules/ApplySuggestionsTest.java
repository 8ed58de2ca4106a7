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
import java.util.List;
import org.junit.jupiter.api.Test;

/** The explicit choice between the profile's actions and every suggestion. */
class ApplySuggestionsTest {
    private static final LocalDate MARCH_1 = LocalDate.of(2026, 3, 1);
    private static final LocalDate MARCH_31 = LocalDate.of(2026, 3, 31);
    private static final LocalDate APRIL_2 = LocalDate.of(2026, 4, 2);

    /** Line 1 in March, line 2 dated after the March period: 2.0 h x 300.00 each. */
    private static final Invoice MARCH = Invoice.builder(InvoiceNumber.of("INV-9"), ClientId.of("ACME"),
                    MatterId.of("M-1"))
            .invoiceDate(APRIL_2).period(MARCH_1, MARCH_31)
            .lines(List.of(fee("1", LocalDate.of(2026, 3, 10)), fee("2", APRIL_2))).build();

    private static InvoiceLine fee(String number, LocalDate date) {
        return InvoiceLine.builder(number, LineType.FEE, date).timekeeper(Fixtures.PARTNER).units("2.0")
                .unitCost(UnitPrice.of(new BigDecimal("300.00"), Money.currency("USD")))
                .narrative("Drafted motion").price(RoundingMode.HALF_UP);
    }

    private static ComplianceReport outOfPeriodFlag(Action action) {
        Finding f = new Finding("OCG-OUTSIDE-PERIOD", "guideline", Severity.ERROR, action, MARCH.number(), "2", 0,
                "Line 2 is dated 2026-04-02, after the billing period", "", Money.of("600.00", "USD"),
                new Adjustment.Disallow());
        return new ComplianceReport(MARCH.number(), MARCH.total(), "default", List.of(f), List.of());
    }

    @Test
    void profileActionsLeaveAFlaggedLineAloneAndCountTheSuggestion() {
        ComplianceReport report = outOfPeriodFlag(Action.FLAG);

        assertThat(report.applyTo(MARCH)).isSameAs(MARCH);
        assertThat(report.applyTo(MARCH, ComplianceReport.Apply.PROFILE_ACTIONS)).isSameAs(MARCH);
        assertThat(report.pendingSuggestions()).isEqualTo(1);
    }

    @Test
    void allSuggestionsDisallowTheFlaggedLineOnTheLastDayOfThePeriod() {
        Invoice adjusted = outOfPeriodFlag(Action.FLAG).applyTo(MARCH, ComplianceReport.Apply.ALL_SUGGESTIONS);

        assertThat(adjusted.total()).isEqualTo(Money.of("600.00", "USD"));
        InvoiceLine added = adjusted.lines().get(2);
        assertThat(added.type()).isEqualTo(LineType.FEE_ADJUSTMENT);
        assertThat(added.date()).isEqualTo(MARCH_31);
        assertThat(added.narrative()).isEqualTo("Adjustment of line 2 (OCG-OUTSIDE-PERIOD): disallow the line");
    }

    @Test
    void aLineInsideThePeriodIsAdjustedOnItsOwnDate() {
        Finding f = new Finding("OCG-X", "guideline", Severity.WARNING, Action.ADJUST, MARCH.number(), "1", 0,
                "too long", "", Money.of("300.00", "USD"), new Adjustment.ReduceUnits(BigDecimal.ONE));
        ComplianceReport report = new ComplianceReport(MARCH.number(), MARCH.total(), "p", List.of(f), List.of());

        Invoice adjusted = report.applyTo(MARCH);

        assertThat(adjusted.lines().get(2).date()).isEqualTo(LocalDate.of(2026, 3, 10));
        assertThat(report.pendingSuggestions()).isZero();
    }
}

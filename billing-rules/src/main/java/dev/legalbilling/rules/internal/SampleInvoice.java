package dev.legalbilling.rules.internal;

import dev.legalbilling.invoice.Invoice;
import dev.legalbilling.invoice.InvoiceLine;
import dev.legalbilling.invoice.InvoiceNumber;
import dev.legalbilling.invoice.LineType;
import dev.legalbilling.money.Money;
import dev.legalbilling.money.UnitPrice;
import dev.legalbilling.party.ClientId;
import dev.legalbilling.party.MatterId;
import dev.legalbilling.party.Timekeeper;
import dev.legalbilling.party.TimekeeperClassification;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * The small synthetic invoice every freshly compiled rule set runs once at load time, so that errors Drools only
 * raises when a rule evaluates (a constraint comparing a date with a string, a consequence that throws) surface at
 * load time instead of on a client's invoice.
 */
public final class SampleInvoice {
    private SampleInvoice() {
    }

    /** @return a three-line invoice: two fee lines on one day, an expense, a blank task code */
    public static Invoice create() {
        Timekeeper partner = Timekeeper.of("SMOKE-TK", "Sample", "Timekeeper", TimekeeperClassification.PARTNR,
                UnitPrice.of("400", "USD"));
        LocalDate day = LocalDate.of(2026, 1, 5);
        return Invoice.builder(InvoiceNumber.of("SMOKE-1"), ClientId.of("SMOKE-CLIENT"), MatterId.of("SMOKE-MATTER"))
                .invoiceDate(LocalDate.of(2026, 1, 31)).period(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31))
                .line(InvoiceLine.builder("1", LineType.FEE, day).timekeeper(partner).units("6.5")
                        .unitCost(UnitPrice.of("400", "USD")).codes("L110", "A101").narrative("sample narrative")
                        .price(RoundingMode.HALF_UP))
                .line(InvoiceLine.builder("2", LineType.FEE, day).timekeeper(partner).units("5")
                        .unitCost(UnitPrice.of("400", "USD")).codes(null, "A102").narrative("sample narrative")
                        .price(RoundingMode.HALF_UP))
                .line(InvoiceLine.builder("3", LineType.EXPENSE, day).units("10")
                        .unitCost(UnitPrice.of("0.10", "USD")).expenseCode("E101").narrative("copies")
                        .adjustment(Money.of("0", "USD")).price(RoundingMode.HALF_UP))
                .build();
    }
}

package dev.legalbilling.benchmarks.baseline;

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
import dev.legalbilling.work.Receipt;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/** Named people, dates and small builders for the rule tests. */
final class Fixtures {
    static final Timekeeper PARTNER_GRACE = Timekeeper.of("TK-P1", "Whitfield", "Grace",
            TimekeeperClassification.PARTNR, UnitPrice.of("650", "USD"));
    static final Timekeeper ASSOCIATE_CHEN = Timekeeper.of("TK-A4", "Liang", "Chen",
            TimekeeperClassification.ASSOC, UnitPrice.of("350", "USD"));
    static final Timekeeper ASSOCIATE_OLGA = Timekeeper.of("TK-A5", "Petrova", "Olga",
            TimekeeperClassification.ASSOC, UnitPrice.of("375", "USD"));
    static final Timekeeper ASSOCIATE_PEDRO = Timekeeper.of("TK-A6", "Santos", "Pedro",
            TimekeeperClassification.ASSOC, UnitPrice.of("325", "USD"));
    static final Timekeeper TRAINEE_TOMAS = Timekeeper.of("TK-T9", "Novak", "Tomas",
            TimekeeperClassification.TRANEE, UnitPrice.of("150", "USD"));

    static final LocalDate PERIOD_START = LocalDate.of(2026, 1, 1);
    static final LocalDate PERIOD_END = LocalDate.of(2026, 1, 31);
    static final LocalDate INVOICE_DATE = LocalDate.of(2026, 2, 5);
    static final LocalDate JAN_12 = LocalDate.of(2026, 1, 12);
    static final LocalDate JAN_13 = LocalDate.of(2026, 1, 13);

    /** Specific enough for every narrative rule: ten words, no listed phrase, one task. */
    static final String SPECIFIC_NARRATIVE = "Draft opposition to motion to compel production of sales emails";

    static final InvoiceNumber INVOICE_NUMBER = InvoiceNumber.of("INV-2026-001");

    private Fixtures() {
    }

    /** A fee line by the timekeeper at their standard rate on 12 January: L250/A103, a specific narrative. */
    static InvoiceLine.Builder fee(String number, Timekeeper timekeeper, String hours) {
        return InvoiceLine.builder(number, LineType.FEE, JAN_12).timekeeper(timekeeper).units(hours)
                .unitCost(timekeeper.standardRate()).codes("L250", "A103").narrative(SPECIFIC_NARRATIVE);
    }

    /** A fee line on another date. */
    static InvoiceLine.Builder fee(String number, Timekeeper timekeeper, String hours, LocalDate date) {
        return InvoiceLine.builder(number, LineType.FEE, date).timekeeper(timekeeper).units(hours)
                .unitCost(timekeeper.standardRate()).codes("L250", "A103").narrative(SPECIFIC_NARRATIVE);
    }

    /** An expense line on 12 January with a receipt attached. */
    static InvoiceLine.Builder expense(String number, String code, String units, String unitCost,
            String narrative) {
        return expense(number, code, units, unitCost, narrative, JAN_12);
    }

    /** An expense line on another date with a receipt attached. */
    static InvoiceLine.Builder expense(String number, String code, String units, String unitCost,
            String narrative, LocalDate date) {
        return InvoiceLine.builder(number, LineType.EXPENSE, date).expenseCode(code).units(units)
                .unitCost(UnitPrice.of(unitCost, "USD")).narrative(narrative).receipt(Receipt.ATTACHED);
    }

    /** An invoice-level fee adjustment (IF line) of the given amount. */
    static InvoiceLine feeAdjustment(String number, String amount) {
        return InvoiceLine.builder(number, LineType.FEE_ADJUSTMENT, PERIOD_END).units("1")
                .adjustment(Money.of(amount, "USD")).narrative("Courtesy discount").price(RoundingMode.HALF_UP);
    }

    /** Prices each builder (half-up) and puts the lines on a January 2026 invoice dated 5 February. */
    static Invoice invoice(InvoiceLine.Builder... lines) {
        return invoice(Arrays.stream(lines).map(b -> b.price(RoundingMode.HALF_UP)).toList());
    }

    static Invoice invoice(List<InvoiceLine> lines) {
        return invoiceDated(INVOICE_DATE, lines);
    }

    static Invoice invoiceDated(LocalDate invoiceDate, List<InvoiceLine> lines) {
        return Invoice.builder(INVOICE_NUMBER, ClientId.of("ACME-INS"), MatterId.of("M-7"))
                .invoiceDate(invoiceDate).period(PERIOD_START, PERIOD_END).lawFirmId("24-6437381").lines(lines)
                .build();
    }
}

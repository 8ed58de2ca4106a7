package dev.legalbilling.report;

import dev.legalbilling.invoice.Invoice;
import dev.legalbilling.invoice.InvoiceLine;
import dev.legalbilling.invoice.InvoiceNumber;
import dev.legalbilling.invoice.LineType;
import dev.legalbilling.money.UnitPrice;
import dev.legalbilling.party.ClientId;
import dev.legalbilling.party.MatterId;
import dev.legalbilling.party.Timekeeper;
import dev.legalbilling.party.TimekeeperClassification;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Named fixtures and a small invoice builder for the page tests. */
final class Fixtures {
    static final Timekeeper PARTNER = Timekeeper.of("TK-P1", "Marsh", "Ada", TimekeeperClassification.PARTNR,
            UnitPrice.of("450", "USD"));
    static final Timekeeper ASSOCIATE = Timekeeper.of("TK-A1", "Lind", "Bo", TimekeeperClassification.ASSOC,
            UnitPrice.of("300", "USD"));
    static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);
    static final LocalDate TUESDAY = LocalDate.of(2026, 3, 3);
    static final String SECRET_NARRATIVE = "Privileged strategy call re settlement with Zebulon Quartz";

    private Fixtures() {
    }

    static InvoiceBuilder invoice(String number) {
        return new InvoiceBuilder(number);
    }

    /** Builds a USD draft invoice line by line. */
    static final class InvoiceBuilder {
        private final String number;
        private final List<InvoiceLine> lines = new ArrayList<>();

        InvoiceBuilder(String number) {
            this.number = number;
        }

        InvoiceBuilder fee(Timekeeper tk, LocalDate day, String hours, String task) {
            return fee(tk, day, hours, task, "Review and analyze documents");
        }

        InvoiceBuilder fee(Timekeeper tk, LocalDate day, String hours, String task, String narrative) {
            lines.add(InvoiceLine.builder(String.valueOf(lines.size() + 1), LineType.FEE, day).timekeeper(tk)
                    .units(hours).unitCost(tk.standardRate()).codes(task, "A104").narrative(narrative)
                    .sourceLine(lines.size() + 3).price(RoundingMode.HALF_UP));
            return this;
        }

        Invoice build() {
            return Invoice.builder(InvoiceNumber.of(number), ClientId.of("ACME"), MatterId.of("M-100"))
                    .invoiceDate(LocalDate.of(2026, 3, 31)).period(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31))
                    .lines(lines).build();
        }
    }
}

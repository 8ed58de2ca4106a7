package dev.legalbilling.receivables;

import dev.legalbilling.agreement.InterestTerms;
import dev.legalbilling.fee.HourlyFee;
import dev.legalbilling.invoice.Invoice;
import dev.legalbilling.invoice.InvoiceLine;
import dev.legalbilling.invoice.InvoiceNumber;
import dev.legalbilling.invoice.LineType;
import dev.legalbilling.matter.Matter;
import dev.legalbilling.money.Money;
import dev.legalbilling.money.UnitPrice;
import dev.legalbilling.party.Client;
import dev.legalbilling.party.ClientId;
import dev.legalbilling.party.MatterId;
import dev.legalbilling.party.PracticeArea;
import dev.legalbilling.party.Timekeeper;
import dev.legalbilling.party.TimekeeperClassification;
import dev.legalbilling.work.TimeEntry;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A small firm's receivables at the end of April 2026: eleven final invoices to four clients (issued December 2025 to
 * April 2026) and a month and more of activity on them, covering a full payment, partial payments (named and
 * oldest-first), an overpayment left as client credit, a credit note, a write-off of a small balance, and a disputed
 * invoice with notice of fee arbitration served. Net 30 days, except Delta (net 15); Acme's fee agreement provides
 * 9 % interest after 10 days' grace.
 *
 * <p>Client and timekeeper names here are invented; reports print ids only.
 */
public final class SampleFirm {
    /** The report date. */
    public static final LocalDate AS_OF = LocalDate.of(2026, 4, 30);

    public static final ClientId ACME = ClientId.of("ACME");
    public static final ClientId BRIGHT = ClientId.of("BRIGHT");
    public static final ClientId CORVUS = ClientId.of("CORVUS");
    public static final ClientId DELTA = ClientId.of("DELTA");

    public static final Timekeeper ALVAREZ = Timekeeper.of("P-ALVAREZ", "Alvarez", "Maria",
            TimekeeperClassification.PARTNR, UnitPrice.of("650", "USD"));
    public static final Timekeeper DUBOIS = Timekeeper.of("P-DUBOIS", "Dubois", "Claire",
            TimekeeperClassification.PARTNR, UnitPrice.of("700", "USD"));
    public static final Timekeeper BROOKS = Timekeeper.of("A-BROOKS", "Brooks", "Sam",
            TimekeeperClassification.ASSOC, UnitPrice.of("395", "USD"));
    public static final Timekeeper CHEN = Timekeeper.of("L-CHEN", "Chen", "Li",
            TimekeeperClassification.PARALG, UnitPrice.of("180", "USD"));

    public static final Matter ACME_LITIGATION = matter("ACME-001", ACME, "Acme Manufacturing", "US-NY");
    public static final Matter ACME_EMPLOYMENT = matter("ACME-002", ACME, "Acme Manufacturing", "US-NY");
    public static final Matter BRIGHT_ACQUISITION = matter("BRIGHT-001", BRIGHT, "Brightwater Holdings", "US-CA");
    public static final Matter CORVUS_PATENT = matter("CORVUS-001", CORVUS, "Corvus Media", "US-NY");
    public static final Matter DELTA_REGULATORY = matter("DELTA-001", DELTA, "Delta Logistics", "US-CA");

    public static final InvoiceNumber INV_0101 = InvoiceNumber.of("2026-0101");
    public static final InvoiceNumber INV_0102 = InvoiceNumber.of("2026-0102");
    public static final InvoiceNumber INV_0103 = InvoiceNumber.of("2026-0103");
    public static final InvoiceNumber INV_0201 = InvoiceNumber.of("2026-0201");
    public static final InvoiceNumber INV_0202 = InvoiceNumber.of("2026-0202");
    public static final InvoiceNumber INV_0301 = InvoiceNumber.of("2026-0301");
    public static final InvoiceNumber INV_0302 = InvoiceNumber.of("2026-0302");
    public static final InvoiceNumber INV_0303 = InvoiceNumber.of("2026-0303");
    public static final InvoiceNumber INV_0401 = InvoiceNumber.of("2026-0401");
    public static final InvoiceNumber INV_0402 = InvoiceNumber.of("2026-0402");
    public static final InvoiceNumber INV_0403 = InvoiceNumber.of("2026-0403");

    /** Acme's negotiated rate for its partner, below her standard 650. */
    private static final String ACME_PARTNER_RATE = "600";

    private static final Map<ClientId, PaymentTerms> TERMS = Map.of(ACME, PaymentTerms.standard(),
            BRIGHT, PaymentTerms.standard(), CORVUS, PaymentTerms.standard(), DELTA, PaymentTerms.net(15));

    private SampleFirm() {
    }

    /** @return the eleven final invoices */
    public static List<Invoice> invoices() {
        return List.of(
                invoice(INV_0101, ACME_LITIGATION, "2026-01-05", "2025-12-01", "2025-12-31",
                        fee(1, "2025-12-03", ALVAREZ, "6.5", ACME_PARTNER_RATE),
                        fee(2, "2025-12-10", BROOKS, "14.0", "395"),
                        fee(3, "2025-12-11", CHEN, "8.0", "180"),
                        expense(4, "2025-12-12", "E101", "420", "0.15")),
                invoice(INV_0102, BRIGHT_ACQUISITION, "2026-01-12", "2025-12-01", "2025-12-31",
                        fee(1, "2025-12-08", DUBOIS, "4.0", "700"),
                        fee(2, "2025-12-09", BROOKS, "6.5", "395")),
                invoice(INV_0103, CORVUS_PATENT, "2025-12-22", "2025-11-01", "2025-11-30",
                        fee(1, "2025-11-05", ALVAREZ, "9.0", "650"),
                        fee(2, "2025-11-12", BROOKS, "22.5", "395"),
                        expense(3, "2025-11-20", "E112", "1", "350.00")),
                invoice(INV_0201, ACME_EMPLOYMENT, "2026-02-02", "2026-01-01", "2026-01-31",
                        fee(1, "2026-01-14", ALVAREZ, "3.0", ACME_PARTNER_RATE),
                        fee(2, "2026-01-15", BROOKS, "5.0", "395")),
                invoice(INV_0202, DELTA_REGULATORY, "2026-02-09", "2026-01-01", "2026-01-31",
                        fee(1, "2026-01-20", DUBOIS, "2.5", "700"),
                        fee(2, "2026-01-21", CHEN, "3.5", "180")),
                invoice(INV_0301, BRIGHT_ACQUISITION, "2026-03-02", "2026-02-01", "2026-02-28",
                        fee(1, "2026-02-10", DUBOIS, "6.0", "700"),
                        fee(2, "2026-02-11", BROOKS, "8.0", "395")),
                invoice(INV_0302, CORVUS_PATENT, "2026-03-09", "2026-02-01", "2026-02-28",
                        fee(1, "2026-02-03", ALVAREZ, "4.0", "650"),
                        fee(2, "2026-02-04", BROOKS, "10.0", "395"),
                        fee(3, "2026-02-05", CHEN, "5.0", "180")),
                invoice(INV_0303, ACME_LITIGATION, "2026-03-31", "2026-03-01", "2026-03-31",
                        fee(1, "2026-03-16", ALVAREZ, "5.5", ACME_PARTNER_RATE),
                        fee(2, "2026-03-17", BROOKS, "12.0", "395"),
                        expense(3, "2026-03-18", "E110", "1", "486.20")),
                invoice(INV_0401, DELTA_REGULATORY, "2026-04-06", "2026-03-01", "2026-03-31",
                        fee(1, "2026-03-05", DUBOIS, "1.5", "700"),
                        fee(2, "2026-03-06", CHEN, "2.0", "180")),
                invoice(INV_0402, ACME_EMPLOYMENT, "2026-04-20", "2026-03-01", "2026-03-31",
                        fee(1, "2026-03-24", ALVAREZ, "2.0", ACME_PARTNER_RATE),
                        fee(2, "2026-03-25", BROOKS, "3.5", "395")),
                invoice(INV_0403, BRIGHT_ACQUISITION, "2026-04-27", "2026-03-01", "2026-04-15",
                        fee(1, "2026-03-30", DUBOIS, "3.0", "700"),
                        fee(2, "2026-04-02", BROOKS, "4.0", "395")));
    }

    /** @return the invoices as receivables with each client's terms, matter facts and responsible partner */
    public static List<Receivable> receivables() {
        Map<String, Matter> matters = Map.of(ACME_LITIGATION.id().value(), ACME_LITIGATION,
                ACME_EMPLOYMENT.id().value(), ACME_EMPLOYMENT, BRIGHT_ACQUISITION.id().value(), BRIGHT_ACQUISITION,
                CORVUS_PATENT.id().value(), CORVUS_PATENT, DELTA_REGULATORY.id().value(), DELTA_REGULATORY);
        List<Receivable> out = new ArrayList<>();
        for (Invoice i : invoices()) {
            boolean acme = i.client().equals(ACME);
            boolean alvarez = acme || i.client().equals(CORVUS);
            out.add(Receivable.builder(i, TERMS.get(i.client()))
                    .matter(matters.get(i.matter().value()))
                    .interestTerms(acme ? InterestTerms.agreed("9", 10) : InterestTerms.none())
                    .responsiblePartner(alvarez ? ALVAREZ.id() : DUBOIS.id())
                    .build());
        }
        return out;
    }

    /** @return the payments, credit note, write-off, dispute and notice of the period, in no particular order */
    public static List<Posting> postings() {
        return List.of(
                Payment.toInvoice(PaymentId.of("BNK-0210-01"), BRIGHT, date("2026-02-10"), usd("5367.50"), INV_0102),
                Payment.toInvoice(PaymentId.of("BNK-0220-01"), ACME, date("2026-02-20"), usd("5000.00"), INV_0101),
                new CreditNote(CreditNoteNumber.of("CN-2026-001"), INV_0201, date("2026-02-20"), usd("250.00"),
                        AdjustmentReason.BILLING_ERROR),
                new DisputeRaised(INV_0103, date("2026-02-02"), usd("4000.00")),
                new ArbitrationNoticeServed(INV_0103, date("2026-02-16")),
                Payment.oldestFirst(PaymentId.of("BNK-0310-01"), DELTA, date("2026-03-10"), usd("2300.00")),
                new WriteOff(INV_0202, date("2026-03-31"), usd("80.00"), AdjustmentReason.SMALL_BALANCE),
                Payment.toInvoice(PaymentId.of("BNK-0330-01"), BRIGHT, date("2026-03-30"), usd("7500.00"), INV_0301),
                Payment.oldestFirst(PaymentId.of("BNK-0410-01"), ACME, date("2026-04-10"), usd("2000.00")),
                Payment.oldestFirst(PaymentId.of("BNK-0415-01"), CORVUS, date("2026-04-15"), usd("3000.00")));
    }

    /** @return the receivables with all postings applied */
    public static ReceivablesLedger ledger() {
        return ReceivablesLedger.of(receivables()).postAll(postings());
    }

    /**
     * @return the time recorded: one entry per billed fee line, plus 1.5 h of Brooks on ACME-001 and 2.0 h of Chen on
     *     BRIGHT-001 inside billed periods that never reached a bill, and 2.0 h of Alvarez on ACME-001 after every
     *     billed period (work in progress)
     */
    public static List<TimeEntry> timeEntries() {
        List<TimeEntry> out = new ArrayList<>();
        for (Invoice i : invoices()) {
            for (InvoiceLine l : i.lines()) {
                if (l.type() == LineType.FEE) {
                    out.add(entry(i.matter(), l.timekeeper(), l.date(), l.units()));
                }
            }
        }
        out.add(entry(ACME_LITIGATION.id(), BROOKS, date("2026-03-18"), new BigDecimal("1.5")));
        out.add(entry(BRIGHT_ACQUISITION.id(), CHEN, date("2026-02-12"), new BigDecimal("2.0")));
        out.add(entry(ACME_LITIGATION.id(), ALVAREZ, date("2026-04-22"), new BigDecimal("2.0")));
        return out;
    }

    /** @return the four timekeepers */
    public static List<Timekeeper> timekeepers() {
        return List.of(ALVAREZ, DUBOIS, BROOKS, CHEN);
    }

    /**
     * @param text ISO date
     * @return the date
     */
    public static LocalDate date(String text) {
        return LocalDate.parse(text);
    }

    /**
     * @param amount decimal text
     * @return the amount in USD
     */
    public static Money usd(String amount) {
        return Money.of(amount, "USD");
    }

    private static Matter matter(String id, ClientId client, String clientName, String jurisdiction) {
        return Matter.builder(MatterId.of(id), new Client(client, clientName)).name("Matter " + id)
                .practiceArea(PracticeArea.LITIGATION).jurisdiction(jurisdiction).arrangement(new HourlyFee())
                .build();
    }

    private static Invoice invoice(InvoiceNumber number, Matter matter, String date, String from, String to,
            InvoiceLine... lines) {
        return Invoice.builder(number, matter.client().id(), matter.id()).invoiceDate(date(date))
                .period(date(from), date(to)).lines(List.of(lines)).buildFinal();
    }

    private static InvoiceLine fee(int n, String date, Timekeeper tk, String hours, String rate) {
        return InvoiceLine.builder(Integer.toString(n), LineType.FEE, date(date)).timekeeper(tk).units(hours)
                .unitCost(UnitPrice.of(rate, "USD")).codes("L120", "A104").narrative("Privileged work description")
                .price(RoundingMode.HALF_UP);
    }

    private static InvoiceLine expense(int n, String date, String code, String quantity, String unitCost) {
        return InvoiceLine.builder(Integer.toString(n), LineType.EXPENSE, date(date)).units(quantity)
                .unitCost(UnitPrice.of(unitCost, "USD")).expenseCode(code).narrative("Expense")
                .price(RoundingMode.HALF_UP);
    }

    private static TimeEntry entry(MatterId matter, Timekeeper tk, LocalDate date, BigDecimal hours) {
        return TimeEntry.builder(matter, tk.id(), date, hours.toPlainString()).narrative("Privileged narrative")
                .codes("L120", "A104").build();
    }
}

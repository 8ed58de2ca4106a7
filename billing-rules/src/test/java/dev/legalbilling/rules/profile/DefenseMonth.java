package dev.legalbilling.rules.profile;

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
import dev.legalbilling.party.MatterType;
import dev.legalbilling.party.PracticeArea;
import dev.legalbilling.party.Timekeeper;
import dev.legalbilling.party.TimekeeperClassification;
import dev.legalbilling.rules.CheckRequest;
import dev.legalbilling.work.Receipt;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A realistic month of insurance-defense litigation: the March 2026 invoice of a panel firm defending a grocery
 * chain's insured against a slip-and-fall claim, with the mistakes such invoices really carry (a new associate not
 * on the approved team, an unadjusted rate, a second lawyer at a deposition, research past the approval limit,
 * clerical work, a duplicate, a fax charge...) among ordinary, well-described work, and a few narratives that only
 * look like violations.
 */
final class DefenseMonth {
    static final Timekeeper LEAD = tk("TK-P1", "Whitfield", "Grace", TimekeeperClassification.PARTNR, "275");
    static final Timekeeper ASSOCIATE = tk("TK-A1", "Okafor", "Daniel", TimekeeperClassification.ASSOC, "195");
    /** On the approved team at 185; the firm still bills its standard 195. */
    static final Timekeeper SECOND_ASSOCIATE = tk("TK-A2", "Liang", "Mei", TimekeeperClassification.ASSOC, "195");
    static final Timekeeper PARALEGAL = tk("TK-L1", "Santos", "Rita", TimekeeperClassification.PARALG, "95");
    /** Joined the team this month; not on the carrier's approved list. */
    static final Timekeeper NEW_ASSOCIATE = tk("TK-A7", "Haddad", "Omar", TimekeeperClassification.ASSOC, "195");

    static final Matter MATTER = Matter.builder(MatterId.of("HM-2026-0142"), new Client(ClientId.of("HARBOR-MUTUAL"),
            "Carrier")).name("Slip-and-fall claim against insured grocery store").practiceArea(PracticeArea.LITIGATION)
            .matterType(MatterType.PERSONAL_INJURY).arrangement(new HourlyFee()).currency("USD")
            .budget(Money.of("40000.00", "USD")).clientMatterId("CLM-88213").build();
    static final Money FEES_BEFORE = Money.of("30000.00", "USD");

    private final List<InvoiceLine> lines = new ArrayList<>();

    private DefenseMonth() {
    }

    private static Timekeeper tk(String id, String last, String first, TimekeeperClassification c, String rate) {
        return Timekeeper.of(id, last, first, c, UnitPrice.of(rate, "USD"));
    }

    /** @return the check request: the invoice, its matter with a 40,000 budget, and 30,000 billed before */
    static CheckRequest request(ScopedProfile profile) {
        return new CheckRequest(invoice(), MATTER, profile.profile(), FEES_BEFORE);
    }

    static Invoice invoice() {
        DefenseMonth m = new DefenseMonth();
        m.fee(2, LEAD, "0.8", "L110", "A104", "Review and analyze claim file, incident report and store surveillance"
                + " log provided by carrier");                                                                   // 1
        m.fee(2, ASSOCIATE, "2.4", "L110", "A104", "Analyze plaintiff's emergency department records for"
                + " pre-existing knee conditions");                                                              // 2
        m.fee(2, ASSOCIATE, "0.25", "L120", "A106", "Telephone conference with claims adjuster regarding initial"
                + " case assessment");                                                                           // 3
        m.fee(3, LEAD, "1.2", "L150", "A103", "Draft initial case analysis and litigation budget for claims"
                + " professional");                                                                              // 4
        m.fee(3, ASSOCIATE, "1.8", "L210", "A103", "Draft answer and affirmative defenses to amended complaint");   // 5
        m.fee(3, PARALEGAL, "0.5", "L140", "A110", "Bates stamp and index store's document production, volume 1"); // 6
        m.fee(4, SECOND_ASSOCIATE, "2.0", "L310", "A103", "Draft first set of interrogatories and requests for"
                + " production to plaintiff");                                                                   // 7
        m.fee(4, ASSOCIATE, "0.5", "L120", "A105", "Conference with associate regarding discovery plan and"
                + " deposition sequence");                                                                       // 8
        m.fee(5, ASSOCIATE, "0.3", "L120", "A104", "Attention to file");                                         // 9
        m.fee(5, LEAD, "1.5", "L160", "A106", "Report to claims professional on liability exposure and settlement"
                + " range");                                                                                     // 10
        m.fee(6, SECOND_ASSOCIATE, "1.6", "L310", "A104", "Review plaintiff's answers to first interrogatories and"
                + " note deficiencies");                                                                         // 11
        m.fee(9, ASSOCIATE, "2.0", "L120", "A102", "Research premises liability notice standard for transitory"
                + " foreign substances");                                                                        // 12
        m.fee(9, ASSOCIATE, "1.5", "L250", "A102", "Research admissibility of subsequent remedial measures under"
                + " Rule 407");                                                                                  // 13
        m.fee(10, ASSOCIATE, "5.0", "L330", "A101", "Prepare outline for deposition of plaintiff");               // 14
        m.fee(10, ASSOCIATE, "3.5", "L330", "A104", "Review and analyze plaintiff's deposition exhibits and prior"
                + " claim history");                                                                             // 15
        m.fee(11, LEAD, "6.5", "L330", "A109", "Attend deposition of plaintiff");                                // 16
        m.fee(11, ASSOCIATE, "6.5", "L330", "A109", "Attend deposition of plaintiff");                           // 17
        m.fee(11, ASSOCIATE, "0.3", "L330", "A103", "Draft summary of plaintiff's deposition testimony for claims"
                + " professional");                                                                              // 18
        m.travel(12, ASSOCIATE, "2.0", "Non-working travel to Tampa for deposition of store manager");           // 19
        m.fee(12, LEAD, "1.0", "L330", "A110", "Organize deposition exhibits and binders for store manager"
                + " deposition");                                                                                // 20
        m.fee(13, NEW_ASSOCIATE, "2.5", "L110", "A104", "Review file to get up to speed on liability issues");    // 21
        m.fee(13, NEW_ASSOCIATE, "1.0", "L310", "A103", "Draft second requests for production regarding floor"
                + " maintenance logs");                                                                          // 22
        m.fee(16, PARALEGAL, "0.1", "L320", "A107", "Email to vendor regarding production format");              // 23
        m.fee(16, PARALEGAL, "0.1", "L320", "A107", "Email to vendor regarding load file specifications");       // 24
        m.fee(16, PARALEGAL, "0.1", "L320", "A107", "Email to opposing counsel's paralegal regarding production"
                + " date");                                                                                      // 25
        m.fee(17, ASSOCIATE, "1.2", "L250", "A103", "Draft proposed scheduling order and circulate to plaintiff's"
                + " counsel");                                                                                   // 26
        m.fee(17, ASSOCIATE, "0.4", "L250", "A104", "Reviewed filing deadline for dispositive motions under case"
                + " management order");                                                                          // 27
        m.fee(18, SECOND_ASSOCIATE, "1.4", "L340", "A104", "Analyze plaintiff's orthopedic expert report on"
                + " causation");                                                                                 // 28
        m.fee(18, LEAD, "0.6", "L130", "A108", "Telephone conference with biomechanical expert regarding retention"
                + " and scope");                                                                                 // 29
        m.fee(19, ASSOCIATE, "1.5", "L240", "A103", "Draft motion for summary judgment on notice; analyze store"
                + " inspection logs; telephone conference with store manager regarding sweep policy");           // 30
        m.fee(20, PARALEGAL, "0.8", "L320", "A104", "Prepare privilege log for second production volume");       // 31
        m.fee(20, PARALEGAL, "0.8", "L320", "A104", "Prepare privilege log for second production volume");       // 32
        m.fee(LocalDate.of(2026, 2, 27), ASSOCIATE, "0.6", "L110", "A106", "Telephone conference with claims"
                + " adjuster regarding reservation of rights");                                                  // 33
        m.fee(23, ASSOCIATE, "1.0", null, "A103", "Draft letter to plaintiff's counsel regarding independent medical"
                + " examination");                                                                               // 34
        m.fee(24, LEAD, "1.8", "L240", "A104", "Revise motion for summary judgment and supporting statement of"
                + " facts");                                                                                     // 35
        m.fee(25, ASSOCIATE, "2.2", "L410", "A101", "Prepare store manager for deposition testimony on inspection"
                + " procedures");                                                                                // 36
        m.fee(26, ASSOCIATE, "0.7", "L250", "A104", "Analyze electronically filed opposition to motion to compel"); // 37
        m.fee(27, LEAD, "0.9", "L160", "A106", "Report to claims professional on deposition outcomes and settlement"
                + " authority");                                                                                 // 38
        m.fee(30, ASSOCIATE, "1.3", "L350", "A103", "Draft motion to compel plaintiff's pharmacy records");       // 39
        m.fee(31, PARALEGAL, "0.6", "L140", "A110", "Update case chronology with deposition testimony");         // 40
        m.expense(4, "E101", "340", "0.20", "Photocopies of medical records for expert review", Receipt.ATTACHED);  // 41
        m.expense(6, "E104", "8", "1.00", "Facsimile of subpoena to records custodian", Receipt.ATTACHED);        // 42
        m.expense(9, "E107", "1", "48.00", "Courier delivery of deposition exhibits to court reporter",
                Receipt.MISSING);                                                                                // 43
        m.expense(12, "E110", "1", "612.00", "Business class airfare to Tampa for store manager deposition",
                Receipt.ATTACHED);                                                                               // 44
        m.expense(12, "E111", "1", "31.40", "Dinner while travelling for deposition", Receipt.ATTACHED);          // 45
        m.expense(13, "E115", "1", "845.60", "Expedited transcript of plaintiff's deposition", Receipt.ATTACHED); // 46
        m.expense(17, "E112", "1", "45.00", "Filing fee for motion to compel", Receipt.ATTACHED);                 // 47
        return Invoice.builder(InvoiceNumber.of("2026-0317"), ClientId.of("HARBOR-MUTUAL"), MatterId.of("HM-2026-0142"))
                .clientMatterId("CLM-88213").invoiceDate(LocalDate.of(2026, 4, 8))
                .period(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31)).lines(m.lines).build();
    }

    private void fee(int march, Timekeeper tk, String hours, String task, String activity, String narrative) {
        fee(LocalDate.of(2026, 3, march), tk, hours, task, activity, narrative);
    }

    private void fee(LocalDate day, Timekeeper tk, String hours, String task, String activity, String narrative) {
        lines.add(InvoiceLine.builder(String.valueOf(lines.size() + 1), LineType.FEE, day).timekeeper(tk).units(hours)
                .unitCost(tk.standardRate()).codes(task, activity).narrative(narrative).price(RoundingMode.HALF_UP));
    }

    private void travel(int march, Timekeeper tk, String hours, String narrative) {
        lines.add(InvoiceLine.builder(String.valueOf(lines.size() + 1), LineType.FEE, LocalDate.of(2026, 3, march))
                .timekeeper(tk).units(hours).unitCost(tk.standardRate()).codes("L330", "A111").narrative(narrative)
                .nonWorkingTravel(true).price(RoundingMode.HALF_UP));
    }

    private void expense(int march, String code, String units, String rate, String narrative, Receipt receipt) {
        lines.add(InvoiceLine.builder(String.valueOf(lines.size() + 1), LineType.EXPENSE, LocalDate.of(2026, 3, march))
                .units(units).unitCost(UnitPrice.of(rate, "USD")).expenseCode(code).narrative(narrative)
                .receipt(receipt).price(RoundingMode.HALF_UP));
    }
}

package dev.legalbilling.samples;

import dev.legalbilling.fee.HourlyFee;
import dev.legalbilling.invoice.Invoice;
import dev.legalbilling.invoice.InvoiceNumber;
import dev.legalbilling.matter.DraftRequest;
import dev.legalbilling.matter.InvoiceDrafts;
import dev.legalbilling.matter.Matter;
import dev.legalbilling.money.UnitPrice;
import dev.legalbilling.party.Client;
import dev.legalbilling.party.ClientId;
import dev.legalbilling.party.MatterId;
import dev.legalbilling.party.Timekeeper;
import dev.legalbilling.party.TimekeeperClassification;
import dev.legalbilling.rate.Rate;
import dev.legalbilling.rate.RateCard;
import dev.legalbilling.rules.ComplianceReport;
import dev.legalbilling.rules.Finding;
import dev.legalbilling.rules.GuidelineProfile;
import dev.legalbilling.rules.RuleEngine;
import dev.legalbilling.work.TimeEntry;
import java.time.LocalDate;
import java.util.List;

/**
 * For a Java developer: draft a month's hourly invoice from time entries, with the client's negotiated rates, and
 * check it before it goes out. The body of {@link #main} is the README's embedding example.
 *
 * <p>The March work has two problems the bundled {@code guideline} pack finds: the partner billed 11 hours on
 * 2 March (OCG-DAILY-HOURS, cap 10) and the associate billed one 9-hour entry (OCG-LONG-ENTRY, cap 8). Hours are
 * billed in tenths, rounded up, at the client's panel rates rather than the timekeepers' standard rates.
 */
public final class HourlyInvoiceSample {
    /** Lead partner, standard rate USD 650. */
    static final Timekeeper HALE = Timekeeper.of("TK-101", "Hale", "Margaret", TimekeeperClassification.PARTNR,
            UnitPrice.of("650.00", "USD"));
    /** Associate, standard rate USD 395. */
    static final Timekeeper OKAFOR = Timekeeper.of("TK-104", "Okafor", "Daniel", TimekeeperClassification.ASSOC,
            UnitPrice.of("395.00", "USD"));
    /** The insurer's panel rates: USD 425 for partners and USD 275 for associates, from 1 January 2026. */
    static final RateCard PANEL_RATES = RateCard.of(
            Rate.negotiated(TimekeeperClassification.PARTNR, LocalDate.of(2026, 1, 1), UnitPrice.of("425.00", "USD")),
            Rate.negotiated(TimekeeperClassification.ASSOC, LocalDate.of(2026, 1, 1), UnitPrice.of("275.00", "USD")));
    static final LocalDate MARCH_1 = LocalDate.of(2026, 3, 1);
    static final LocalDate MARCH_31 = LocalDate.of(2026, 3, 31);

    private HourlyInvoiceSample() {
    }

    /**
     * Drafts and checks the invoice, printing its number, total and findings.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        // README:begin (README.md shows these lines; SnippetTest keeps them equal)
        Matter matter = Matter.builder(MatterId.of("2026-0042"), new Client(ClientId.of("ACME-INS"), "Acme Insurance"))
                .name("Acme v. Globex").arrangement(HourlyFee.of(PANEL_RATES)).build();
        Invoice invoice = InvoiceDrafts.draft(DraftRequest.builder(matter, InvoiceNumber.of("2026-0042-03"),
                MARCH_1, MARCH_31).timekeepers(List.of(HALE, OKAFOR)).time(marchTime(matter.id())).build()).invoice();
        try (RuleEngine engine = RuleEngine.builder().addBundled("guideline").build()) {
            ComplianceReport report = engine.check(invoice, matter, GuidelineProfile.defaults());
            System.out.println("Invoice " + invoice.number() + ": " + invoice.total() + ", "
                    + report.findings().size() + " findings");
            for (Finding f : report.findings()) {
                System.out.println(f.severity() + " " + f.ruleId() + " line " + f.lineItemNumber() + ": "
                        + f.message());
            }
        }
        // README:end
    }

    /** March's time on the matter, as a timekeeping system would hand it over. */
    static List<TimeEntry> marchTime(MatterId matter) {
        return List.of(
                TimeEntry.builder(matter, HALE.id(), LocalDate.of(2026, 3, 2), "6.5").codes("L240", "A103")
                        .narrative("Draft motion for summary judgment on the coverage exclusion").build(),
                TimeEntry.builder(matter, HALE.id(), LocalDate.of(2026, 3, 2), "4.5").codes("L240", "A103")
                        .narrative("Revise statement of undisputed material facts").build(),
                TimeEntry.builder(matter, OKAFOR.id(), LocalDate.of(2026, 3, 3), "9.0").codes("L320", "A104")
                        .narrative("Review Globex production volume GLX-0008 for inspection reports").build(),
                TimeEntry.builder(matter, OKAFOR.id(), LocalDate.of(2026, 3, 4), "1.25").codes("L310", "A103")
                        .narrative("Draft second set of document requests to Globex").build(),
                TimeEntry.builder(matter, OKAFOR.id(), LocalDate.of(2026, 3, 5), "0.8").codes("L310", "A106")
                        .narrative("Call with the claims adjuster about document custodians").build());
    }
}

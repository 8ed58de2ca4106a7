package dev.legalbilling.rules.ethics;

import dev.legalbilling.agreement.ContingencyTerms;
import dev.legalbilling.agreement.FeeAgreement;
import dev.legalbilling.agreement.OwedIfLost;
import dev.legalbilling.contingency.Basis;
import dev.legalbilling.contingency.Recovery;
import dev.legalbilling.contingency.Stage;
import dev.legalbilling.fee.HourlyFee;
import dev.legalbilling.invoice.Invoice;
import dev.legalbilling.invoice.InvoiceLine;
import dev.legalbilling.invoice.InvoiceNumber;
import dev.legalbilling.invoice.LineType;
import dev.legalbilling.matter.Matter;
import dev.legalbilling.money.Fraction;
import dev.legalbilling.money.Money;
import dev.legalbilling.money.UnitPrice;
import dev.legalbilling.party.Client;
import dev.legalbilling.party.ClientId;
import dev.legalbilling.party.MatterId;
import dev.legalbilling.party.MatterType;
import dev.legalbilling.party.Timekeeper;
import dev.legalbilling.party.TimekeeperClassification;
import dev.legalbilling.rules.CheckRequest;
import dev.legalbilling.rules.ComplianceReport;
import dev.legalbilling.rules.EthicsContext;
import dev.legalbilling.rules.GuidelineProfile;
import dev.legalbilling.rules.RuleEngine;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Named fixtures for the ethics-pack tests: one engine with the bundled {@code ethics} pack, shared by every test
 * class (loading it from its build-time model once per JVM), a client whose name and a narrative that must never
 * appear in a finding, and small invoice and matter builders.
 */
final class EthicsFixtures {
    static final ClientId ACME = ClientId.of("ACME");
    /** The client's name is privileged: no finding may contain it. */
    static final String ACME_NAME = "Acme Widgets Incorporated";
    static final Client ACME_CLIENT = new Client(ACME, ACME_NAME);
    static final MatterId ACME_MATTER = MatterId.of("M-100");
    /** The matter's name is privileged too. */
    static final String ACME_MATTER_NAME = "Acme v. Zebulon Quartz";
    static final ClientId BETA = ClientId.of("BETA");
    static final MatterId BETA_MATTER = MatterId.of("M-200");
    static final Timekeeper PARTNER = Timekeeper.of("TK-P1", "Marsh", "Ada", TimekeeperClassification.PARTNR,
            UnitPrice.of("450", "USD"));
    static final Timekeeper ASSOCIATE = Timekeeper.of("TK-A1", "Lind", "Bo", TimekeeperClassification.ASSOC,
            UnitPrice.of("300", "USD"));
    static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);
    static final LocalDate TUESDAY = LocalDate.of(2026, 3, 3);
    static final LocalDate INVOICE_DATE = LocalDate.of(2026, 3, 31);
    static final LocalDate SIGNED = LocalDate.of(2025, 1, 15);
    static final String NARRATIVE = "Draft motion to compel production from Zebulon Quartz";
    static final ContingencyTerms ONE_THIRD_COMPLETE = ContingencyTerms.flat(Fraction.of(1, 3),
            Basis.NET, OwedIfLost.EXPENSES);

    private static final class Shared {
        static final RuleEngine ENGINE = RuleEngine.builder().addBundled("ethics").build();
    }

    private EthicsFixtures() {
    }

    /** @return the engine with the ethics pack, loaded once per JVM and never closed (daemon threads) */
    static RuleEngine engine() {
        return Shared.ENGINE;
    }

    static Money usd(String amount) {
        return Money.of(amount, "USD");
    }

    static ComplianceReport check(Invoice invoice, Matter matter, EthicsContext ethics) {
        return check(invoice, matter, ethics, null);
    }

    static ComplianceReport check(Invoice invoice, Matter matter, EthicsContext ethics, GuidelineProfile profile) {
        return engine().check(CheckRequest.of(invoice, matter, profile).withEthics(ethics));
    }

    /** @return a builder of an invoice of ACME's matter M-100, dated 2026-03-31 for March 2026 */
    static InvoiceBuilder invoice(String number) {
        return new InvoiceBuilder(number, ACME, ACME_MATTER);
    }

    /** @return a builder of an invoice of BETA's matter M-200, dated 2026-03-31 for March 2026 */
    static InvoiceBuilder betaInvoice(String number) {
        return new InvoiceBuilder(number, BETA, BETA_MATTER);
    }

    /** @return ACME's matter M-100, billed by the hour, with the given type, jurisdiction and agreement */
    static Matter matter(String jurisdiction, MatterType type, FeeAgreement agreement) {
        return Matter.builder(ACME_MATTER, ACME_CLIENT).name(ACME_MATTER_NAME).arrangement(new HourlyFee())
                .jurisdiction(jurisdiction).matterType(type).feeAgreement(agreement).build();
    }

    /** @return a written agreement signed on 2025-01-15 with the basis communicated the same day */
    static FeeAgreement.Builder signedAgreement() {
        return FeeAgreement.builder().signedByClientOn(SIGNED).basisCommunicatedOn(SIGNED);
    }

    /** @return a signed contingent agreement with the given terms and an outcome on 2026-03-01 */
    static FeeAgreement settled(ContingencyTerms terms, String recovery, String costs, Stage stage) {
        return signedAgreement().contingency(terms).outcome(new Recovery(LocalDate.of(2026, 3, 1), usd(recovery),
                stage, usd(costs))).closingStatementDeliveredOn(LocalDate.of(2026, 3, 5)).build();
    }

    /** Builds a USD draft invoice line by line, numbering lines 1, 2, … */
    static final class InvoiceBuilder {
        private final String number;
        private final ClientId client;
        private final MatterId matter;
        private final List<InvoiceLine> lines = new ArrayList<>();

        private InvoiceBuilder(String number, ClientId client, MatterId matter) {
            this.number = number;
            this.client = client;
            this.matter = matter;
        }

        private InvoiceLine.Builder line(LineType type, LocalDate day) {
            return InvoiceLine.builder(String.valueOf(lines.size() + 1), type, day).sourceLine(lines.size() + 2);
        }

        InvoiceBuilder fee(Timekeeper tk, LocalDate day, String hours) {
            return fee(tk, day, hours, NARRATIVE);
        }

        InvoiceBuilder fee(Timekeeper tk, LocalDate day, String hours, String narrative) {
            lines.add(line(LineType.FEE, day).timekeeper(tk).units(hours).unitCost(tk.standardRate())
                    .codes("L110", "A103").narrative(narrative).price(RoundingMode.HALF_UP));
            return this;
        }

        InvoiceBuilder feeWithActualTime(Timekeeper tk, LocalDate day, String hours, Duration actual) {
            lines.add(line(LineType.FEE, day).timekeeper(tk).units(hours).unitCost(tk.standardRate())
                    .codes("L110", "A103").narrative(NARRATIVE).actualTime(actual).price(RoundingMode.HALF_UP));
            return this;
        }

        /** A contingent-fee line: one unit at the fee, no timekeeper. */
        InvoiceBuilder contingentFee(LocalDate day, String fee) {
            lines.add(line(LineType.FEE, day).units("1").unitCost(UnitPrice.of(fee, "USD"))
                    .narrative("Contingency fee on the recovery").price(RoundingMode.HALF_UP));
            return this;
        }

        InvoiceBuilder expense(LocalDate day, String units, String price, String code) {
            lines.add(line(LineType.EXPENSE, day).units(units).unitCost(UnitPrice.of(price, "USD"))
                    .expenseCode(code).narrative("Courier to opposing counsel").price(RoundingMode.HALF_UP));
            return this;
        }

        Invoice build() {
            return Invoice.builder(InvoiceNumber.of(number), client, matter).invoiceDate(INVOICE_DATE)
                    .period(LocalDate.of(2026, 3, 1), INVOICE_DATE).lines(lines).build();
        }
    }

    /** @return a plain invoice for ACME with one partner entry on Monday */
    static Invoice simpleInvoice(String number) {
        return invoice(number).fee(PARTNER, MONDAY, "1.5").build();
    }

    /** @return {@code d} as a duration of minutes and seconds */
    static Duration minutes(long minutes, long seconds) {
        return Duration.ofMinutes(minutes).plusSeconds(seconds);
    }
}

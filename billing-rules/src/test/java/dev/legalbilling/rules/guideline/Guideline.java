package dev.legalbilling.rules.guideline;

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
import dev.legalbilling.rules.CheckRequest;
import dev.legalbilling.rules.ComplianceReport;
import dev.legalbilling.rules.Finding;
import dev.legalbilling.rules.GuidelineProfile;
import dev.legalbilling.rules.ParameterValue;
import dev.legalbilling.rules.RuleEngine;
import dev.legalbilling.utbms.UtbmsCodeSet;
import dev.legalbilling.work.Receipt;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The guideline pack under test (loaded once per JVM from its build-time model), named fixtures and small builders
 * for invoices, and helpers to read findings.
 */
final class Guideline {
    static final Timekeeper PARTNER = Timekeeper.of("TK-P1", "Marsh", "Ada", TimekeeperClassification.PARTNR,
            UnitPrice.of("450", "USD"));
    static final Timekeeper SECOND_PARTNER = Timekeeper.of("TK-P2", "Okafor", "Ben", TimekeeperClassification.PARTNR,
            UnitPrice.of("425", "USD"));
    static final Timekeeper ASSOCIATE = Timekeeper.of("TK-A1", "Lind", "Bo", TimekeeperClassification.ASSOC,
            UnitPrice.of("300", "USD"));
    static final Timekeeper SECOND_ASSOCIATE = Timekeeper.of("TK-A2", "Ruiz", "Carla",
            TimekeeperClassification.ASSOC, UnitPrice.of("275", "USD"));
    static final Timekeeper PARALEGAL = Timekeeper.of("TK-L1", "Petrova", "Olga", TimekeeperClassification.PARALG,
            UnitPrice.of("150", "USD"));
    static final Timekeeper TRAINEE = Timekeeper.of("TK-T1", "Novak", "Tom", TimekeeperClassification.TRANEE,
            UnitPrice.of("120", "USD"));

    static final LocalDate PERIOD_START = LocalDate.of(2026, 3, 1);
    static final LocalDate PERIOD_END = LocalDate.of(2026, 3, 31);
    static final LocalDate INVOICE_DATE = LocalDate.of(2026, 4, 6);
    static final LocalDate MARCH_2 = LocalDate.of(2026, 3, 2);
    static final LocalDate MARCH_3 = LocalDate.of(2026, 3, 3);
    static final LocalDate MARCH_4 = LocalDate.of(2026, 3, 4);

    /** A specific, well-coded narrative: drafting discovery responses. */
    static final String DRAFTING = "Draft responses to plaintiff's second set of interrogatories";

    private static RuleEngine engine;

    private Guideline() {
    }

    /** @return the engine with the bundled guideline pack, shared by every test class of the JVM */
    static synchronized RuleEngine engine() {
        if (engine == null) {
            engine = RuleEngine.builder().addBundled("guideline").build();
        }
        return engine;
    }

    static InvoiceBuilder invoice() {
        return new InvoiceBuilder("INV-2026-0301");
    }

    static FeeLine fee(Timekeeper tk, LocalDate day, String hours) {
        return new FeeLine(tk, day, hours);
    }

    static ExpenseLine expense(LocalDate day, String code, String units, String rate) {
        return new ExpenseLine(day, code, units, rate);
    }

    static GuidelineProfile.Builder profile() {
        return GuidelineProfile.builder("test-profile");
    }

    static GuidelineProfile profile(String ruleId, String parameter, ParameterValue value) {
        return profile().parameter(ruleId, parameter, value).build();
    }

    static Matter matter(UnaryOperator<Matter.Builder> change) {
        return change.apply(Matter.builder(MatterId.of("M-100"), new Client(ClientId.of("ACME-INS"), "Acme"))
                .name("Doe v. Acme").practiceArea(PracticeArea.LITIGATION).arrangement(new HourlyFee())
                .currency("USD").codeSet(UtbmsCodeSet.LITIGATION)).build();
    }

    static ComplianceReport check(Invoice invoice) {
        return engine().check(invoice, null, null);
    }

    static ComplianceReport check(Invoice invoice, GuidelineProfile profile) {
        return engine().check(invoice, null, profile);
    }

    static ComplianceReport check(CheckRequest request) {
        return engine().check(request);
    }

    /** @return the findings of one rule, in report order */
    static List<Finding> findings(ComplianceReport report, String ruleId) {
        return report.findings().stream().filter(f -> f.ruleId().equals(ruleId)).toList();
    }

    /** @return the line numbers the rule fired on, in report order ("" for the invoice as a whole) */
    static List<String> lines(ComplianceReport report, String ruleId) {
        return findings(report, ruleId).stream().map(f -> f.lineItemNumber() == null ? "" : f.lineItemNumber())
                .toList();
    }

    static Money usd(String amount) {
        return Money.of(amount, "USD");
    }

    /** Builds a USD invoice for matter M-100 of client ACME-INS, March 2026, line by line. */
    static final class InvoiceBuilder {
        private final String number;
        private final List<InvoiceLine> lines = new ArrayList<>();
        private LocalDate invoiceDate = INVOICE_DATE;
        private LocalDate start = PERIOD_START;
        private LocalDate end = PERIOD_END;

        InvoiceBuilder(String number) {
            this.number = number;
        }

        InvoiceBuilder add(FeeLine fee) {
            lines.add(fee.build(String.valueOf(lines.size() + 1)));
            return this;
        }

        InvoiceBuilder add(ExpenseLine expense) {
            lines.add(expense.build(String.valueOf(lines.size() + 1)));
            return this;
        }

        InvoiceBuilder dated(LocalDate value) {
            this.invoiceDate = value;
            return this;
        }

        InvoiceBuilder period(LocalDate from, LocalDate to) {
            this.start = from;
            this.end = to;
            return this;
        }

        Invoice build() {
            return Invoice.builder(InvoiceNumber.of(number), ClientId.of("ACME-INS"), MatterId.of("M-100"))
                    .invoiceDate(invoiceDate).period(start, end).lines(lines).build();
        }
    }

    /** A fee line: drafting (L310/A103) at the timekeeper's standard rate unless changed. */
    static final class FeeLine {
        private final Timekeeper tk;
        private final LocalDate day;
        private final String hours;
        private String task = "L310";
        private String activity = "A103";
        private String narrative = DRAFTING;
        private UnitPrice rate;
        private Money adjustment;
        private boolean travel;

        FeeLine(Timekeeper tk, LocalDate day, String hours) {
            this.tk = tk;
            this.day = day;
            this.hours = hours;
            this.rate = tk.standardRate();
        }

        FeeLine task(String value) {
            this.task = value;
            return this;
        }

        FeeLine activity(String value) {
            this.activity = value;
            return this;
        }

        FeeLine codes(String taskCode, String activityCode) {
            return task(taskCode).activity(activityCode);
        }

        FeeLine narrative(String value) {
            this.narrative = value;
            return this;
        }

        FeeLine rate(String value) {
            this.rate = UnitPrice.of(value, "USD");
            return this;
        }

        FeeLine adjustment(String amount) {
            this.adjustment = Money.of(amount, "USD");
            return this;
        }

        FeeLine travel() {
            this.travel = true;
            return this;
        }

        InvoiceLine build(String lineNumber) {
            return InvoiceLine.builder(lineNumber, LineType.FEE, day).timekeeper(tk).units(hours).unitCost(rate)
                    .codes(task, activity).narrative(narrative).nonWorkingTravel(travel)
                    .adjustment(adjustment).price(RoundingMode.HALF_UP);
        }
    }

    /** An expense line with a receipt attached unless changed. */
    static final class ExpenseLine {
        private final LocalDate day;
        private final String code;
        private final String units;
        private final String rate;
        private String narrative = "Courier delivery of trial binders to co-counsel";
        private Receipt receipt = Receipt.ATTACHED;

        ExpenseLine(LocalDate day, String code, String units, String rate) {
            this.day = day;
            this.code = code;
            this.units = units;
            this.rate = rate;
        }

        ExpenseLine narrative(String value) {
            this.narrative = value;
            return this;
        }

        ExpenseLine receipt(Receipt value) {
            this.receipt = value;
            return this;
        }

        InvoiceLine build(String lineNumber) {
            return InvoiceLine.builder(lineNumber, LineType.EXPENSE, day).units(units)
                    .unitCost(UnitPrice.of(rate, "USD")).expenseCode(code).narrative(narrative).receipt(receipt)
                    .price(RoundingMode.HALF_UP);
        }
    }

    static BigDecimal dec(String value) {
        return new BigDecimal(value);
    }
}

package dev.legalbilling.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.legalbilling.benchmarks.baseline.BaselineFinding;
import dev.legalbilling.benchmarks.baseline.GuidelineProfile;
import dev.legalbilling.benchmarks.baseline.MatterContext;
import dev.legalbilling.benchmarks.data.Workload;
import dev.legalbilling.benchmarks.data.Workloads;
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
import dev.legalbilling.party.TimekeeperId;
import dev.legalbilling.work.Receipt;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The "the hand-coded baseline must produce the same findings": the bundled guideline pack ({@code DROOLS})
 * and the hand-coded checks ({@code HAND_CODED}) give the same findings, as multisets of {@link BaselineFinding}
 * (rule, invoice, line, amount at stake, suggestion), on the benchmarks' generated data and on hand-made invoices
 * that hit the points where the two were written from different readings of the spec. No rule is filtered out.
 */
class EngineAgreementTest {
    private static final Workload WORKLOAD = Workloads.generate(Workloads.SEED, 5, 1000);

    private static final Timekeeper PARTNER = Timekeeper.of("TK-P1", "Whitfield", "Grace",
            TimekeeperClassification.PARTNR, UnitPrice.of("650", "USD"));
    private static final Timekeeper ASSOCIATE = Timekeeper.of("TK-A4", "Liang", "Chen",
            TimekeeperClassification.ASSOC, UnitPrice.of("350", "USD"));
    private static final Timekeeper SECOND_ASSOCIATE = Timekeeper.of("TK-A5", "Petrova", "Olga",
            TimekeeperClassification.ASSOC, UnitPrice.of("375", "USD"));
    private static final Timekeeper TRAINEE = Timekeeper.of("TK-T9", "Novak", "Tomas",
            TimekeeperClassification.TRANEE, UnitPrice.of("150", "USD"));
    private static final LocalDate JAN_12 = LocalDate.of(2026, 1, 12);
    private static final LocalDate JAN_13 = LocalDate.of(2026, 1, 13);
    private static final String SPECIFIC = "Draft opposition to motion to compel production of sales emails";

    /** Default parameters plus an approved roster and a classification rate. */
    private static final GuidelineProfile ROSTER = GuidelineProfile.builder()
            .approvedRates(Map.of(TimekeeperId.of("TK-P1"), UnitPrice.of("600", "USD")))
            .approvedClassRates(Map.of(TimekeeperClassification.ASSOC, UnitPrice.of("360", "USD")))
            .approvedTimekeepers(Set.of(TimekeeperId.of("TK-P1"), TimekeeperId.of("TK-A4"),
                    TimekeeperId.of("TK-A5")))
            .build();

    /** Internal conferences allowed for one timekeeper a day, two attendees, quarter-hour increments. */
    private static final GuidelineProfile LENIENT = ROSTER.toBuilder().internalConferenceAllowed(true)
            .maxAttendees(2).increment(new BigDecimal("0.25")).build();

    /** Both a per-unit and a per-item cap on copies (E101). */
    private static final GuidelineProfile CAPS = ROSTER.toBuilder().expenseCaps(
            Map.of("E101", new BigDecimal("0.10")),
            Map.of("E101", new BigDecimal("120.00"), "E111", new BigDecimal("50.00"))).build();

    /** Travel known by its flag and task code B195 only, not by its narrative. */
    private static final GuidelineProfile NO_TRAVEL_PHRASES = ROSTER.toBuilder().travelPhrases(List.of()).build();

    private static final MatterContext MATTER = Workloads.MATTER;

    @Test
    void agreesOnEveryGeneratedInvoice() {
        InvoiceChecker<?> engine = CheckerImplementation.DROOLS.create(WORKLOAD.profile());
        InvoiceChecker<?> handCoded = CheckerImplementation.HAND_CODED.create(WORKLOAD.profile());
        int findings = 0;

        for (Invoice invoice : WORKLOAD.invoices()) {
            List<BaselineFinding> expected = handCoded.baselineFindings(invoice, WORKLOAD.matter());
            assertThat(engine.baselineFindings(invoice, WORKLOAD.matter()))
                    .as("invoice %s", invoice.number())
                    .containsExactlyInAnyOrderElementsOf(expected);
            findings += expected.size();
        }
        assertThat(findings).as("generated invoices have findings to agree on").isGreaterThan(5 * 50);
    }

    static Stream<Arguments> handMadeInvoices() {
        return Stream.of(
                Arguments.of("ordinary work", ROSTER, MATTER, invoice(
                        fee("1", PARTNER, "1.5"), fee("2", ASSOCIATE, "2.0"))),
                Arguments.of("words: a lone dash is not a word", ROSTER, MATTER, invoice(
                        fee("1", ASSOCIATE, "1.0").narrative("Draft motion - brief"),
                        fee("2", ASSOCIATE, "1.0").narrative("Review - ; draft - motion"),
                        fee("3", ASSOCIATE, "1.0").narrative("Draft letter ; - - ; e-filing of brief"),
                        fee("4", ASSOCIATE, "1.0").narrative("Draft the e-filing cover memo"))),
                Arguments.of("block billing with empty and one-word segments", ROSTER, MATTER, invoice(
                        fee("1", ASSOCIATE, "2.0").narrative("Draft motion to compel; review production set;"),
                        fee("2", ASSOCIATE, "2.0").narrative("Draft motion to compel; call; review production"),
                        fee("3", ASSOCIATE, "2.0").narrative("Draft motion to compel; telephone"))),
                Arguments.of("phrases at word boundaries", ROSTER, MATTER, invoice(
                        fee("1", ASSOCIATE, "1.0").narrative("Bates stamping; prepare production of documents"),
                        fee("2", ASSOCIATE, "1.0").narrative("Retraining session with client on the portal"),
                        fee("3", ASSOCIATE, "1.0").narrative("Photocopying exhibits for the deposition binder"),
                        fee("4", ASSOCIATE, "1.0").narrative("Pre-scheduling of the hearing with opposing counsel"),
                        fee("5", ASSOCIATE, "1.0").narrative("Work on file"))),
                Arguments.of("an expense over its unit and its item cap", CAPS, MATTER,
                        invoice(
                                expense("1", "E101", "1000", "0.25", "Copies of trial exhibits"),
                                expense("2", "E101", "12.25", "0.15", "Copies of the deposition transcript"),
                                expense("3", "E111", "1", "80.00", "Working dinner with the client"),
                                expense("4", "E101", "10", "0.05", "Copies of the motion"))),
                Arguments.of("prior research alone over the limit", ROSTER,
                        MATTER.withHistory(Money.of("1000.00", "USD"), new BigDecimal("12.0")), invoice(
                        fee("1", ASSOCIATE, "1.0").codes("L120", "A102"),
                        fee("2", ASSOCIATE, "2.0").codes("L120", "A102"))),
                Arguments.of("prior research crossed by this invoice", ROSTER,
                        MATTER.withHistory(Money.of("1000.00", "USD"), new BigDecimal("9.5")), invoice(
                        fee("1", ASSOCIATE, "0.4").codes("L120", "A102"),
                        fee("2", ASSOCIATE, "3.0").codes("L120", "A102"),
                        fee("3", ASSOCIATE, "3.0").codes("L120", "A102"))),
                Arguments.of("daily hours crossed with a whole excess above the line", ROSTER, MATTER, invoice(
                        fee("1", ASSOCIATE, "9.9"), fee("2", ASSOCIATE, "0.3"), fee("3", ASSOCIATE, "4.0"))),
                Arguments.of("codes: case, blanks, phases", ROSTER, MATTER, invoice(
                        fee("1", ASSOCIATE, "1.0").codes("l250", "a103"),
                        fee("2", ASSOCIATE, "1.0").codes("L100", "A103"),
                        fee("3", ASSOCIATE, "1.0").codes("", "A103"),
                        fee("4", ASSOCIATE, "1.0").codes("L250", "A999"),
                        expense("5", "e101", "10", "0.05", "Copies of the motion"),
                        expense("6", "E999", "1", "10.00", "Something else"),
                        expense("7", "e104", "10", "1.00", "Facsimile to opposing counsel"),
                        expense("8", " E104", "10", "1.00", "Facsimile to co-counsel"),
                        fee("9", ASSOCIATE, "0.5").codes("L250", "a105"),
                        fee("10", ASSOCIATE, "2.0").codes("b195", "A103"),
                        fee("11", PARTNER, "3.0").codes("L330", "A109"),
                        fee("12", SECOND_ASSOCIATE, "3.0").codes("l330", "A109"),
                        fee("13", ASSOCIATE, "3.0").codes("L330", "A109"))),
                Arguments.of("rates, roster, staffing, training", ROSTER, MATTER, invoice(
                        fee("1", PARTNER, "1.0"),
                        fee("2", ASSOCIATE, "1.0").rate("380"),
                        fee("3", TRAINEE, "1.0"),
                        fee("4", PARTNER, "1.0").codes("L250", "A110"),
                        fee("5", ASSOCIATE, "1.0").narrative("Get up to speed on the background materials"))),
                Arguments.of("travel, conferences and attendees, lenient profile", LENIENT, MATTER, invoice(
                        fee("1", ASSOCIATE, "2.0").travel(true).narrative("Travel to Chicago for the deposition"),
                        fee("2", ASSOCIATE, "2.0").codes("B195", "A103"),
                        fee("3", PARTNER, "0.5").codes("L250", "A105"),
                        fee("4", ASSOCIATE, "0.5").codes("L250", "A105"),
                        fee("5", PARTNER, "0.75").codes("L250", "A105"),
                        fee("6", PARTNER, "3.0").codes("L330", "A109"),
                        fee("7", ASSOCIATE, "3.0").codes("L330", "A109"),
                        fee("8", SECOND_ASSOCIATE, "3.0").codes("L330", "A109"),
                        fee("9", ASSOCIATE, "0.3"))),
                Arguments.of("travel known by its narrative only, as on LEDES input", ROSTER, MATTER, invoice(
                        fee("1", ASSOCIATE, "2.0").narrative("Travel to Newark for deposition of plant manager"),
                        fee("2", ASSOCIATE, "2.0").narrative("Non-working travel time returning from Newark"),
                        fee("3", ASSOCIATE, "2.0").narrative("Prepare outline during flight to Newark"))),
                Arguments.of("travel phrases emptied: the flag and B195 only", NO_TRAVEL_PHRASES, MATTER, invoice(
                        fee("1", ASSOCIATE, "2.0").narrative("Travel to Newark for deposition of plant manager"),
                        fee("2", ASSOCIATE, "2.0").travel(true).narrative("Travel from Newark"),
                        fee("3", ASSOCIATE, "2.0").codes("B195", "A103"))),
                Arguments.of("chipping, duplicates, dates, a discount larger than the line", ROSTER, MATTER,
                        invoiceDated(LocalDate.of(2026, 4, 10), List.of(
                        fee("1", ASSOCIATE, "0.1").codes("L210", "A103").price(RoundingMode.HALF_UP),
                        fee("2", ASSOCIATE, "0.2").codes("L210", "A104").price(RoundingMode.HALF_UP),
                        fee("3", ASSOCIATE, "0.1").codes("L210", "A103").price(RoundingMode.HALF_UP),
                        fee("4", ASSOCIATE, "0.10").codes("L210", "A103").price(RoundingMode.HALF_UP),
                        fee("5", ASSOCIATE, "1.0").narrative(SPECIFIC.toUpperCase()).price(RoundingMode.HALF_UP),
                        fee("6", ASSOCIATE, "1.00").price(RoundingMode.HALF_UP),
                        fee("7", ASSOCIATE, "1.0").adjustment(Money.of("-500.00", "USD"))
                                .narrative("Draft reply brief on the motion to dismiss").price(RoundingMode.HALF_UP),
                        fee("8", ASSOCIATE, "1.0").date(LocalDate.of(2025, 12, 31)).price(RoundingMode.HALF_UP),
                        expense("9", "E110", "1", "900.00", "Business class flight to the deposition")
                                .receipt(Receipt.MISSING).price(RoundingMode.HALF_UP),
                        expense("10", "E110", "1", "900.0", "Business  class flight to the deposition")
                                .receipt(Receipt.MISSING).price(RoundingMode.HALF_UP),
                        expense("11", "E104", "1", "20.00", "Fax").price(RoundingMode.HALF_UP),
                        InvoiceLine.builder("12", LineType.FEE_ADJUSTMENT, JAN_13).units("1")
                                .adjustment(Money.of("-100.00", "USD")).narrative("Courtesy discount")
                                .price(RoundingMode.HALF_UP)))),
                Arguments.of("over budget with an empty remaining budget", ROSTER,
                        MATTER.withHistory(Money.of("260000.00", "USD"), BigDecimal.ZERO), invoice(
                        fee("1", ASSOCIATE, "1.0"))),
                Arguments.of("a fee line without a timekeeper", ROSTER,
                        new MatterContext(null, null, null, BigDecimal.ZERO), invoice(
                        InvoiceLine.builder("1", LineType.FEE, JAN_12).units("11.0")
                                .unitCost(UnitPrice.of("200", "USD")).codes("L250", "A109").narrative(SPECIFIC),
                        InvoiceLine.builder("2", LineType.FEE, JAN_12).units("1.0")
                                .unitCost(UnitPrice.of("200", "USD")).codes("L250", "A109").narrative(SPECIFIC),
                        fee("3", ASSOCIATE, "1.0").codes("L250", "A109"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("handMadeInvoices")
    void agreesOnHandMadeInvoices(String name, GuidelineProfile profile, MatterContext matter, Invoice invoice) {
        List<BaselineFinding> expected = CheckerImplementation.HAND_CODED.create(profile)
                .baselineFindings(invoice, matter);

        assertThat(CheckerImplementation.DROOLS.create(profile).baselineFindings(invoice, matter))
                .containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void theHandMadeInvoicesExerciseMostRules() {
        Set<String> fired = new java.util.TreeSet<>();
        handMadeInvoices().forEach(a -> {
            Object[] args = a.get();
            CheckerImplementation.HAND_CODED.create((GuidelineProfile) args[1])
                    .baselineFindings((Invoice) args[3], (MatterContext) args[2])
                    .forEach(f -> fired.add(f.ruleId()));
        });
        assertThat(fired).hasSizeGreaterThanOrEqualTo(24);
    }

    @Test
    void withTheEthicsPackTheGuidelineFindingsAreStillThere() {
        Invoice invoice = WORKLOAD.invoices().get(0);
        List<BaselineFinding> guideline = CheckerImplementation.DROOLS.create(WORKLOAD.profile())
                .baselineFindings(invoice, WORKLOAD.matter());

        List<BaselineFinding> withEthics = CheckerImplementation.DROOLS_WITH_ETHICS.create(WORKLOAD.profile())
                .baselineFindings(invoice, WORKLOAD.matter());

        assertThat(withEthics).filteredOn(f -> f.ruleId().startsWith("OCG-"))
                .containsExactlyInAnyOrderElementsOf(guideline);
    }

    @Test
    void thePackCompiledFromDrlAgreesWithTheBundledOne() {
        Invoice invoice = WORKLOAD.invoices().get(1);
        DroolsChecker fromDrl = (DroolsChecker) CheckerImplementation.DROOLS_FROM_DRL.create(WORKLOAD.profile());
        DroolsChecker bundled = (DroolsChecker) CheckerImplementation.DROOLS.create(WORKLOAD.profile());

        assertThat(fromDrl.packs()).containsExactly(Map.entry("guideline", false));
        assertThat(bundled.packs()).containsExactly(Map.entry("guideline", true));
        assertThat(fromDrl.baselineFindings(invoice, WORKLOAD.matter()))
                .containsExactlyInAnyOrderElementsOf(bundled.baselineFindings(invoice, WORKLOAD.matter()));
    }

    private static LineBuilder fee(String number, Timekeeper timekeeper, String hours) {
        return new LineBuilder(InvoiceLine.builder(number, LineType.FEE, JAN_12).timekeeper(timekeeper).units(hours)
                .unitCost(timekeeper.standardRate()).codes("L250", "A103").narrative(SPECIFIC), number, timekeeper,
                hours);
    }

    private static InvoiceLine.Builder expense(String number, String code, String units, String unitCost,
            String narrative) {
        return InvoiceLine.builder(number, LineType.EXPENSE, JAN_12).expenseCode(code).units(units)
                .unitCost(UnitPrice.of(unitCost, "USD")).narrative(narrative).receipt(Receipt.ATTACHED);
    }

    private static Invoice invoice(Object... lines) {
        return invoiceDated(LocalDate.of(2026, 2, 5), Stream.of(lines).map(l -> l instanceof LineBuilder b
                ? b.builder.price(RoundingMode.HALF_UP)
                : ((InvoiceLine.Builder) l).price(RoundingMode.HALF_UP)).toList());
    }

    private static Invoice invoiceDated(LocalDate invoiceDate, List<InvoiceLine> lines) {
        return Invoice.builder(InvoiceNumber.of("INV-2026-001"), ClientId.of("ACME-INS"), MatterId.of("M-7"))
                .invoiceDate(invoiceDate).period(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31))
                .lines(lines).build();
    }

    /** A fee line builder that can still change its date (InvoiceLine.Builder takes the date up front). */
    private static final class LineBuilder {
        private InvoiceLine.Builder builder;
        private final String number;
        private final Timekeeper timekeeper;
        private final String hours;
        private String task = "L250";
        private String activity = "A103";
        private String narrative = SPECIFIC;

        LineBuilder(InvoiceLine.Builder builder, String number, Timekeeper timekeeper, String hours) {
            this.builder = builder;
            this.number = number;
            this.timekeeper = timekeeper;
            this.hours = hours;
        }

        LineBuilder codes(String t, String a) {
            task = t;
            activity = a;
            builder.codes(t, a);
            return this;
        }

        LineBuilder narrative(String value) {
            narrative = value;
            builder.narrative(value);
            return this;
        }

        LineBuilder rate(String value) {
            builder.unitCost(UnitPrice.of(value, "USD"));
            return this;
        }

        LineBuilder travel(boolean value) {
            builder.nonWorkingTravel(value);
            return this;
        }

        LineBuilder adjustment(Money value) {
            builder.adjustment(value);
            return this;
        }

        LineBuilder date(LocalDate value) {
            builder = InvoiceLine.builder(number, LineType.FEE, value).timekeeper(timekeeper).units(hours)
                    .unitCost(timekeeper.standardRate()).codes(task, activity).narrative(narrative);
            return this;
        }

        InvoiceLine price(RoundingMode rounding) {
            return builder.price(rounding);
        }
    }
}

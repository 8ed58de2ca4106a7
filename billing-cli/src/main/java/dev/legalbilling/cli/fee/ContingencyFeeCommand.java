package dev.legalbilling.cli.fee;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.legalbilling.cli.ExitCodes;
import dev.legalbilling.cli.internal.FormatOption;
import dev.legalbilling.cli.internal.OutputFormat;
import dev.legalbilling.contingency.Basis;
import dev.legalbilling.contingency.ContingencySchedule;
import dev.legalbilling.contingency.FeeQuery;
import dev.legalbilling.contingency.MaximumFee;
import dev.legalbilling.contingency.Recovery;
import dev.legalbilling.contingency.ScheduleVersion;
import dev.legalbilling.contingency.Stage;
import dev.legalbilling.json.BillingJson;
import dev.legalbilling.money.MoneyFormat;
import dev.legalbilling.money.Money;
import dev.legalbilling.money.TieredAmount;
import dev.legalbilling.report.ContingencyFeePage;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code billing fee contingency}: the maximum contingent fee a statutory schedule allows for a recovery, with the
 * tier-by-tier breakdown, as text or JSON.
 *
 * <p>JSON fields: {@code schedule}, {@code title}, {@code citation}, {@code date}, {@code governingDate},
 * {@code versionEffectiveFrom} (absent for an undated version), {@code stage}, {@code minor}, {@code basis},
 * {@code currency}, {@code recovery}, {@code costs}, {@code base}, {@code tiers} (each {@code from}, {@code to},
 * {@code rate}, {@code status}, {@code slice}, {@code fee}, {@code courtSet}), {@code fee}, {@code exactFee}
 * (numerator/denominator), {@code capApplied}, {@code cap}, {@code minorsLimitApplied},
 * {@code courtApprovalRequired}, {@code courtSetExcess}, {@code ambiguous}, {@code alternativeFee} and
 * {@code notes}. Amounts are decimal strings with the currency's two places.
 */
@Command(name = "contingency", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Prints the maximum contingent fee a statutory schedule allows, tier by tier.",
            "Rates are exact fractions; the fee is rounded once, half-up, to cents."})
@ExitCodes.Returns({ExitCodes.CLEAN, ExitCodes.USAGE_OR_INPUT})
public final class ContingencyFeeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--schedule", required = true, paramLabel = "ID",
            description = "Schedule id, e.g. NY-PI-A (see 'billing fee schedules').")
    String scheduleId;

    @Option(names = "--recovery", required = true, paramLabel = "AMOUNT",
            description = "Gross recovery (settlement, judgment, past-due benefits), e.g. 2000000.")
    String recovery;

    @Option(names = "--costs", paramLabel = "AMOUNT", defaultValue = "0",
            description = "Costs and disbursements (deducted on a net basis). Default: ${DEFAULT-VALUE}.")
    String costs;

    @Option(names = "--stage", paramLabel = "STAGE",
            description = "Stage at resolution: administrative, pre-suit, post-filing, answered, liability-admitted,"
                    + " trial or appeal. Needed where the schedule depends on it.")
    String stage;

    @Option(names = "--basis", paramLabel = "BASIS", description = "net or gross. Default: the schedule's.")
    String basis;

    @Option(names = "--minor", description = "The client was a minor or incapacitated when the agreement was made.")
    boolean minor;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD",
            description = "The governing date that selects the schedule version (the schedule says which date:"
                    + " agreement, recovery or decision). Default: today.")
    LocalDate date;

    @Mixin
    FormatOption format = new FormatOption(OutputFormat.TEXT, OutputFormat.JSON, OutputFormat.HTML);

    @Mixin
    ScheduleOptions schedules;

    @Override
    public Integer call() {
        ContingencySchedule schedule = schedules.catalogue().schedule(scheduleId);
        FeeQuery query = FeeQuery.of(OptionValues.parse("--recovery", recovery, schedule.currency()),
                        date == null ? LocalDate.now() : date)
                .withCosts(OptionValues.parse("--costs", costs, schedule.currency()))
                .withStage(stage == null ? null : Stage.fromLabel(stage))
                .withBasis(basis == null ? null : Basis.fromLabel(basis))
                .withMinor(minor);
        MaximumFee max = schedule.maximumFee(query);
        PrintWriter out = spec.commandLine().getOut();
        if (format.get() == OutputFormat.JSON) {
            out.println(json(schedule, max));
        } else if (format.get() == OutputFormat.HTML) {
            out.print(ContingencyFeePage.render(schedule, max));
        } else {
            printText(out, schedule, max);
        }
        out.flush();
        return ExitCodes.CLEAN;
    }

    private static void printText(PrintWriter out, ContingencySchedule schedule, MaximumFee max) {
        FeeQuery q = max.query();
        ScheduleVersion v = max.version();
        out.println(schedule.id() + "  " + schedule.title());
        out.println("Citation:  " + schedule.citation());
        out.println("Version:   " + v.describeEffective() + "; selected by " + schedule.governingDate().describe()
                + " " + schedule.governingDateStatus().tag() + ": " + q.date());
        out.println("Recovery:  " + MoneyFormat.CODE.format(q.recovery()) + "   costs "
                + MoneyFormat.CODE.format(q.costs()) + "   basis " + max.basis().label() + " "
                + (max.basis() == schedule.basis() ? schedule.basisStatus() : schedule.alternativeBasisStatus()).tag()
                + "   base " + MoneyFormat.CODE.format(max.base()));
        out.println("Stage:     " + (q.stage() == null ? "(any)" : q.stage().label())
                + (q.minor() ? "   client is a minor or incapacitated" : ""));
        out.println();
        String row = "  %-36s %-16s %18s %18s%n";
        out.printf(row, "Band", "Rate", "Slice", "Fee");
        List<TieredAmount.Part> bands = max.bands();
        for (int i = 0; i < bands.size(); i++) {
            TieredAmount.Part t = bands.get(i);
            String band = MoneyFormat.GROUPED.format(t.from())
                    + (t.upTo() == null ? " and above" : " to " + MoneyFormat.GROUPED.format(t.upTo()));
            String rate = t.rate().toPercentString();
            if (!t.rate().equals(max.scale().rates().tiers().get(i).rate())) {
                rate = rate + " (minor)";
            }
            out.printf(row, band, rate + " " + max.scale().statuses().get(i).tag(), MoneyFormat.GROUPED.format(t.portion()),
                    MoneyFormat.GROUPED.format(t.amount()));
        }
        Optional<Money> courtZone = max.scale().courtZoneFrom();
        if (courtZone.isPresent()) {
            out.printf(row, MoneyFormat.GROUPED.format(courtZone.get()) + " and above",
                    "court-set " + max.scale().courtZoneStatus().orElseThrow().tag(),
                    MoneyFormat.GROUPED.format(max.courtSetExcess()), "set by court");
        }
        out.println();
        out.println("Maximum fee: " + MoneyFormat.CODE.format(max.fee())
                + (max.requiresCourtApproval() ? " plus a court-set fee on "
                        + MoneyFormat.CODE.format(max.courtSetExcess()) + " (court approval required)" : "")
                + (max.capApplied() ? " (capped)" : "")
                + (max.ambiguous() ? " (ambiguous; other reading: " + MoneyFormat.CODE.format(max.alternativeFee())
                        + ")" : ""));
        if (!max.notes().isEmpty()) {
            out.println();
            out.println("Notes:");
            max.notes().forEach(n -> out.println("  - " + n));
        }
    }

    private static String json(ContingencySchedule schedule, MaximumFee max) {
        ObjectMapper mapper = BillingJson.mapper();
        ObjectNode root = mapper.createObjectNode();
        FeeQuery q = max.query();
        root.put("schedule", schedule.id());
        root.put("title", schedule.title());
        root.put("citation", schedule.citation());
        root.put("date", q.date().toString());
        root.put("governingDate", schedule.governingDate().label());
        if (max.version().effectiveFrom() != null) {
            root.put("versionEffectiveFrom", max.version().effectiveFrom().toString());
        }
        if (q.stage() != null) {
            root.put("stage", q.stage().label());
        }
        root.put("minor", q.minor());
        root.put("basis", max.basis().label());
        root.put("currency", max.fee().currency().getCurrencyCode());
        root.put("recovery", MoneyFormat.PLAIN.format(q.recovery()));
        root.put("costs", MoneyFormat.PLAIN.format(q.costs()));
        root.put("base", MoneyFormat.PLAIN.format(max.base()));
        ArrayNode tiers = root.putArray("tiers");
        List<TieredAmount.Part> bands = max.bands();
        for (int i = 0; i < bands.size(); i++) {
            TieredAmount.Part t = bands.get(i);
            ObjectNode n = tiers.addObject();
            n.put("from", MoneyFormat.PLAIN.format(t.from()));
            if (t.upTo() != null) {
                n.put("to", MoneyFormat.PLAIN.format(t.upTo()));
            }
            n.put("rate", t.rate().toPercentString());
            n.put("status", max.scale().statuses().get(i).tag());
            n.put("slice", MoneyFormat.PLAIN.format(t.portion()));
            n.put("fee", MoneyFormat.PLAIN.format(t.amount()));
            n.put("courtSet", false);
        }
        max.scale().courtZoneFrom().ifPresent(from -> {
            ObjectNode n = tiers.addObject();
            n.put("from", MoneyFormat.PLAIN.format(from));
            n.put("status", max.scale().courtZoneStatus().orElseThrow().tag());
            n.put("slice", MoneyFormat.PLAIN.format(max.courtSetExcess()));
            n.put("fee", MoneyFormat.PLAIN.format(Money.zero(from.currency())));
            n.put("courtSet", true);
        });
        root.put("fee", MoneyFormat.PLAIN.format(max.fee()));
        root.put("exactFee", max.exactFee().toString());
        root.put("capApplied", max.capApplied());
        max.version().capIfSet().map(MoneyFormat.PLAIN::format).ifPresent(c -> root.put("cap", c));
        root.put("minorsLimitApplied", max.minorsLimitApplied());
        root.put("courtApprovalRequired", max.requiresCourtApproval());
        root.put("courtSetExcess", MoneyFormat.PLAIN.format(max.courtSetExcess()));
        root.put("ambiguous", max.ambiguous());
        max.alternativeFeeIfSet().map(MoneyFormat.PLAIN::format).ifPresent(a -> root.put("alternativeFee", a));
        ArrayNode notes = root.putArray("notes");
        max.notes().forEach(notes::add);
        try {
            return mapper.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}

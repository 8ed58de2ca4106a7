package dev.legalbilling.rules.internal;

import dev.legalbilling.InvalidValueException;
import dev.legalbilling.invoice.Invoice;
import dev.legalbilling.invoice.InvoiceLine;
import dev.legalbilling.invoice.LineType;
import dev.legalbilling.matter.Matter;
import dev.legalbilling.money.Money;
import dev.legalbilling.party.Timekeeper;
import dev.legalbilling.rules.CheckRequest;
import dev.legalbilling.rules.GuidelineProfile;
import dev.legalbilling.rules.ParameterDefinition;
import dev.legalbilling.rules.ParameterType;
import dev.legalbilling.rules.ParameterValue;
import dev.legalbilling.rules.RuleDefinition;
import dev.legalbilling.rules.RuleSettings;
import dev.legalbilling.rules.fact.InvoiceFact;
import dev.legalbilling.rules.fact.LineContext;
import dev.legalbilling.rules.fact.LineFact;
import dev.legalbilling.rules.fact.MatterFact;
import dev.legalbilling.rules.fact.MatterFees;
import dev.legalbilling.rules.fact.Parameter;
import dev.legalbilling.rules.fact.Parameters;
import dev.legalbilling.rules.fact.ProfileFact;
import dev.legalbilling.rules.fact.TimekeeperDay;
import dev.legalbilling.rules.fact.TimekeeperFact;
import dev.legalbilling.utbms.UtbmsCodeSet;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Builds the facts of one check once, in Java, before any session starts: the invoice, its lines, matter,
 * timekeepers, the derived per-timekeeper-per-day sums, each line's context (see {@link LineContextBuilder}) and
 * matter fees, the profile, and per rule set the parameters in force. Linear in the
 * number of lines. Stateless; thread-safe.
 */
public final class FactAssembler {

    /**
     * The facts of one check.
     *
     * @param facts every fact except parameters, in insertion order
     * @param lines the invoice lines by line number
     * @param positions 1-based position of each line by line number
     * @param total the invoice total, worked out with the facts (the same as {@code Invoice.total()})
     */
    public record InvoiceFacts(List<Object> facts, Map<String, InvoiceLine> lines, Map<String, Integer> positions,
            Money total) {
    }

    private FactAssembler() {
    }

    /**
     * @param request the check request
     * @return its facts, line contexts included
     */
    public static InvoiceFacts assemble(CheckRequest request) {
        return assemble(request, true, true, Parameters.none());
    }

    /**
     * @param request the check request
     * @param lineContexts whether to work out each line's {@link LineContext} (only when some rule reads them)
     * @param timekeeperDays whether to work out the {@link TimekeeperDay} sums (only when some rule reads them)
     * @param parameters the parameters in force, which every line context carries
     * @return its facts
     */
    public static InvoiceFacts assemble(CheckRequest request, boolean lineContexts, boolean timekeeperDays,
            Parameters parameters) {
        Invoice invoice = request.invoice();
        String number = invoice.number().value();
        int lineCount = invoice.lines().size();
        List<Object> facts = new ArrayList<>(lineCount * 2 + 8);
        // the invoice's totals in one pass over the lines, instead of one pass (and a Money per line) for each
        BigDecimal zero = Money.zero(invoice.currency()).amount();
        BigDecimal feeTotal = zero;
        BigDecimal expenseTotal = zero;
        for (InvoiceLine line : invoice.lines()) {
            if (line.type().isFee()) {
                feeTotal = feeTotal.add(line.total().amount());
            } else {
                expenseTotal = expenseTotal.add(line.total().amount());
            }
        }
        BigDecimal total = feeTotal.add(expenseTotal);
        InvoiceFact invoiceFact = new InvoiceFact(number, invoice.client().value(), invoice.matter().value(),
                invoice.invoiceDate(), invoice.periodStart(), invoice.periodEnd(), invoice.currency().getCurrencyCode(),
                total, feeTotal, expenseTotal, lineCount);
        facts.add(invoiceFact);
        facts.add(matterFact(request));
        facts.add(matterFees(request, feeTotal));
        GuidelineProfile profile = request.profile();
        facts.add(new ProfileFact(profile.id(), profile.clientIfSet().map(c -> c.value()).orElse(""),
                profile.effectiveDate()));

        Map<String, InvoiceLine> lines = new HashMap<>(LineContextBuilder.capacity(lineCount));
        Map<String, Integer> positions = new HashMap<>(LineContextBuilder.capacity(lineCount));
        Map<String, Timekeeper> timekeepers = new LinkedHashMap<>();
        Map<DayKey, DayTotals> days = timekeeperDays ? new LinkedHashMap<>(LineContextBuilder.capacity(lineCount))
                : null;
        LineContextBuilder contexts = lineContexts ? new LineContextBuilder(invoiceFact, codeSet(request), lineCount,
                parameters)
                : null;
        int position = 0;
        for (InvoiceLine line : invoice.lines()) {
            position++;
            lines.put(line.lineNumber(), line);
            positions.put(line.lineNumber(), position);
            LineFact fact = lineFact(number, line, position);
            facts.add(fact);
            if (contexts != null) {
                contexts.add(fact);
            }
            Timekeeper tk = line.timekeeper();
            if (tk != null) {
                timekeepers.putIfAbsent(tk.id().value(), tk);
                if (days != null && line.type() == LineType.FEE) {
                    days.computeIfAbsent(new DayKey(tk.id().value(), line.date()), k -> new DayTotals())
                            .add(line);
                }
            }
        }
        if (contexts != null) {
            facts.addAll(contexts.build());
        }
        for (Timekeeper tk : timekeepers.values()) {
            // the invoice's word first, else the profile's roster (LEDES cannot say it)
            Integer admitted = tk.barAdmissionYear() != null ? tk.barAdmissionYear()
                    : profile.barAdmissionYear(tk.id().value());
            facts.add(new TimekeeperFact(tk.id().value(), tk.classification().code(),
                    tk.classification().seniority(), tk.classification().isLawyer(),
                    tk.standardRateIfSet().map(r -> r.amount()).orElse(BigDecimal.ZERO),
                    tk.standardRateIfSet().isPresent(), admitted,
                    TimekeeperFact.yearsOfExperience(admitted, invoice.invoiceDate())));
        }
        if (days != null) {
            for (Map.Entry<DayKey, DayTotals> e : days.entrySet()) {
                DayTotals d = e.getValue();
                facts.add(new TimekeeperDay(number, e.getKey().timekeeperId(), e.getKey().date(), d.hours, d.fees,
                        d.lineNumbers.size(), d.lineNumbers, d.largestLine));
            }
        }
        EthicsFacts.addTo(request, facts);
        return new InvoiceFacts(facts, lines, positions, Money.of(total, invoice.currency()));
    }

    /**
     * The parameters in force for the rules of one rule set: the profile's value where it sets one (converted to
     * the documented type), else the documented default. Parameters the profile sets for undocumented rules of the
     * set are passed as given.
     *
     * @param definitions the rule set's rules
     * @param profile the profile
     * @return one fact per parameter
     * @throws InvalidValueException when the profile gives a parameter a value that does not fit its type or its
     *     documented bounds
     */
    public static List<Parameter> parameters(List<RuleDefinition> definitions, GuidelineProfile profile) {
        List<Parameter> out = new ArrayList<>();
        for (RuleDefinition rule : definitions) {
            RuleSettings settings = profile.settings(rule.id());
            for (ParameterDefinition def : rule.parameters()) {
                ParameterValue given = settings.parameters().get(def.name());
                ParameterValue value = given == null ? def.defaultValue()
                        : convert(profile.id(), rule.id(), def, given);
                out.add(fact(rule.id(), def.name(), value));
            }
            for (Map.Entry<String, ParameterValue> e : settings.parameters().entrySet()) {
                if (rule.parameter(e.getKey()).isEmpty()) {
                    out.add(fact(rule.id(), e.getKey(), e.getValue()));
                }
            }
        }
        return out;
    }

    private static ParameterValue convert(String profileId, String ruleId, ParameterDefinition def,
            ParameterValue given) {
        String field = "profile " + profileId + " parameter " + ruleId + "." + def.name();
        ParameterValue value = given.type() == def.type() ? given : numericConversion(def.type(), given);
        if (value == null) {
            throw new InvalidValueException(field, given.asText(), "does not fit the documented type " + def.type());
        }
        def.outOfBounds(value).ifPresent(problem -> {
            throw new InvalidValueException(field, given.asText(), problem);
        });
        return value;
    }

    /** A number given for a parameter of another numeric type (YAML has one kind of number), or null. */
    private static ParameterValue numericConversion(ParameterType target, ParameterValue given) {
        if (!isScalarNumber(target) || !isScalarNumber(given.type())) {
            return null;
        }
        try {
            return new ParameterValue(target, given.decimal(), List.of());
        } catch (InvalidValueException e) {
            return null;
        }
    }

    private static boolean isScalarNumber(ParameterType type) {
        return type == ParameterType.DECIMAL || type == ParameterType.MONEY || type == ParameterType.INTEGER;
    }

    private static Parameter fact(String ruleId, String name, ParameterValue v) {
        return new Parameter(ruleId, name, v.type().name(), v.decimal(), v.strings(), v.entries(), v.isTrue());
    }

    private static UtbmsCodeSet codeSet(CheckRequest request) {
        return request.matter() == null ? UtbmsCodeSet.LITIGATION : request.matter().codeSet();
    }

    private static LineFact lineFact(String invoiceNumber, InvoiceLine line, int position) {
        Timekeeper tk = line.timekeeper();
        BigDecimal rate = line.unitCost() == null ? BigDecimal.ZERO : line.unitCost().amount();
        return new LineFact(invoiceNumber, line.lineNumber(), position, line.sourceLine(), line.type().ledesCode(),
                line.date(), tk == null ? "" : tk.id().value(), tk == null ? "" : tk.classification().code(),
                line.units(), line.type() == LineType.FEE ? line.units() : BigDecimal.ZERO, rate,
                line.adjustment().amount(), line.total().amount(), orEmpty(line.taskCode()),
                orEmpty(line.activityCode()), orEmpty(line.expenseCode()), line.narrative(), line.nonWorkingTravel(),
                line.receipt().name());
    }

    private static MatterFact matterFact(CheckRequest request) {
        Invoice invoice = request.invoice();
        Matter m = request.matter();
        String currency = invoice.currency().getCurrencyCode();
        if (m == null) {
            return new MatterFact(invoice.matter().value(), invoice.client().value(),
                    invoice.clientMatterId().orElse(""), "", "", "", "", "", currency, BigDecimal.ZERO, false);
        }
        return new MatterFact(m.id().value(), m.client().id().value(), m.clientMatterIdIfSet().orElse(""),
                m.practiceArea().name(), m.matterType().name(), m.jurisdiction().code(),
                arrangementName(m.arrangement()), m.codeSet().name(), currency,
                m.budgetIfSet().map(b -> b.amount()).orElse(BigDecimal.ZERO), m.budgetIfSet().isPresent());
    }

    private static MatterFees matterFees(CheckRequest request, BigDecimal fees) {
        Invoice invoice = request.invoice();
        BigDecimal prior = request.priorFees().amount();
        Matter m = request.matter();
        boolean hasBudget = m != null && m.budgetIfSet().isPresent();
        return new MatterFees(invoice.matter().value(), fees, prior, prior.add(fees),
                hasBudget ? m.budget().amount() : BigDecimal.ZERO, hasBudget);
    }

    /** {@code HourlyFee} → {@code HOURLY}, {@code ContingencyFee} → {@code CONTINGENCY}. */
    static String arrangementName(Object arrangement) {
        String simple = arrangement.getClass().getSimpleName().replaceAll("(Fee|Arrangement)$", "");
        return simple.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    private record DayKey(String timekeeperId, LocalDate date) {
    }

    private static final class DayTotals {
        private BigDecimal hours = BigDecimal.ZERO;
        private BigDecimal fees = BigDecimal.ZERO;
        private final List<String> lineNumbers = new ArrayList<>(4);
        private BigDecimal largestUnits;
        private String largestLine;

        void add(InvoiceLine line) {
            hours = hours.add(line.units());
            fees = fees.add(line.total().amount());
            lineNumbers.add(line.lineNumber());
            if (largestUnits == null || line.units().compareTo(largestUnits) >= 0) {
                largestUnits = line.units();
                largestLine = line.lineNumber();
            }
        }
    }
}

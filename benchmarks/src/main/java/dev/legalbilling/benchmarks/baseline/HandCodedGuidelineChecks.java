package dev.legalbilling.benchmarks.baseline;

import dev.legalbilling.invoice.Invoice;
import dev.legalbilling.invoice.InvoiceLine;
import dev.legalbilling.invoice.InvoiceNumber;
import dev.legalbilling.money.Money;
import dev.legalbilling.money.UnitPrice;
import dev.legalbilling.party.Timekeeper;
import dev.legalbilling.party.TimekeeperClassification;
import dev.legalbilling.utbms.UtbmsCode;
import dev.legalbilling.utbms.UtbmsCodeSet;
import dev.legalbilling.work.Receipt;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The 25 rules of the standard guideline pack written by hand in plain Java, exactly as
 * {@code docs/guideline-pack-spec.md} specifies them: the yardstick the Drools pack is timed against, and the oracle
 * its findings are compared with.
 *
 * <p>One pass over the invoice's lines in invoice order, with hash maps for the rules that group lines, then the
 * aggregate and invoice-level rules; no pairwise comparison of lines, so the cost is linear in the number of lines.
 * Fee duplicates and chipping can only involve lines of one timekeeper-day, so they are looked up in small tables
 * kept with that day's hours: one lookup in a large table per fee line. IF and IE lines are never checked, but IF
 * totals count towards the budget.
 *
 * <p>Points the spec leaves open, decided here: a fee line without a timekeeper counts as one unknown timekeeper
 * for the grouping rules, is never among the approved timekeepers, and has no approved rate; codes are compared
 * exactly as written on the line (a blank or absent code is {@code ""}, a task of its own), except that
 * OCG-MISSING-CODE looks their validity up ignoring case and surrounding blanks, as {@code UtbmsCodeSet} does;
 * amounts at stake below zero (lines with a discount larger than their value) are reported as zero;
 * OCG-EXPENSE-CAP reports only the per-unit cap when a line breaches both caps of its code; OCG-BLOCK-BILLING counts
 * the {@code ;}-separated segments that have two or more words, a word holding a letter or digit. Every computed
 * amount is rounded half-up to the currency's minor unit, once, and so is a CAP_AMOUNT suggestion (an amount of
 * money, as the engine's {@code Adjustment.CapAmount} holds it).
 *
 * <p>Immutable and thread-safe: each {@link #check} keeps its working state to itself.
 */
public final class HandCodedGuidelineChecks {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final String NO_TIMEKEEPER = "";
    private static final Map<UtbmsCodeSet, Set<String>> BILLABLE_TASKS = new EnumMap<>(UtbmsCodeSet.class);
    private static final Set<String> ACTIVITIES = UtbmsCodeSet.activities().stream().map(UtbmsCode::code)
            .collect(Collectors.toUnmodifiableSet());
    private static final Set<String> EXPENSES = UtbmsCodeSet.expenses().stream().map(UtbmsCode::code)
            .collect(Collectors.toUnmodifiableSet());

    static {
        for (UtbmsCodeSet set : UtbmsCodeSet.values()) {
            BILLABLE_TASKS.put(set, set.codes().stream().map(UtbmsCode::code).filter(set::isValidTask)
                    .collect(Collectors.toUnmodifiableSet()));
        }
    }

    private final GuidelineProfile profile;
    private final BigDecimal blockBilledShareAtStake;
    private final BigDecimal travelShare;

    /**
     * @param profile the rule parameters; not null
     */
    public HandCodedGuidelineChecks(GuidelineProfile profile) {
        this.profile = Objects.requireNonNull(profile, "profile");
        this.blockBilledShareAtStake = HUNDRED.subtract(profile.blockBillingReductionPercent()).movePointLeft(2);
        this.travelShare = profile.travelRatePercent().movePointLeft(2);
    }

    /** @return the rule parameters */
    public GuidelineProfile profile() {
        return profile;
    }

    /**
     * Checks one invoice against the 25 rules.
     *
     * @param invoice the invoice; not null
     * @param matter its matter's code set, budget and history; not null
     * @return the findings: line findings in the order their lines are met, then the findings of the rules that
     *     sum over the invoice (daily hours, research limit) and the invoice-level ones; never null
     * @throws dev.legalbilling.money.CurrencyMismatchException when an approved rate or the budget is in another
     *     currency than the invoice
     */
    public List<BaselineFinding> check(Invoice invoice, MatterContext matter) {
        Objects.requireNonNull(invoice, "invoice");
        Objects.requireNonNull(matter, "matter");
        Run run = new Run(invoice, matter);
        for (InvoiceLine line : invoice.lines()) {
            switch (line.type()) {
                case FEE -> run.fee(line);
                case EXPENSE -> run.expense(line);
                case FEE_ADJUSTMENT -> run.feeAdjustment(line);
                case EXPENSE_ADJUSTMENT -> {
                    // never checked, not a fee
                }
                default -> throw new IllegalStateException("unknown line type " + line.type());
            }
        }
        run.finish();
        return run.findings;
    }

    private record Day(String who, LocalDate date) {
    }

    private record DateTask(LocalDate date, String task) {
    }

    /** A fee entry as duplicates are compared within one timekeeper-day. */
    private record FeeEntry(BigDecimal units, String narrative) {
    }

    private record ExpenseEntry(LocalDate date, String code, BigDecimal units, BigDecimal rate, String narrative) {
    }

    /** A running sum of hours and the line on which it first went past its cap. */
    private static class Tally {
        BigDecimal hours;
        InvoiceLine crossing;
        int count;

        Tally(BigDecimal hours) {
            this.hours = hours;
        }
    }

    /**
     * One timekeeper's day: its hours, and the entries and small entries by task that duplicates and chipping are
     * looked up in, kept with the day so that each fee line needs one lookup in a large table, not three.
     */
    private static final class DayTally extends Tally {
        final Set<FeeEntry> entries = new HashSet<>(8);
        Map<String, Tally> smallEntriesByTask;

        DayTally() {
            super(BigDecimal.ZERO);
        }
    }

    /** The working state of one check. */
    private final class Run {
        final List<BaselineFinding> findings = new ArrayList<>();
        final Invoice invoice;
        final InvoiceNumber number;
        final Currency currency;
        final MatterContext matter;
        final Set<String> billableTasks;
        final Map<Day, DayTally> days;
        final List<Tally> daysOverCap = new ArrayList<>();
        final Map<LocalDate, String> firstInternalConference = new HashMap<>();
        final Map<DateTask, Map<String, Integer>> attendees = new HashMap<>();
        final Tally research;
        final Set<ExpenseEntry> expenseEntries = new HashSet<>();
        Money fees;

        Run(Invoice invoice, MatterContext matter) {
            int lines = invoice.lines().size();
            this.days = new HashMap<>(capacityFor(lines));
            this.invoice = invoice;
            this.number = invoice.number();
            this.currency = invoice.currency();
            this.matter = matter;
            this.billableTasks = BILLABLE_TASKS.get(matter.effectiveCodeSet());
            this.research = new Tally(matter.priorResearchHours());
            this.fees = Money.zero(currency);
        }

        void fee(InvoiceLine line) {
            fees = fees.plus(line.total());
            String narrative = Narratives.normalise(line.narrative());
            BigDecimal units = line.units();
            BigDecimal rate = line.unitCost().amount();
            Timekeeper timekeeper = line.timekeeper();
            String who = timekeeper == null ? NO_TIMEKEEPER : timekeeper.id().value();
            String task = orEmpty(line.taskCode());
            String activity = orEmpty(line.activityCode());
            LocalDate date = line.date();

            BigDecimal increment = profile.increment();
            if (units.remainder(increment).signum() != 0) {
                BigDecimal floored = units.divide(increment, 0, RoundingMode.FLOOR).multiply(increment);
                add(GuidelineRule.INCREMENT, line, money(units.subtract(floored).multiply(rate)),
                        SuggestionKind.REDUCE_UNITS, floored);
            }
            if (Narratives.taskCount(narrative) >= profile.blockBillingMinTasks()) {
                add(GuidelineRule.BLOCK_BILLING, line,
                        money(line.total().amount().multiply(blockBilledShareAtStake)),
                        SuggestionKind.BILL_AT_PERCENT, profile.blockBillingReductionPercent());
            }
            if (Narratives.wordCount(narrative) < profile.vagueMinWords()
                    || Narratives.matchesAny(narrative, profile.vaguePhrases())) {
                add(GuidelineRule.VAGUE_DESCRIPTION, line, stake(line.total()), SuggestionKind.NONE, null);
            }
            DayTally day = days.computeIfAbsent(new Day(who, date), k -> new DayTally());
            day.hours = day.hours.add(units);
            if (day.crossing == null && day.hours.compareTo(profile.dailyMaxHours()) > 0) {
                day.crossing = line;
                daysOverCap.add(day);
            }
            if (units.compareTo(profile.longEntryMaxHours()) > 0) {
                add(GuidelineRule.LONG_ENTRY, line,
                        money(units.subtract(profile.longEntryMaxHours()).multiply(rate)),
                        SuggestionKind.REDUCE_UNITS, profile.longEntryMaxHours());
            }
            if (Narratives.matchesAny(narrative, profile.clericalPhrases())) {
                add(GuidelineRule.CLERICAL, line, stake(line.total()), SuggestionKind.DISALLOW, null);
            }
            if ("A105".equals(activity)) {
                if (!profile.internalConferenceAllowed()
                        || !firstInternalConference.computeIfAbsent(date, k -> who).equals(who)) {
                    add(GuidelineRule.INTERNAL_CONFERENCE, line, stake(line.total()), SuggestionKind.DISALLOW, null);
                }
            }
            if ("A109".equals(activity)) {
                Map<String, Integer> present = attendees.computeIfAbsent(new DateTask(date, task),
                        k -> new HashMap<>());
                int rank = present.computeIfAbsent(who, k -> present.size());
                if (rank >= profile.maxAttendees()) {
                    add(GuidelineRule.MULTIPLE_ATTENDEES, line, stake(line.total()), SuggestionKind.DISALLOW, null);
                }
            }
            if (line.nonWorkingTravel() || "B195".equals(task)
                    || Narratives.matchesAny(narrative, profile.travelPhrases())) {
                BigDecimal allowed = units.multiply(rate).multiply(travelShare);
                if (line.total().amount().compareTo(allowed) > 0) {
                    add(GuidelineRule.TRAVEL, line, money(line.total().amount().subtract(allowed)),
                            SuggestionKind.BILL_AT_PERCENT, profile.travelRatePercent());
                }
            }
            if (timekeeper != null) {
                UnitPrice approved = profile.approvedRates().get(timekeeper.id());
                if (approved == null && (profile.approvedTimekeepers().isEmpty()
                        || profile.approvedTimekeepers().contains(timekeeper.id()))) {
                    approved = profile.approvedClassRates().get(timekeeper.classification()); // approved staff only
                }
                if (approved != null && line.unitCost().compareTo(approved) > 0) {
                    BigDecimal over = rate.subtract(approved.amount()).multiply(units);
                    add(GuidelineRule.RATE_ABOVE_APPROVED, line, money(over), SuggestionKind.CAP_AMOUNT,
                            money(line.total().amount().subtract(over)).amount());
                }
            }
            if (!profile.approvedTimekeepers().isEmpty()
                    && (timekeeper == null || !profile.approvedTimekeepers().contains(timekeeper.id()))) {
                add(GuidelineRule.UNAPPROVED_TIMEKEEPER, line, stake(line.total()), SuggestionKind.DISALLOW, null);
            }
            if (timekeeper != null
                    && profile.seniorClassifications().contains(timekeeper.classification())
                    && profile.juniorActivities().contains(activity)) {
                add(GuidelineRule.STAFFING_LEVEL, line, stake(line.total()), SuggestionKind.NONE, null);
            }
            if ("A102".equals(activity)) {
                research.hours = research.hours.add(units);
                if (research.crossing == null && research.hours.compareTo(profile.researchMaxHours()) > 0) {
                    research.crossing = line;
                }
            }
            if (Narratives.matchesAny(narrative, profile.trainingPhrases()) || (timekeeper != null
                    && (timekeeper.classification() == TimekeeperClassification.TRANEE
                            || timekeeper.classification() == TimekeeperClassification.LGLINT))) {
                add(GuidelineRule.TRAINING, line, stake(line.total()), SuggestionKind.DISALLOW, null);
            }
            if (units.compareTo(profile.chippingSmallEntryHours()) <= 0) {
                if (day.smallEntriesByTask == null) {
                    day.smallEntriesByTask = new HashMap<>(4);
                }
                Tally chip = day.smallEntriesByTask.computeIfAbsent(task, k -> new Tally(BigDecimal.ZERO));
                if (chip.count++ == 0) {
                    chip.crossing = line;
                }
                if (chip.count == profile.chippingMinEntries()) {
                    add(GuidelineRule.CHIPPING, chip.crossing, Money.zero(currency), SuggestionKind.NONE, null);
                }
            }
            if (!day.entries.add(new FeeEntry(units.stripTrailingZeros(), narrative))) {
                add(GuidelineRule.DUPLICATE_ENTRY, line, stake(line.total()), SuggestionKind.DISALLOW, null);
            }
            dated(line);
            if (!billableTasks.contains(validityKey(task)) || !ACTIVITIES.contains(validityKey(activity))) {
                add(GuidelineRule.MISSING_CODE, line, Money.zero(currency), SuggestionKind.NONE, null);
            }
        }

        void expense(InvoiceLine line) {
            String narrative = Narratives.normalise(line.narrative());
            String code = orEmpty(line.expenseCode());
            BigDecimal units = line.units();
            BigDecimal rate = line.unitCost().amount();
            BigDecimal total = line.total().amount();

            if (!expenseEntries.add(new ExpenseEntry(line.date(), code, units.stripTrailingZeros(),
                    rate.stripTrailingZeros(), narrative))) {
                add(GuidelineRule.DUPLICATE_ENTRY, line, stake(line.total()), SuggestionKind.DISALLOW, null);
            }
            dated(line);
            if (!EXPENSES.contains(validityKey(code))) {
                add(GuidelineRule.MISSING_CODE, line, Money.zero(currency), SuggestionKind.NONE, null);
            }
            if (profile.disallowedExpenseCodes().contains(code)) {
                add(GuidelineRule.EXPENSE_NOT_ALLOWED, line, stake(line.total()), SuggestionKind.DISALLOW, null);
            }
            BigDecimal unitCap = profile.expenseUnitCaps().get(code);
            BigDecimal itemCap = profile.expenseItemCaps().get(code);
            if (unitCap != null && rate.compareTo(unitCap) > 0) {
                // spec clarification 16: a line over both caps reports the per-unit one only
                add(GuidelineRule.EXPENSE_CAP, line, money(rate.subtract(unitCap).multiply(units)),
                        SuggestionKind.CAP_AMOUNT, money(unitCap.multiply(units)).amount());
            } else if (itemCap != null && total.compareTo(itemCap) > 0) {
                add(GuidelineRule.EXPENSE_CAP, line, money(total.subtract(itemCap)), SuggestionKind.CAP_AMOUNT,
                        itemCap);
            }
            if (line.receipt() == Receipt.MISSING && total.compareTo(profile.receiptThreshold()) > 0) {
                add(GuidelineRule.RECEIPT_REQUIRED, line, stake(line.total()), SuggestionKind.NONE, null);
            }
            if (profile.travelExpenseCodes().contains(code)
                    && Narratives.matchesAny(narrative, profile.luxuryPhrases())) {
                add(GuidelineRule.TRAVEL_CLASS, line, Money.zero(currency), SuggestionKind.NONE, null);
            }
        }

        void feeAdjustment(InvoiceLine line) {
            fees = fees.plus(line.total());
        }

        /** OCG-OUTSIDE-PERIOD and OCG-LATE-ENTRY, shared by fee and expense lines. */
        private void dated(InvoiceLine line) {
            LocalDate date = line.date();
            if (date.isBefore(invoice.periodStart()) || date.isAfter(invoice.periodEnd())) {
                add(GuidelineRule.OUTSIDE_PERIOD, line, stake(line.total()), SuggestionKind.DISALLOW, null);
            }
            if (ChronoUnit.DAYS.between(date, invoice.invoiceDate()) > profile.lateEntryMaxAgeDays()) {
                add(GuidelineRule.LATE_ENTRY, line, stake(line.total()), SuggestionKind.DISALLOW, null);
            }
        }

        void finish() {
            for (Tally day : daysOverCap) {
                overCap(GuidelineRule.DAILY_HOURS, day, profile.dailyMaxHours());
            }
            if (research.crossing != null) {
                overCap(GuidelineRule.RESEARCH_LIMIT, research, profile.researchMaxHours());
            }
            if (ChronoUnit.DAYS.between(invoice.periodEnd(), invoice.invoiceDate())
                    > profile.lateSubmissionMaxDays()) {
                findings.add(new BaselineFinding(GuidelineRule.LATE_SUBMISSION.id(), number, "",
                        Money.zero(currency), SuggestionKind.NONE, null));
            }
            Money budget = matter.budget();
            if (budget != null) {
                Money prior = matter.priorBilledFees() == null ? Money.zero(budget.currency())
                        : matter.priorBilledFees();
                Money billed = prior.plus(fees);
                if (billed.isGreaterThan(budget)) {
                    Money remaining = budget.minus(prior).max(Money.zero(budget.currency()));
                    findings.add(new BaselineFinding(GuidelineRule.BUDGET.id(), number, "", billed.minus(budget),
                            SuggestionKind.CAP_AMOUNT, remaining.amount()));
                }
            }
        }

        /** A finding on the line whose running sum first went past the cap, for the whole excess. */
        private void overCap(GuidelineRule rule, Tally tally, BigDecimal cap) {
            BigDecimal excess = tally.hours.subtract(cap);
            InvoiceLine line = tally.crossing;
            add(rule, line, money(excess.multiply(line.unitCost().amount())), SuggestionKind.REDUCE_UNITS,
                    line.units().subtract(excess).max(BigDecimal.ZERO));
        }

        private void add(GuidelineRule rule, InvoiceLine line, Money amount, SuggestionKind kind, BigDecimal value) {
            findings.add(new BaselineFinding(rule.id(), number, line.lineNumber(), amount, kind, value));
        }

        /** An exact amount rounded half-up once to the currency's minor unit; zero when below zero. */
        private Money money(BigDecimal exact) {
            return stake(Money.rounded(exact, currency, RoundingMode.HALF_UP));
        }

        private Money stake(Money amount) {
            return amount.isNegative() ? Money.zero(currency) : amount;
        }
    }

    /** A hash table capacity that holds {@code entries} without resizing. */
    private static int capacityFor(int entries) {
        return entries + entries / 3 + 1;
    }

    /** A code as the rules compare it (spec clarifications 9 and 15: exactly); absent is {@code ""}. */
    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    /** A code as its validity is looked up: {@code UtbmsCodeSet} ignores case and surrounding blanks. */
    private static String validityKey(String value) {
        return value.strip().toUpperCase(Locale.ROOT);
    }
}

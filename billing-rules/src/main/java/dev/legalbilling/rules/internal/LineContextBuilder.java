package dev.legalbilling.rules.internal;

import dev.legalbilling.rules.fact.InvoiceFact;
import dev.legalbilling.rules.fact.LineContext;
import dev.legalbilling.rules.fact.LineFact;
import dev.legalbilling.rules.fact.Narrative;
import dev.legalbilling.rules.fact.Parameters;
import dev.legalbilling.utbms.UtbmsCodeSet;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Works out each line's {@link LineContext} in two passes over the lines, with hash maps keyed by the groups a
 * rule compares lines within (timekeeper and day, activity, day and activity, day, task and activity, timekeeper,
 * day and task, duplicate key): linear in the number of lines, whatever the rules do with the result. The first pass keeps, per line, the
 * running values and its groups; the second reads the groups' final totals and head counts. Not thread-safe; one
 * per check.
 */
final class LineContextBuilder {
    private static final String FEE = "F";

    private final UtbmsCodeSet codeSet;
    private final List<Pending> pending;
    private final Map<DayKey, Sum> dayHours;
    private final Map<String, Sum> activityHours = new HashMap<>();
    private final Map<DayActivityKey, Ranks> dayActivityRanks;
    private final Map<DayTaskActivityKey, Ranks> dayTaskActivityRanks;
    private final Map<DayTaskKey, Count> taskDays;
    private final Map<Object, String> firstByDuplicateKey;
    /** Code validity by code as written: an invoice uses few distinct codes, each looked up once. */
    private final Map<String, Boolean> billableTasks = new HashMap<>();
    private final Map<String, Boolean> knownActivities = new HashMap<>();
    private final Map<String, Boolean> knownExpenses = new HashMap<>();
    private final Parameters parameters;
    private final InvoiceFact invoice;

    /**
     * @param invoice the invoice the lines are on, which every context carries
     * @param codeSet the matter's UTBMS code set (task codes are checked against it)
     * @param expectedLines how many lines will be added, for sizing
     * @param parameters the parameters in force, which every context carries
     */
    LineContextBuilder(InvoiceFact invoice, UtbmsCodeSet codeSet, int expectedLines, Parameters parameters) {
        this.invoice = invoice;
        this.codeSet = codeSet;
        this.parameters = parameters;
        this.pending = new ArrayList<>(expectedLines);
        // every line may open a group of its own: sized so that the tables never grow while the lines are added
        this.dayHours = new HashMap<>(capacity(expectedLines));
        this.dayActivityRanks = new HashMap<>(capacity(expectedLines));
        this.dayTaskActivityRanks = new HashMap<>(capacity(expectedLines));
        this.taskDays = new HashMap<>(capacity(expectedLines));
        this.firstByDuplicateKey = new HashMap<>(capacity(expectedLines));
    }

    /** @return a hash map capacity that holds {@code entries} without growing (Java 19's HashMap.newHashMap) */
    static int capacity(int entries) {
        return (int) Math.ceil(entries / 0.75);
    }

    /** @param line the next line in invoice order */
    void add(LineFact line) {
        Narrative narrative = Narrative.of(line.narrative());
        Pending p = new Pending(line, narrative);
        if (line.type().equals(FEE)) {
            p.day = dayHours.computeIfAbsent(new DayKey(line.timekeeperId(), line.date()), k -> new Sum());
            p.dayHoursBefore = p.day.add(line.units());
            p.dayHoursThrough = p.day.total;
            p.activity = activityHours.computeIfAbsent(line.activityCode(), k -> new Sum());
            p.activityHoursBefore = p.activity.add(line.units());
            p.activityHoursThrough = p.activity.total;
            p.activityEntry = p.activity.count;
            p.dayActivity = dayActivityRanks.computeIfAbsent(new DayActivityKey(line.date(), line.activityCode()),
                    k -> new Ranks());
            p.dayActivityRank = p.dayActivity.rankOf(line.timekeeperId());
            p.dayTaskActivity = dayTaskActivityRanks.computeIfAbsent(
                    new DayTaskActivityKey(line.date(), line.taskCode(), line.activityCode()), k -> new Ranks());
            p.dayTaskActivityRank = p.dayTaskActivity.rankOf(line.timekeeperId());
            p.taskDay = taskDays.computeIfAbsent(new DayTaskKey(line.timekeeperId(), line.date(), line.taskCode()),
                    k -> new Count());
            p.taskDayEntry = ++p.taskDay.count;
            p.duplicateOf = firstByDuplicateKey.putIfAbsent(new FeeKey(line.timekeeperId(), line.date(),
                    line.units().stripTrailingZeros(), narrative.text()), line.lineNumber());
        } else if (line.type().equals("E")) {
            p.duplicateOf = firstByDuplicateKey.putIfAbsent(new ExpenseKey(line.date(), line.expenseCode(),
                    line.units().stripTrailingZeros(), line.rate().stripTrailingZeros(), narrative.text()),
                    line.lineNumber());
        }
        pending.add(p);
    }

    /** @return one context per added line, in the order added */
    List<LineContext> build() {
        List<LineContext> out = new ArrayList<>(pending.size());
        for (Pending p : pending) {
            LineFact l = p.line;
            boolean fee = l.type().equals(FEE);
            out.add(new LineContext(l, invoice, p.narrative, fee ? p.day.total : BigDecimal.ZERO, p.dayHoursBefore,
                    p.dayHoursThrough, fee ? p.activity.total : BigDecimal.ZERO, p.activityHoursBefore,
                    p.activityHoursThrough, p.activityEntry, p.dayActivityRank,
                    fee ? p.dayActivity.size() : 0, p.dayTaskActivityRank, fee ? p.dayTaskActivity.size() : 0,
                    p.taskDayEntry, fee ? p.taskDay.count : 0, p.duplicateOf == null ? "" : p.duplicateOf,
                    billableTasks.computeIfAbsent(l.taskCode(), codeSet::isValidTask),
                    knownActivities.computeIfAbsent(l.activityCode(), c -> UtbmsCodeSet.activity(c).isPresent()),
                    knownExpenses.computeIfAbsent(l.expenseCode(), c -> UtbmsCodeSet.expense(c).isPresent()),
                    parameters));
        }
        return out;
    }

    /** A running sum of hours and the number of lines in it. */
    private static final class Sum {
        private BigDecimal total = BigDecimal.ZERO;
        private int count;

        /** @return the total before adding */
        BigDecimal add(BigDecimal units) {
            BigDecimal before = total;
            total = total.add(units);
            count++;
            return before;
        }
    }

    /** The number of lines in a group. */
    private static final class Count {
        private int count;
    }

    /** Timekeepers of a group ranked by their first line in it. */
    private static final class Ranks {
        private final Map<String, Integer> ranks = new HashMap<>(4);

        int rankOf(String timekeeperId) {
            return ranks.computeIfAbsent(timekeeperId, k -> ranks.size() + 1);
        }

        int size() {
            return ranks.size();
        }
    }

    /** What the first pass learns about one line. */
    private static final class Pending {
        private final LineFact line;
        private final Narrative narrative;
        private Sum day;
        private BigDecimal dayHoursBefore = BigDecimal.ZERO;
        private BigDecimal dayHoursThrough = BigDecimal.ZERO;
        private Sum activity;
        private BigDecimal activityHoursBefore = BigDecimal.ZERO;
        private BigDecimal activityHoursThrough = BigDecimal.ZERO;
        private int activityEntry;
        private Ranks dayActivity;
        private int dayActivityRank;
        private Ranks dayTaskActivity;
        private int dayTaskActivityRank;
        private Count taskDay;
        private int taskDayEntry;
        private String duplicateOf;

        Pending(LineFact line, Narrative narrative) {
            this.line = line;
            this.narrative = narrative;
        }
    }

    private record DayKey(String timekeeperId, LocalDate date) {
    }

    private record DayActivityKey(LocalDate date, String activityCode) {
    }

    private record DayTaskActivityKey(LocalDate date, String taskCode, String activityCode) {
    }

    private record DayTaskKey(String timekeeperId, LocalDate date, String taskCode) {
    }

    private record FeeKey(String timekeeperId, LocalDate date, BigDecimal units, String narrative) {
    }

    private record ExpenseKey(LocalDate date, String expenseCode, BigDecimal units, BigDecimal rate,
            String narrative) {
    }
}

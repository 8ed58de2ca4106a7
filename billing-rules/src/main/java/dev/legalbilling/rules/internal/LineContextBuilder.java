package dev.legalbilling.rules.internal;

import dev.legalbilling.rules.fact.LineContext;
import dev.legalbilling.rules.fact.LineFact;
import dev.legalbilling.rules.fact.Narrative;
import dev.legalbilling.utbms.UtbmsCodeSet;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Works out each line's {@link LineContext} in two passes over the lines, with hash maps keyed by the groups a
 * rule compares lines within (timekeeper and day, activity, day and activity, day, task and activity, duplicate
 * key): linear in the number of lines, whatever the rules do with the result. Not thread-safe; one per check.
 */
final class LineContextBuilder {
    private static final String FEE = "F";

    private final String invoiceNumber;
    private final UtbmsCodeSet codeSet;
    private final List<Pending> pending;
    private final Map<DayKey, BigDecimal> dayHours = new HashMap<>();
    private final Map<String, BigDecimal> activityHours = new HashMap<>();
    private final Map<String, Integer> activityEntries = new HashMap<>();
    private final Map<DayActivityKey, Map<String, Integer>> dayActivityRanks = new HashMap<>();
    private final Map<DayTaskActivityKey, Map<String, Integer>> dayTaskActivityRanks = new HashMap<>();
    private final Map<Object, String> firstByDuplicateKey = new HashMap<>();

    /**
     * @param invoiceNumber the invoice
     * @param codeSet the matter's UTBMS code set (task codes are checked against it)
     * @param expectedLines how many lines will be added, for sizing
     */
    LineContextBuilder(String invoiceNumber, UtbmsCodeSet codeSet, int expectedLines) {
        this.invoiceNumber = invoiceNumber;
        this.codeSet = codeSet;
        this.pending = new ArrayList<>(expectedLines);
    }

    /** @param line the next line in invoice order */
    void add(LineFact line) {
        Narrative narrative = Narrative.of(line.narrative());
        Pending p = new Pending(line, narrative);
        if (line.type().equals(FEE)) {
            BigDecimal units = line.units();
            DayKey day = new DayKey(line.timekeeperId(), line.date());
            p.dayHoursBefore = dayHours.getOrDefault(day, BigDecimal.ZERO);
            dayHours.put(day, p.dayHoursBefore.add(units));
            p.activityHoursBefore = activityHours.getOrDefault(line.activityCode(), BigDecimal.ZERO);
            activityHours.put(line.activityCode(), p.activityHoursBefore.add(units));
            p.activityEntry = activityEntries.merge(line.activityCode(), 1, Integer::sum);
            p.dayActivityRank = rank(dayActivityRanks.computeIfAbsent(
                    new DayActivityKey(line.date(), line.activityCode()), k -> new HashMap<>(4)), line);
            p.dayTaskActivityRank = rank(dayTaskActivityRanks.computeIfAbsent(
                    new DayTaskActivityKey(line.date(), line.taskCode(), line.activityCode()), k -> new HashMap<>(4)),
                    line);
            p.duplicateOf = firstByDuplicateKey.putIfAbsent(new FeeKey(line.timekeeperId(), line.date(),
                    line.units().stripTrailingZeros(), narrative.text()), line.lineNumber());
        } else if (line.type().equals("E")) {
            p.duplicateOf = firstByDuplicateKey.putIfAbsent(new ExpenseKey(line.date(), line.expenseCode(),
                    line.units().stripTrailingZeros(), line.rate().stripTrailingZeros(), narrative.text()),
                    line.lineNumber());
        }
        pending.add(p);
    }

    private static int rank(Map<String, Integer> ranks, LineFact line) {
        return ranks.computeIfAbsent(line.timekeeperId(), k -> ranks.size() + 1);
    }

    /** @return one context per added line, in the order added */
    List<LineContext> build() {
        List<LineContext> out = new ArrayList<>(pending.size());
        for (Pending p : pending) {
            LineFact l = p.line;
            boolean fee = l.type().equals(FEE);
            BigDecimal day = fee ? dayHours.get(new DayKey(l.timekeeperId(), l.date())) : BigDecimal.ZERO;
            BigDecimal activity = fee ? activityHours.get(l.activityCode()) : BigDecimal.ZERO;
            int dayActivityTimekeepers = fee
                    ? dayActivityRanks.get(new DayActivityKey(l.date(), l.activityCode())).size() : 0;
            int dayTaskActivityTimekeepers = fee ? dayTaskActivityRanks.get(
                    new DayTaskActivityKey(l.date(), l.taskCode(), l.activityCode())).size() : 0;
            BigDecimal units = fee ? l.units() : BigDecimal.ZERO;
            out.add(new LineContext(invoiceNumber, l.lineNumber(), l.position(), l.type(), p.narrative, day,
                    p.dayHoursBefore, p.dayHoursBefore.add(units), activity, p.activityHoursBefore,
                    p.activityHoursBefore.add(units), p.activityEntry, p.dayActivityRank, dayActivityTimekeepers,
                    p.dayTaskActivityRank, dayTaskActivityTimekeepers, p.duplicateOf == null ? "" : p.duplicateOf,
                    codeSet.isValidTask(l.taskCode()), UtbmsCodeSet.activity(l.activityCode()).isPresent(),
                    UtbmsCodeSet.expense(l.expenseCode()).isPresent()));
        }
        return out;
    }

    /** What the first pass learns about one line. */
    private static final class Pending {
        private final LineFact line;
        private final Narrative narrative;
        private BigDecimal dayHoursBefore = BigDecimal.ZERO;
        private BigDecimal activityHoursBefore = BigDecimal.ZERO;
        private int activityEntry;
        private int dayActivityRank;
        private int dayTaskActivityRank;
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

    private record FeeKey(String timekeeperId, LocalDate date, BigDecimal units, String narrative) {
    }

    private record ExpenseKey(LocalDate date, String expenseCode, BigDecimal units, BigDecimal rate,
            String narrative) {
    }
}

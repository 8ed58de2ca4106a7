package dev.legalbilling.testkit;

import dev.legalbilling.invoice.Invoice;
import dev.legalbilling.invoice.InvoiceLine;
import dev.legalbilling.invoice.InvoiceNumber;
import dev.legalbilling.invoice.LineType;
import dev.legalbilling.money.UnitPrice;
import dev.legalbilling.party.ClientId;
import dev.legalbilling.party.MatterId;
import dev.legalbilling.party.Timekeeper;
import dev.legalbilling.party.TimekeeperClassification;
import dev.legalbilling.party.TimekeeperId;
import dev.legalbilling.work.Receipt;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * Generates realistic litigation invoices, deterministically from a seed, with a known share of guideline
 * violations of each kind: the data behind benchmarks, samples and volume tests.
 *
 * <p>An invoice covers one calendar month (its 20-odd working days) for one matter. Fee lines are spread evenly
 * over the working days and a roster of timekeepers that grows with the invoice (one timekeeper per 100 lines, at
 * least 8), so that ordinary days stay under 8 hours and each timekeeper-day has at most five entries; ordinary
 * entries use specific narratives, tenth-of-an-hour units, valid UTBMS codes and the roster's approved rates.
 * A share of lines ({@link Builder#violationsPerThousand(int)}) is then given exactly one seeded
 * {@link Violation}, chosen in turn so every kind appears. Which lines were seeded is reported in
 * {@link Generated#seeded()}; whether a rule fires on them depends on the rule's thresholds (the defaults of the
 * standard guideline pack: 10 h a day, 8 h an entry, $0.10 a copy, $50 a meal, $75 receipt threshold).
 *
 * <p>Not thread-safe: one generator per thread. The same seed and calls give identical invoices.
 */
public final class InvoiceGenerator {
    /** What a seeded line breaks. */
    public enum Violation {
        /** A 7.9 h entry on a day that already has entries: the day goes past 10 h. */
        DAILY_HOURS,
        /** A 9.5 h single entry. */
        LONG_ENTRY,
        /** Units not a multiple of 0.1 h (e.g. 0.25). */
        INCREMENT,
        /** Several tasks lumped in one narrative, separated by semicolons. */
        BLOCK_BILLING,
        /** A vague narrative such as "Attention to matter". */
        VAGUE_DESCRIPTION,
        /** Clerical work such as Bates stamping. */
        CLERICAL,
        /** Intra-firm conference (A105). */
        INTERNAL_CONFERENCE,
        /** Non-working travel billed at the full rate. */
        TRAVEL,
        /** Rate 15 % above the approved rate. */
        RATE_ABOVE_APPROVED,
        /** A timekeeper who is not on the approved roster. */
        UNAPPROVED_TIMEKEEPER,
        /** A partner doing data/file management (A110). */
        STAFFING_LEVEL,
        /** Time spent getting up to speed on the file. */
        TRAINING,
        /** A copy of the previous fee line: same timekeeper, date, hours and narrative. */
        DUPLICATE_ENTRY,
        /** Dated the day after the billing period. */
        OUTSIDE_PERIOD,
        /** A fee line with no task code. */
        MISSING_CODE,
        /** A fax charge (E104), overhead most guidelines disallow. */
        EXPENSE_NOT_ALLOWED,
        /** Copies at $0.25 a page. */
        EXPENSE_CAP,
        /** A $180.00 expense with no receipt. */
        RECEIPT_REQUIRED,
        /** First-class airfare. */
        TRAVEL_CLASS
    }

    /**
     * A generated invoice with the lines that were seeded with a violation.
     *
     * @param invoice the invoice (draft)
     * @param seeded line number → the violation injected on that line, in line order
     * @param roster the approved timekeepers of the invoice's matter
     * @param approvedRates approved hourly rate per approved timekeeper
     */
    public record Generated(Invoice invoice, Map<String, Violation> seeded, List<Timekeeper> roster,
            Map<TimekeeperId, UnitPrice> approvedRates) {
        /** Copies the collections. */
        public Generated {
            seeded = Collections.unmodifiableMap(new LinkedHashMap<>(seeded));
            roster = List.copyOf(roster);
            approvedRates = Map.copyOf(approvedRates);
        }

        /** @return how many lines were seeded with each violation */
        public Map<Violation, Integer> counts() {
            Map<Violation, Integer> counts = new EnumMap<>(Violation.class);
            seeded.values().forEach(v -> counts.merge(v, 1, Integer::sum));
            return counts;
        }
    }

    private static final Currency USD = Currency.getInstance("USD");
    private static final BigDecimal TENTH = new BigDecimal("0.1");
    private static final String[] TASKS = {"L110", "L120", "L130", "L160", "L210", "L240", "L250", "L310", "L320",
        "L330", "L340", "L350", "L410", "L420", "L440"};
    private static final String[][] NARRATIVES = {
        {"A101", "Prepare outline for deposition of plaintiff's treating physician"},
        {"A101", "Prepare witness for cross-examination on causation opinions"},
        {"A102", "Research case law on spoliation sanctions in the Second Circuit"},
        {"A102", "Research admissibility of prior similar incidents under Rule 403"},
        {"A103", "Draft opposition to motion to compel production of sales emails"},
        {"A103", "Revise expert disclosure for damages expert per client comments"},
        {"A103", "Draft responses to plaintiff's second set of interrogatories"},
        {"A104", "Review and analyze plaintiff's answers to second interrogatories"},
        {"A104", "Analyze medical records produced by plaintiff for causation issues"},
        {"A106", "Telephone conference with client regarding settlement authority"},
        {"A106", "Report to client on outcome of mediation session and next steps"},
        {"A107", "Correspondence with co-defendant's counsel regarding joint defense agreement"},
        {"A108", "Conference with opposing counsel regarding discovery schedule and protective order"},
        {"A109", "Attend deposition of plaintiff's liability expert"},
        {"A109", "Attend hearing on motion for summary judgment before Judge Ruiz"},
    };
    private static final String[] PARALEGAL_NARRATIVES = {
        "Prepare privilege log entries for third production volume",
        "Cite-check opposition brief to summary judgment motion",
        "Summarize deposition transcript of plant manager",
    };
    private static final String[] FIRST = {"Maria", "James", "Aisha", "Chen", "Olga", "Pedro", "Grace", "Tomas",
        "Nadia", "Samuel", "Ines", "Victor"};
    private static final String[] LAST = {"Alvarez", "Brennan", "Okafor", "Liang", "Petrova", "Santos", "Whitfield",
        "Novak", "Haddad", "Kimura", "Moreau", "Lindqvist"};

    private final SplittableRandom random;
    private final int violationsPerThousand;
    private final int expensesPerThousand;
    private final LocalDate month;
    private int invoiceCounter;

    private InvoiceGenerator(Builder b) {
        this.random = new SplittableRandom(b.seed);
        this.violationsPerThousand = b.violationsPerThousand;
        this.expensesPerThousand = b.expensesPerThousand;
        this.month = b.month;
    }

    /**
     * @param seed the random seed; the same seed gives the same invoices
     * @return a builder with defaults: 50 violations and 100 expenses per 1,000 lines, January 2026
     */
    public static Builder builder(long seed) {
        return new Builder(seed);
    }

    /**
     * @param lines number of lines, at least 1
     * @return the next invoice, numbered {@code INV-000001}, {@code INV-000002}, … for matter {@code M-<n>}
     */
    public Generated next(int lines) {
        if (lines < 1) {
            throw new IllegalArgumentException("lines must be at least 1, was " + lines);
        }
        invoiceCounter++;
        List<LocalDate> days = workingDays(month);
        LocalDate start = month.withDayOfMonth(1);
        LocalDate end = month.withDayOfMonth(month.lengthOfMonth());
        List<Timekeeper> roster = roster(Math.max(8, (lines + 99) / 100));
        Map<TimekeeperId, UnitPrice> approved = new LinkedHashMap<>();
        roster.forEach(t -> approved.put(t.id(), t.standardRate()));
        List<Timekeeper> feeKeepers = new ArrayList<>(roster);
        Map<String, Violation> seeded = new LinkedHashMap<>();
        List<InvoiceLine> out = new ArrayList<>(lines);
        int slot = 0;
        int violationTurn = invoiceCounter;
        for (int i = 1; i <= lines; i++) {
            String number = String.valueOf(i);
            boolean expense = random.nextInt(1000) < expensesPerThousand;
            Violation violation = null;
            if (random.nextInt(1000) < violationsPerThousand) {
                violation = Violation.values()[violationTurn++ % Violation.values().length];
                if (violation == Violation.DUPLICATE_ENTRY && (out.isEmpty() || out.get(out.size() - 1)
                        .type() != LineType.FEE)) {
                    violation = Violation.VAGUE_DESCRIPTION;
                }
                expense = isExpenseViolation(violation);
            }
            int s = slot++;
            LocalDate day = days.get(s % days.size());
            Timekeeper tk = feeKeepers.get((s / days.size()) % feeKeepers.size());
            InvoiceLine line = expense ? expense(number, day, violation) : fee(number, day, tk, violation, out,
                    approved, end);
            if (violation != null) {
                seeded.put(number, violation);
            }
            out.add(line);
        }
        Invoice invoice = Invoice.builder(InvoiceNumber.of(String.format("INV-%06d", invoiceCounter)),
                ClientId.of("ACME-INS"), MatterId.of("M-" + invoiceCounter))
                .clientMatterId("CLM-" + (40000 + invoiceCounter)).lawFirmId("24-6437381")
                .invoiceDate(end.plusDays(5)).period(start, end).description("Professional services")
                .currency(USD).lines(out).build();
        return new Generated(invoice, seeded, roster, approved);
    }

    private static boolean isExpenseViolation(Violation v) {
        return v == Violation.EXPENSE_NOT_ALLOWED || v == Violation.EXPENSE_CAP || v == Violation.RECEIPT_REQUIRED
                || v == Violation.TRAVEL_CLASS;
    }

    private InvoiceLine fee(String number, LocalDate day, Timekeeper tk, Violation v, List<InvoiceLine> previous,
            Map<TimekeeperId, UnitPrice> approved, LocalDate periodEnd) {
        if (v == Violation.DUPLICATE_ENTRY) {
            InvoiceLine p = previous.get(previous.size() - 1);
            return InvoiceLine.builder(number, LineType.FEE, p.date()).timekeeper(p.timekeeper()).units(p.units())
                    .unitCost(p.unitCost()).codes(p.taskCode(), p.activityCode()).narrative(p.narrative())
                    .price(RoundingMode.HALF_UP);
        }
        boolean paralegal = tk.classification() == TimekeeperClassification.PARALG;
        String[] pick = paralegal ? new String[] {"A104", PARALEGAL_NARRATIVES[random.nextInt(
                PARALEGAL_NARRATIVES.length)]} : NARRATIVES[random.nextInt(NARRATIVES.length)];
        String activity = pick[0];
        String narrative = pick[1];
        String task = TASKS[random.nextInt(TASKS.length)];
        BigDecimal hours = TENTH.multiply(BigDecimal.valueOf(1 + random.nextInt(16)));
        UnitPrice rate = approved.get(tk.id());
        LocalDate date = day;
        boolean travel = false;
        if (v != null) {
            switch (v) {
                case DAILY_HOURS -> hours = new BigDecimal("7.9");
                case LONG_ENTRY -> hours = new BigDecimal("9.5");
                case INCREMENT -> hours = new BigDecimal("0.25");
                case BLOCK_BILLING -> narrative = "Review deposition transcript; draft summary for client; "
                        + "telephone conference with expert regarding report";
                case VAGUE_DESCRIPTION -> narrative = random.nextBoolean() ? "Attention to matter" : "Review file";
                case CLERICAL -> narrative = "Bates stamping and indexing of production documents";
                case INTERNAL_CONFERENCE -> {
                    activity = "A105";
                    narrative = "Confer with associate regarding deposition strategy";
                }
                case TRAVEL -> {
                    travel = true;
                    narrative = "Non-working travel to Chicago for deposition of plant manager";
                }
                case RATE_ABOVE_APPROVED -> rate = rate.scaled(new BigDecimal("1.15"));
                case UNAPPROVED_TIMEKEEPER -> {
                    tk = Timekeeper.of("TK-X" + number, "Hale", "Jordan", TimekeeperClassification.ASSOC,
                            UnitPrice.of("395", "USD"));
                    rate = tk.standardRate();
                }
                case STAFFING_LEVEL -> {
                    tk = firstPartner(approved, tk);
                    rate = approved.get(tk.id());
                    activity = "A110";
                    narrative = "Organize exhibits in litigation database for expert review";
                }
                case TRAINING -> narrative = "Review background materials to become familiar with the file";
                case OUTSIDE_PERIOD -> date = periodEnd.plusDays(1);
                case MISSING_CODE -> task = null;
                default -> throw new IllegalStateException("not a fee violation: " + v);
            }
        }
        return InvoiceLine.builder(number, LineType.FEE, date).timekeeper(tk).units(hours).unitCost(rate)
                .codes(task, activity).narrative(narrative).nonWorkingTravel(travel)
                .rateBasis("approved rate for " + tk.classification().code()).price(RoundingMode.HALF_UP);
    }

    private Timekeeper firstPartner(Map<TimekeeperId, UnitPrice> approved, Timekeeper fallback) {
        for (TimekeeperId id : approved.keySet()) {
            if (id.value().startsWith("TK-P")) {
                return Timekeeper.of(id.value(), "Whitfield", "Grace", TimekeeperClassification.PARTNR,
                        approved.get(id));
            }
        }
        return fallback;
    }

    private InvoiceLine expense(String number, LocalDate day, Violation v) {
        String code;
        String narrative;
        String units = "1";
        String cost;
        Receipt receipt = Receipt.ATTACHED;
        if (v == null) {
            switch (random.nextInt(6)) {
                case 0 -> {
                    code = "E101";
                    units = String.valueOf(10 + random.nextInt(490));
                    cost = "0.10";
                    narrative = "Photocopies of deposition exhibits";
                }
                case 1 -> {
                    code = "E107";
                    cost = String.valueOf(15 + random.nextInt(25));
                    narrative = "Courier delivery of trial binders to co-counsel";
                }
                case 2 -> {
                    code = "E111";
                    cost = String.valueOf(15 + random.nextInt(30)) + ".50";
                    narrative = "Working lunch during deposition of plant manager";
                }
                case 3 -> {
                    code = "E110";
                    cost = String.valueOf(220 + random.nextInt(380));
                    narrative = "Coach airfare to Chicago for deposition";
                }
                case 4 -> {
                    code = "E112";
                    cost = "405";
                    narrative = "Court filing fee for motion for summary judgment";
                }
                default -> {
                    code = "E115";
                    cost = String.valueOf(350 + random.nextInt(550));
                    narrative = "Deposition transcript of plaintiff's liability expert";
                }
            }
        } else {
            switch (v) {
                case EXPENSE_NOT_ALLOWED -> {
                    code = "E104";
                    units = "12";
                    cost = "1.00";
                    narrative = "Facsimile transmission of notice to opposing counsel";
                }
                case EXPENSE_CAP -> {
                    code = "E101";
                    units = "200";
                    cost = "0.25";
                    narrative = "Photocopies of document production";
                }
                case RECEIPT_REQUIRED -> {
                    code = "E107";
                    cost = "180.00";
                    receipt = Receipt.MISSING;
                    narrative = "Overnight courier of original exhibits";
                }
                case TRAVEL_CLASS -> {
                    code = "E110";
                    cost = "1450.00";
                    narrative = "First class airfare to Chicago for deposition";
                }
                default -> throw new IllegalStateException("not an expense violation: " + v);
            }
        }
        return InvoiceLine.builder(number, LineType.EXPENSE, day).units(units).unitCost(UnitPrice.of(cost, "USD"))
                .expenseCode(code).narrative(narrative).receipt(receipt).price(RoundingMode.HALF_UP);
    }

    private static List<Timekeeper> roster(int size) {
        List<Timekeeper> roster = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            TimekeeperClassification cls;
            String prefix;
            String rate;
            int r = i % 8;
            if (r < 2) {
                cls = TimekeeperClassification.PARTNR;
                prefix = "TK-P";
                rate = r == 0 ? "650" : "595";
            } else if (r == 2) {
                cls = TimekeeperClassification.OFCOUN;
                prefix = "TK-C";
                rate = "525";
            } else if (r < 6) {
                cls = TimekeeperClassification.ASSOC;
                prefix = "TK-A";
                rate = String.valueOf(325 + 25 * (r - 3));
            } else {
                cls = TimekeeperClassification.PARALG;
                prefix = "TK-L";
                rate = "195";
            }
            roster.add(Timekeeper.of(prefix + (i + 1), LAST[i % LAST.length] + (i < LAST.length ? "" : "-" + i),
                    FIRST[(i * 5) % FIRST.length], cls, UnitPrice.of(rate, "USD")));
        }
        return roster;
    }

    private static List<LocalDate> workingDays(LocalDate month) {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate d = month.withDayOfMonth(1); d.getMonth() == month.getMonth(); d = d.plusDays(1)) {
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                days.add(d);
            }
        }
        return days;
    }

    /** Configures an {@link InvoiceGenerator}. */
    public static final class Builder {
        private final long seed;
        private int violationsPerThousand = 50;
        private int expensesPerThousand = 100;
        private LocalDate month = LocalDate.of(2026, 1, 1);

        private Builder(long seed) {
            this.seed = seed;
        }

        /**
         * @param value lines per 1,000 that get a seeded violation, 0–1000
         * @return this builder
         */
        public Builder violationsPerThousand(int value) {
            if (value < 0 || value > 1000) {
                throw new IllegalArgumentException("violationsPerThousand must be 0..1000, was " + value);
            }
            this.violationsPerThousand = value;
            return this;
        }

        /**
         * @param value ordinary lines per 1,000 that are expenses rather than fees, 0–1000
         * @return this builder
         */
        public Builder expensesPerThousand(int value) {
            if (value < 0 || value > 1000) {
                throw new IllegalArgumentException("expensesPerThousand must be 0..1000, was " + value);
            }
            this.expensesPerThousand = value;
            return this;
        }

        /**
         * @param value any day of the month the invoices cover
         * @return this builder
         */
        public Builder month(LocalDate value) {
            this.month = Objects.requireNonNull(value, "month");
            return this;
        }

        /** @return the generator */
        public InvoiceGenerator build() {
            return new InvoiceGenerator(this);
        }
    }
}

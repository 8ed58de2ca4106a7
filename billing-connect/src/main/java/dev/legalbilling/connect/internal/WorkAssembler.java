package dev.legalbilling.connect.internal;

import dev.legalbilling.BillingException;
import dev.legalbilling.InvalidValueException;
import dev.legalbilling.connect.ImportQuery;
import dev.legalbilling.connect.ImportResult;
import dev.legalbilling.connect.ImportedMatter;
import dev.legalbilling.connect.MappingOptions;
import dev.legalbilling.connect.Skipped;
import dev.legalbilling.fee.HourlyFee;
import dev.legalbilling.json.matter.MatterFile;
import dev.legalbilling.json.matter.WorkFile;
import dev.legalbilling.matter.Matter;
import dev.legalbilling.money.Money;
import dev.legalbilling.money.UnitPrice;
import dev.legalbilling.party.Client;
import dev.legalbilling.party.ClientId;
import dev.legalbilling.party.MatterId;
import dev.legalbilling.party.PracticeArea;
import dev.legalbilling.party.Timekeeper;
import dev.legalbilling.party.TimekeeperClassification;
import dev.legalbilling.party.TimekeeperId;
import dev.legalbilling.rate.Rate;
import dev.legalbilling.rate.RateCard;
import dev.legalbilling.work.Expense;
import dev.legalbilling.work.Receipt;
import dev.legalbilling.work.TimeEntry;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Turns the neutral records of any system into matter files and work files, the one place where the rules of an
 * import live: already-billed work is never imported; work outside the dates, in another currency, without codes
 * or on a matter the system no longer lists is skipped with a reason; no-charge work is kept at no charge (or left
 * out with {@code BILLABLE}); each timekeeper's rates on a matter become matter rates effective from the first day
 * they were used. Not API.
 */
public final class WorkAssembler {
    private final String system;
    private final ImportQuery query;
    private final MappingOptions mapping;
    private final List<Skipped> skipped = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();

    /**
     * @param system the system's name
     * @param query what was asked for
     * @param mapping how to map
     */
    public WorkAssembler(String system, ImportQuery query, MappingOptions mapping) {
        this.system = system;
        this.query = query;
        this.mapping = mapping;
    }

    /** @param warning a sentence the user must read */
    public void warn(String warning) {
        if (!warnings.contains(warning)) {
            warnings.add(warning);
        }
    }

    /**
     * @param users the system's users
     * @param matters the system's matters (a matter the entries name but this list lacks is deleted or hidden)
     * @param entries the entries, in the system's order
     * @param startedAt when the import started
     * @return the result
     */
    public ImportResult assemble(List<SourceRecords.User> users, List<SourceRecords.Matter> matters,
            List<SourceRecords.Entry> entries, Instant startedAt) {
        Map<String, SourceRecords.User> usersById = new HashMap<>();
        Map<String, String> shortIds = new HashMap<>();
        for (SourceRecords.User u : users) {
            usersById.put(u.id(), u);
            String other = shortIds.put(timekeeperId(u.id()), u.id());
            if (other != null && !other.equals(u.id())) {
                throw new BillingException("CONNECT_TIMEKEEPER_ID", system + ": users " + other + " and " + u.id()
                        + " would both be timekeeper " + timekeeperId(u.id()) + "; import them from CSV with"
                        + " distinct ids");
            }
        }
        Map<String, SourceRecords.Matter> mattersByKey = new LinkedHashMap<>();
        for (SourceRecords.Matter m : matters) {
            mattersByKey.put(m.id(), m);
            if (m.number() != null) {
                mattersByKey.putIfAbsent(m.number(), m);
            }
        }
        Set<String> wanted = new HashSet<>(query.matters());
        Map<SourceRecords.Matter, List<SourceRecords.Entry>> byMatter = new LinkedHashMap<>();
        for (SourceRecords.Entry e : entries) {
            SourceRecords.Matter m = e.matterId() == null ? null : mattersByKey.get(e.matterId());
            if (!wanted.isEmpty() && (m == null ? !wanted.contains(e.matterId())
                    : !wanted.contains(m.id()) && !wanted.contains(m.displayId()))) {
                continue;
            }
            String reason = reasonToSkip(e, m, usersById);
            if (reason != null) {
                skip(e, reason);
                continue;
            }
            byMatter.computeIfAbsent(m, k -> new ArrayList<>()).add(e);
        }
        for (String w : wanted) {
            if (matters.stream().noneMatch(m -> m.id().equals(w) || w.equals(m.number()))) {
                skipped.add(new Skipped("matter", w, null, "not found in " + system + " (deleted, or no access)"));
            }
        }
        List<ImportedMatter> out = new ArrayList<>();
        byMatter.forEach((m, list) -> {
            ImportedMatter im = matter(m, list, usersById);
            if (im != null) {
                out.add(im);
            }
        });
        return new ImportResult(system, out, skipped, warnings, startedAt);
    }

    private String reasonToSkip(SourceRecords.Entry e, SourceRecords.Matter m,
            Map<String, SourceRecords.User> users) {
        if (e.problem() != null) {
            return e.problem();
        }
        if (e.billed()) {
            return "already billed in " + system;
        }
        if (e.date() == null) {
            return "no date";
        }
        if (!query.covers(e.date())) {
            return "dated outside " + query.since() + ".." + query.until();
        }
        if (m == null) {
            return "its matter is not listed by " + system + " (deleted, or no access)";
        }
        if (e.currency() != null && !e.currency().equalsIgnoreCase(mapping.currency().getCurrencyCode())) {
            return "in " + e.currency().toUpperCase(Locale.ROOT) + "; the matters bill in "
                    + mapping.currency().getCurrencyCode() + " (--currency)";
        }
        if (!e.billable() && query.status() == ImportQuery.Status.BILLABLE) {
            return "no charge (--status billable)";
        }
        if (e.kind() == SourceRecords.Kind.TIME) {
            if (e.hours() == null) {
                return "no hours";
            }
            if (e.userId() == null) {
                return "no timekeeper";
            }
            if (task(e) == null) {
                return "no UTBMS task code (give --default-task-code)";
            }
            if (!mapping.codeSet().isValidTask(task(e))) {
                return "task code not in the " + mapping.codeSet() + " code set (--code-set)";
            }
            if (activity(e) == null) {
                return "no UTBMS activity code (give --default-activity-code)";
            }
            SourceRecords.User u = users.get(e.userId());
            if (e.billable() && e.rate() == null && (u == null || u.rate() == null)) {
                return "no rate";
            }
        } else {
            if (expenseCode(e) == null) {
                return "no UTBMS expense code (give --default-expense-code)";
            }
            if (e.rate() == null && e.total() == null) {
                return "no amount";
            }
        }
        return null;
    }

    private String task(SourceRecords.Entry e) {
        return e.taskCode() != null ? e.taskCode().toUpperCase(Locale.ROOT) : mapping.defaultTaskCode();
    }

    private String activity(SourceRecords.Entry e) {
        return e.activityCode() != null ? e.activityCode().toUpperCase(Locale.ROOT) : mapping.defaultActivityCode();
    }

    private String expenseCode(SourceRecords.Entry e) {
        return e.expenseCode() != null ? e.expenseCode().toUpperCase(Locale.ROOT) : mapping.defaultExpenseCode();
    }

    private void skip(SourceRecords.Entry e, String reason) {
        skipped.add(new Skipped(e.kindName(), e.id(), e.date(), reason));
    }

    private ImportedMatter matter(SourceRecords.Matter m, List<SourceRecords.Entry> entries,
            Map<String, SourceRecords.User> users) {
        MatterId matterId;
        try {
            matterId = MatterId.of(m.displayId());
        } catch (BillingException e) {
            entries.forEach(x -> skip(x, "its matter number is not a usable matter id"));
            return null;
        }
        String cur = mapping.currency().getCurrencyCode();
        List<TimeEntry> time = new ArrayList<>();
        List<Expense> expenses = new ArrayList<>();
        Map<String, TreeMap<LocalDate, BigDecimal>> rates = new LinkedHashMap<>();
        BigDecimal hours = BigDecimal.ZERO;
        Money timeValue = Money.zero(mapping.currency());
        Money expenseValue = Money.zero(mapping.currency());
        List<SourceRecords.Entry> sorted = new ArrayList<>(entries);
        sorted.sort(Comparator.comparing(SourceRecords.Entry::date));
        for (SourceRecords.Entry e : sorted) {
            try {
                if (e.kind() == SourceRecords.Kind.TIME) {
                    TimeEntry t = new TimeEntry(matterId, TimekeeperId.of(timekeeperId(e.userId())), e.date(),
                            e.hours(), e.narrative(), task(e), activity(e), e.billable(), false, null);
                    if (e.billable()) {
                        BigDecimal rate = e.rate() != null ? e.rate() : users.get(e.userId()).rate();
                        UnitPrice.of(rate, mapping.currency());
                        TreeMap<LocalDate, BigDecimal> byDay = rates.computeIfAbsent(e.userId(), k -> new TreeMap<>());
                        BigDecimal same = byDay.get(e.date());
                        if (same != null && same.compareTo(rate) != 0) {
                            skip(e, "another rate than the same timekeeper's other entry that day");
                            continue;
                        }
                        byDay.put(e.date(), rate);
                        timeValue = timeValue.plus(Money.rounded(e.hours().multiply(rate), mapping.currency(),
                                RoundingMode.HALF_UP));
                    }
                    time.add(t);
                    hours = hours.add(e.hours());
                } else {
                    BigDecimal qty = e.quantity() == null || e.quantity().signum() == 0 ? BigDecimal.ONE : e.quantity();
                    BigDecimal unit = e.rate() != null ? e.rate() : e.total().divide(qty, 4, RoundingMode.HALF_UP);
                    if (e.rate() == null && unit.multiply(qty).compareTo(e.total()) != 0) {
                        qty = BigDecimal.ONE;
                        unit = e.total();
                    }
                    Expense x = new Expense(matterId, e.date(), expenseCode(e), qty, UnitPrice.of(unit,
                            mapping.currency()), e.narrative(), Receipt.UNKNOWN,
                            e.userId() == null ? null : TimekeeperId.of(timekeeperId(e.userId())), null);
                    if (!e.billable()) {
                        skip(e, "non-billable expense (an expense has no no-charge form)");
                        continue;
                    }
                    expenses.add(x);
                    expenseValue = expenseValue.plus(x.amount(RoundingMode.HALF_UP));
                }
            } catch (InvalidValueException ex) {
                skip(e, ex.field() + " is invalid (" + problemOf(ex) + ")");
            } catch (BillingException ex) {
                skip(e, "invalid (" + ex.code() + ")");
            }
        }
        List<Timekeeper> timekeepers = new ArrayList<>();
        List<Rate> card = new ArrayList<>();
        Set<String> userIds = new java.util.LinkedHashSet<>();
        time.forEach(t -> userIds.add(t.timekeeper().value()));
        expenses.stream().filter(x -> x.timekeeper() != null).forEach(x -> userIds.add(x.timekeeper().value()));
        for (SourceRecords.Entry e : sorted) {
            if (e.userId() != null && userIds.contains(timekeeperId(e.userId()))) {
                userIds.remove(timekeeperId(e.userId()));
                timekeepers.add(timekeeper(e.userId(), users.get(e.userId())));
            }
        }
        rates.forEach((user, byDay) -> {
            BigDecimal previous = null;
            for (Map.Entry<LocalDate, BigDecimal> r : byDay.entrySet()) {
                if (previous == null || previous.compareTo(r.getValue()) != 0) {
                    card.add(Rate.forMatter(TimekeeperId.of(timekeeperId(user)), r.getKey(),
                            UnitPrice.of(r.getValue(), mapping.currency())));
                    previous = r.getValue();
                }
            }
        });
        String method = m.billingMethod() == null ? null : m.billingMethod().strip().toLowerCase(Locale.ROOT);
        if (method != null && !method.equals("hourly")) {
            warn("matter " + matterId.value() + " is billed '" + method + "' in " + system + "; its matter file has"
                    + " an hourly arrangement at the rates the entries carry: set its real fee arrangement"
                    + " (docs/invoice-files.md, Fee arrangements) before drafting");
        } else if (method == null) {
            warn("matter " + matterId.value() + ": " + system + " does not say how it is billed; its matter file"
                    + " has an hourly arrangement at the rates the entries carry");
        }
        Client client = new Client(ClientId.of(m.clientId() == null ? "CLIENT-" + m.id() : m.clientId()),
                m.clientName() == null ? "Client of matter " + matterId.value() : m.clientName());
        Matter matter = Matter.builder(matterId, client)
                .name(m.name() == null ? "Matter " + matterId.value() : m.name())
                .practiceArea(practiceArea(m.practiceArea()))
                .jurisdiction(mapping.jurisdiction().code())
                .currency(cur)
                .codeSet(mapping.codeSet())
                .arrangement(new HourlyFee(RateCard.of(card), mapping.increment(), RoundingMode.HALF_UP))
                .build();
        MatterFile file = new MatterFile(matter, timekeepers, mapping.lawFirmId(), null, null);
        return new ImportedMatter(file, new WorkFile(time, expenses, List.of()), hours, timeValue, expenseValue);
    }

    private static String problemOf(InvalidValueException ex) {
        String msg = ex.getMessage();
        int was = msg.lastIndexOf(", was ");
        String head = was < 0 ? msg : msg.substring(0, was);
        return head.startsWith(ex.field() + " ") ? head.substring(ex.field().length() + 1) : head;
    }

    private Timekeeper timekeeper(String userId, SourceRecords.User u) {
        String first = u == null || u.firstName() == null ? "" : u.firstName().strip();
        String last = u == null || u.lastName() == null || u.lastName().isBlank() ? "" : u.lastName().strip();
        if (last.isEmpty()) {
            last = "User " + userId;
            warn("user " + userId + " has no name in " + system + "; the matter file names them '" + last + "'");
        }
        TimekeeperClassification c = mapping.classifications().getOrDefault(userId,
                mapping.classifications().getOrDefault(timekeeperId(userId), mapping.defaultClassification()));
        if (!mapping.classifications().containsKey(userId)) {
            warn(system + " gives no LEDES classification for its users; timekeepers without --classification"
                    + " are " + mapping.defaultClassification().name() + " (--default-classification)");
        }
        UnitPrice standard = u == null || u.rate() == null ? null : UnitPrice.of(u.rate(), mapping.currency());
        return new Timekeeper(TimekeeperId.of(timekeeperId(userId)), last, first, c, standard);
    }

    /**
     * @param userId the system's user id
     * @return the timekeeper id: the id itself, or for ids longer than 20 characters (PracticePanther GUIDs) the
     *     first 8 hex digits, so LEDES TIMEKEEPER_ID (20 characters) holds it
     */
    public static String timekeeperId(String userId) {
        if (userId.length() <= 20) {
            return userId;
        }
        return userId.replace("-", "").substring(0, 8).toUpperCase(Locale.ROOT);
    }

    private static PracticeArea practiceArea(String name) {
        if (name == null) {
            return PracticeArea.LITIGATION;
        }
        String n = name.toLowerCase(Locale.ROOT);
        if (n.contains("bankrupt")) {
            return PracticeArea.BANKRUPTCY;
        }
        if (n.contains("intellectual") || n.contains("patent") || n.contains("trademark")) {
            return PracticeArea.INTELLECTUAL_PROPERTY;
        }
        if (n.contains("litigation") || n.contains("injury") || n.contains("dispute")) {
            return PracticeArea.LITIGATION;
        }
        if (n.contains("corporate") || n.contains("real estate") || n.contains("transaction")) {
            return PracticeArea.TRANSACTIONAL;
        }
        if (n.contains("counsel") || n.contains("advice") || n.contains("employment")) {
            return PracticeArea.COUNSELING;
        }
        return PracticeArea.OTHER;
    }
}

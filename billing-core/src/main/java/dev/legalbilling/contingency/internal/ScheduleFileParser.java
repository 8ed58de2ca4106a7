package dev.legalbilling.contingency.internal;

import dev.legalbilling.BillingException;
import dev.legalbilling.InvalidValueException;
import dev.legalbilling.contingency.Basis;
import dev.legalbilling.contingency.ContingencySchedule;
import dev.legalbilling.contingency.GoverningDate;
import dev.legalbilling.contingency.MinorsLimit;
import dev.legalbilling.contingency.Scale;
import dev.legalbilling.contingency.ScheduleFormatException.Problem;
import dev.legalbilling.contingency.ScheduleFormatException;
import dev.legalbilling.contingency.ScheduleVersion;
import dev.legalbilling.contingency.SourceStatus;
import dev.legalbilling.contingency.Stage;
import dev.legalbilling.money.Fraction;
import dev.legalbilling.money.Money;
import dev.legalbilling.money.MoneyFormat;
import dev.legalbilling.money.Tier;
import dev.legalbilling.money.TieredSchedule;
import dev.legalbilling.party.Jurisdiction;
import dev.legalbilling.party.MatterType;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the line-based schedule format described in {@code contingency-schedules.txt} and in
 * {@link dev.legalbilling.contingency.ContingencySchedules}. Collects every problem and reports them together.
 * Not part of the API; not thread-safe (use one instance per file).
 */
public final class ScheduleFileParser {
    private static final Pattern STATEMENT = Pattern.compile("([a-z][a-z-]*)\\s*:\\s*(.*)");
    private static final Pattern TAGGED = Pattern.compile("(.*?)\\s*\\[([A-Z])]");
    private static final Pattern BOUNDED_TIER = Pattern.compile("(\\S+)\\s+to\\s+(\\S+)\\s+at\\s+(.+)");
    private static final Pattern OPEN_TIER = Pattern.compile("(\\S+)\\s+and\\s+above\\s+at\\s+(.+)");
    private static final Set<String> KEYS = Set.of("schedule", "title", "citation", "jurisdiction", "matter-types",
            "currency", "governing-date", "basis", "alternative-basis", "note", "version", "scale", "tier", "cap",
            "minors-limit", "minors-stages", "minors-reading", "minors-ambiguous-above");
    private static final Pattern COURT_TIER = Pattern.compile("(\\S+)\\s+and\\s+above\\s+court-set");

    private final String source;
    private final List<Problem> problems = new ArrayList<>();
    private final List<ContingencySchedule> schedules = new ArrayList<>();
    private final Set<String> ids = new HashSet<>();

    private ScheduleDraft schedule;
    private VersionDraft version;
    private ScaleDraft scale;
    private int lineNo;

    private ScheduleFileParser(String source) {
        this.source = source;
    }

    /**
     * @param reader the schedule text; read to the end, not closed
     * @param source a name for the text in error messages (file path or resource name)
     * @return the schedules in file order
     * @throws ScheduleFormatException listing every problem, when there is at least one
     * @throws UncheckedIOException when the reader fails
     */
    public static List<ContingencySchedule> parse(Reader reader, String source) {
        ScheduleFileParser p = new ScheduleFileParser(source);
        BufferedReader lines = new BufferedReader(reader);
        try {
            String line;
            while ((line = lines.readLine()) != null) {
                p.lineNo++;
                p.line(line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        p.finishSchedule();
        if (p.schedules.isEmpty() && p.problems.isEmpty()) {
            p.problems.add(new Problem(source, 0, "contains no schedule"));
        }
        if (!p.problems.isEmpty()) {
            throw new ScheduleFormatException(p.problems);
        }
        return List.copyOf(p.schedules);
    }

    private void line(String raw) {
        String line = raw.strip();
        if (line.isEmpty() || line.startsWith("#")) {
            return;
        }
        Matcher m = STATEMENT.matcher(line);
        if (!m.matches()) {
            problem("expected 'key: value', found '" + line + "'");
            return;
        }
        String key = m.group(1);
        String value = m.group(2).strip();
        if (!KEYS.contains(key)) {
            problem("unknown key '" + key + "'");
            if (schedule != null) {
                schedule.broken = true;
            }
            return;
        }
        try {
            statement(key, value);
        } catch (BillingException e) {
            problem(key + ": " + e.getMessage());
            if (schedule != null) {
                schedule.broken = true;
            }
        }
    }

    private void statement(String key, String value) {
        if (key.equals("schedule")) {
            finishSchedule();
            schedule = new ScheduleDraft(value, lineNo);
            return;
        }
        if (schedule == null) {
            throw new BadLine("comes before the first 'schedule:' line");
        }
        switch (key) {
            case "title" -> schedule.title = once(schedule.title, key, value);
            case "citation" -> schedule.citation = once(schedule.citation, key, value);
            case "jurisdiction" -> schedule.jurisdiction = Jurisdiction.of(once(
                    schedule.jurisdiction == null ? null : schedule.jurisdiction.code(), key, value));
            case "matter-types" -> schedule.matterTypes = matterTypes(value);
            case "currency" -> schedule.currency = Money.currency(value);
            case "governing-date" -> {
                Tagged t = tagged(value);
                schedule.governingDate = GoverningDate.fromLabel(t.text);
                schedule.governingDateStatus = t.status;
            }
            case "basis" -> {
                Tagged t = tagged(value);
                schedule.basis = Basis.fromLabel(t.text);
                schedule.basisStatus = t.status;
            }
            case "alternative-basis" -> {
                Tagged t = tagged(value);
                schedule.alternativeBasis = Basis.fromLabel(t.text);
                schedule.alternativeBasisStatus = t.status;
            }
            case "note" -> note(value);
            case "version" -> startVersion(value);
            case "scale" -> startScale(value);
            case "tier" -> tier(value);
            case "cap" -> {
                VersionDraft v = requireVersion();
                Tagged t = tagged(value);
                v.cap = amount(t.text);
                v.capStatus = t.status;
            }
            case "minors-limit" -> {
                VersionDraft v = requireVersion();
                Tagged t = tagged(value);
                v.minorsRate = Fraction.parse(t.text);
                v.minorsStatus = t.status;
            }
            case "minors-stages" -> requireVersion().minorsStages = stages(value);
            case "minors-reading" -> requireVersion().minorsReading = reading(value);
            case "minors-ambiguous-above" -> requireVersion().minorsAmbiguousAbove = amount(value);
            default -> throw new IllegalStateException("key listed but not handled: " + key);
        }
    }

    private void note(String value) {
        if (value.isBlank()) {
            throw new BadLine("note must not be empty");
        }
        if (scale != null) {
            scale.notes.add(value);
        } else if (version != null) {
            version.notes.add(value);
        } else {
            schedule.notes.add(value);
        }
    }

    private void startVersion(String value) {
        finishVersion();
        VersionDraft v = new VersionDraft(lineNo);
        version = v;
        if (!value.equals("undated")) {
            Tagged t = tagged(value);
            try {
                v.effectiveFrom = LocalDate.parse(t.text);
            } catch (DateTimeParseException e) {
                throw new BadLine("'" + t.text + "' is not a date YYYY-MM-DD or 'undated'");
            }
            v.dateStatus = t.status;
        }
    }

    private void startScale(String value) {
        VersionDraft v = requireVersion();
        scale = new ScaleDraft(lineNo);
        v.scales.add(scale);
        scale.stages.addAll(stages(value));
    }

    private void tier(String value) {
        if (scale == null) {
            throw new BadLine("comes before any 'scale:' line");
        }
        Tagged t = tagged(value);
        Matcher m;
        Currency currency = schedule.currency;
        if ((m = BOUNDED_TIER.matcher(t.text)).matches()) {
            scale.tiers.add(new Band(Money.of(amount(m.group(1)), currency), Money.of(amount(m.group(2)), currency),
                    Fraction.parse(m.group(3)), t.status));
        } else if ((m = COURT_TIER.matcher(t.text)).matches()) {
            scale.tiers.add(new Band(Money.of(amount(m.group(1)), currency), null, null, t.status));
        } else if ((m = OPEN_TIER.matcher(t.text)).matches()) {
            scale.tiers.add(new Band(Money.of(amount(m.group(1)), currency), null, Fraction.parse(m.group(2)),
                    t.status));
        } else {
            throw new BadLine("expected 'FROM to TO at RATE', 'FROM and above at RATE' or 'FROM and above court-set',"
                    + " found '" + t.text + "'");
        }
    }

    private VersionDraft requireVersion() {
        if (version == null) {
            throw new BadLine("comes before any 'version:' line");
        }
        return version;
    }

    private void finishScale() {
        scale = null;
    }

    private void finishVersion() {
        finishScale();
        if (version != null && schedule != null) {
            schedule.versions.add(version);
        }
        version = null;
    }

    private void finishSchedule() {
        finishVersion();
        if (schedule == null) {
            return;
        }
        ScheduleDraft d = schedule;
        schedule = null;
        if (!ids.add(d.id)) {
            problems.add(new Problem(source, d.line, "schedule " + d.id + " is defined twice"));
            return;
        }
        List<String> missing = new ArrayList<>();
        if (d.title == null) {
            missing.add("title");
        }
        if (d.citation == null) {
            missing.add("citation");
        }
        if (d.jurisdiction == null) {
            missing.add("jurisdiction");
        }
        if (d.matterTypes == null) {
            missing.add("matter-types");
        }
        if (d.governingDate == null) {
            missing.add("governing-date");
        }
        if (d.basis == null) {
            missing.add("basis");
        }
        if (d.versions.isEmpty()) {
            missing.add("version");
        }
        if (!missing.isEmpty()) {
            problems.add(new Problem(source, d.line, "schedule " + d.id + " lacks " + String.join(", ", missing)));
            return;
        }
        if (d.broken) {
            return;
        }
        List<ScheduleVersion> versions = new ArrayList<>();
        boolean ok = true;
        for (VersionDraft v : d.versions) {
            try {
                versions.add(v.build(d.id, d.currency));
            } catch (BillingException e) {
                problems.add(new Problem(source, e instanceof LocatedException l ? l.line : v.line,
                        "schedule " + d.id + ": " + e.getMessage()));
                ok = false;
            }
        }
        if (!ok) {
            return;
        }
        try {
            schedules.add(new ContingencySchedule(d.id, d.title, d.citation, d.jurisdiction, d.matterTypes,
                    d.currency, d.governingDate, d.governingDateStatus, d.basis, d.basisStatus, d.alternativeBasis,
                    d.alternativeBasisStatus, d.notes, versions));
        } catch (BillingException e) {
            problems.add(new Problem(source, d.line, "schedule " + d.id + ": " + e.getMessage()));
        }
    }

    private void problem(String message) {
        problems.add(new Problem(source, lineNo, message));
    }

    private static String once(String current, String key, String value) {
        if (current != null) {
            throw new BadLine(key + " is given twice");
        }
        if (value.isBlank()) {
            throw new BadLine(key + " must not be empty");
        }
        return value;
    }

    private static Tagged tagged(String value) {
        Matcher m = TAGGED.matcher(value);
        if (!m.matches()) {
            throw new BadLine("'" + value + "' must end with a status tag [V], [P] or [U]");
        }
        return new Tagged(m.group(1).strip(), SourceStatus.fromTag(m.group(2)));
    }

    private static BigDecimal amount(String text) {
        String plain = text.strip().replace(",", "");
        try {
            BigDecimal value = new BigDecimal(plain);
            if (value.signum() < 0) {
                throw new BadLine("amount '" + text + "' must not be negative");
            }
            return value;
        } catch (NumberFormatException e) {
            throw new BadLine("'" + text + "' is not an amount");
        }
    }

    private static Set<MatterType> matterTypes(String value) {
        Set<MatterType> out = EnumSet.noneOf(MatterType.class);
        for (String part : value.split(",")) {
            String name = part.strip().toUpperCase(Locale.ROOT);
            try {
                out.add(MatterType.valueOf(name));
            } catch (IllegalArgumentException e) {
                throw new BadLine("'" + part.strip() + "' is not a matter type");
            }
        }
        return out;
    }

    private static Set<Stage> stages(String value) {
        String v = value.strip().toLowerCase(Locale.ROOT);
        if (v.equals("any")) {
            return EnumSet.allOf(Stage.class);
        }
        if (v.equals("litigation")) {
            return EnumSet.copyOf(Stage.LITIGATION);
        }
        Set<Stage> out = EnumSet.noneOf(Stage.class);
        for (String part : value.split(",")) {
            if (!out.add(Stage.fromLabel(part.strip()))) {
                throw new BadLine("stage '" + part.strip() + "' is listed twice");
            }
        }
        return out;
    }

    private static MinorsLimit.Reading reading(String value) {
        for (MinorsLimit.Reading r : MinorsLimit.Reading.values()) {
            if (r.label().equals(value.strip().toLowerCase(Locale.ROOT))) {
                return r;
            }
        }
        throw new BadLine("minors-reading must be per-tier or total, was '" + value + "'");
    }

    private record Tagged(String text, SourceStatus status) {
    }

    /** A malformed statement; the parser adds the location. */
    private static final class BadLine extends BillingException {
        private static final long serialVersionUID = 1L;

        BadLine(String message) {
            super("CONTINGENCY_SCHEDULE_FORMAT", message);
        }
    }

    /** A validation failure found when a draft is built, located at the draft's line. */
    private static final class LocatedException extends BillingException {
        private static final long serialVersionUID = 1L;
        private final int line;

        LocatedException(int line, BillingException cause) {
            super(cause.code(), cause.getMessage(), cause);
            this.line = line;
        }
    }

    private static final class ScheduleDraft {
        final String id;
        final int line;
        String title;
        String citation;
        Jurisdiction jurisdiction;
        Set<MatterType> matterTypes;
        Currency currency = Currency.getInstance("USD");
        GoverningDate governingDate;
        SourceStatus governingDateStatus;
        Basis basis;
        SourceStatus basisStatus;
        Basis alternativeBasis;
        SourceStatus alternativeBasisStatus;
        final List<String> notes = new ArrayList<>();
        final List<VersionDraft> versions = new ArrayList<>();
        boolean broken;

        ScheduleDraft(String id, int line) {
            this.id = id;
            this.line = line;
        }
    }

    private static final class VersionDraft {
        final int line;
        LocalDate effectiveFrom;
        SourceStatus dateStatus;
        final List<ScaleDraft> scales = new ArrayList<>();
        BigDecimal cap;
        SourceStatus capStatus;
        Fraction minorsRate;
        SourceStatus minorsStatus;
        Set<Stage> minorsStages;
        MinorsLimit.Reading minorsReading;
        BigDecimal minorsAmbiguousAbove;
        final List<String> notes = new ArrayList<>();

        VersionDraft(int line) {
            this.line = line;
        }

        ScheduleVersion build(String scheduleId, Currency currency) {
            List<Scale> built = new ArrayList<>();
            if (scales.isEmpty()) {
                throw new BadLine("version has no scale");
            }
            for (ScaleDraft s : scales) {
                if (s.tiers.isEmpty()) {
                    throw new LocatedException(s.line, new BadLine("scale has no tier"));
                }
                try {
                    built.add(s.build(currency));
                } catch (BillingException e) {
                    throw new LocatedException(s.line, e);
                }
            }
            MinorsLimit minors = null;
            if (minorsRate != null || minorsStages != null || minorsReading != null || minorsAmbiguousAbove != null) {
                if (minorsRate == null || minorsStages == null || minorsReading == null) {
                    throw new BadLine("version needs minors-limit, minors-stages and minors-reading together");
                }
                minors = new MinorsLimit(minorsRate, minorsStages, minorsReading,
                        minorsAmbiguousAbove == null ? null : Money.of(minorsAmbiguousAbove, currency), minorsStatus);
            }
            return new ScheduleVersion(effectiveFrom, dateStatus, built,
                    cap == null ? null : Money.of(cap, currency), capStatus, minors, notes);
        }
    }

    private static final class ScaleDraft {
        final Set<Stage> stages = EnumSet.noneOf(Stage.class);
        final int line;
        final List<Band> tiers = new ArrayList<>();
        final List<String> notes = new ArrayList<>();

        ScaleDraft(int line) {
            this.line = line;
        }

        /** Checks that the bands start at zero and follow each other, then builds the scale. */
        Scale build(Currency currency) {
            if (stages.isEmpty()) {
                throw new InvalidValueException("stages", "[]", "must name at least one stage");
            }
            if (!tiers.get(0).from().isZero()) {
                throw new InvalidValueException("tier", tiers.get(0), "must start at zero as the first tier");
            }
            List<Tier> rates = new ArrayList<>();
            List<SourceStatus> statuses = new ArrayList<>();
            for (int i = 0; i < tiers.size(); i++) {
                Band band = tiers.get(i);
                boolean last = i == tiers.size() - 1;
                if (i > 0) {
                    Band previous = tiers.get(i - 1);
                    if (previous.upTo() == null) {
                        throw new InvalidValueException("tier", previous, "is open-ended but is not the last tier");
                    }
                    if (!previous.upTo().equals(band.from())) {
                        throw new InvalidValueException("tier", band, "must start where the previous tier ends ("
                                + previous.upTo() + ")");
                    }
                }
                statuses.add(band.status());
                if (band.rate() == null) {
                    continue; // the court-set zone: above the last bound, not a band
                }
                if (last && band.upTo() != null) {
                    throw new InvalidValueException("tier", band, "is the last tier but has an upper bound; end the"
                            + " scale with 'FROM and above at RATE' or 'FROM and above court-set'");
                }
                rates.add(band.upTo() == null ? Tier.above(band.rate()) : Tier.upTo(band.upTo(), band.rate()));
            }
            if (rates.isEmpty()) {
                throw new InvalidValueException("tier", tiers.get(0), "is court-set from zero: the scale has no rate");
            }
            return new Scale(stages, currency, new TieredSchedule(rates), statuses, notes);
        }
    }

    /** A {@code tier:} line as written: a band with its rate, or (rate null) the court-set zone from {@code from}. */
    private record Band(Money from, Money upTo, Fraction rate, SourceStatus status) {
        Band {
            if (from.isNegative()) {
                throw new InvalidValueException("from", from, "must not be negative");
            }
            if (upTo != null && !upTo.isGreaterThan(from)) {
                throw new InvalidValueException("upTo", upTo, "must be above the start of the band " + from);
            }
            if (rate != null && !rate.isAtMostOne()) {
                throw new InvalidValueException("rate", rate.toPercentString(), "must be at most 100%");
            }
        }

        @Override
        public String toString() {
            return MoneyFormat.CODE.format(from) + (upTo == null ? " and above" : " to " + MoneyFormat.CODE.format(upTo)) + " at "
                    + (rate == null ? "a court-set fee" : rate.toPercentString()) + " " + status.tag();
        }
    }
}

package dev.legalbilling.contingency;

import dev.legalbilling.InvalidValueException;
import dev.legalbilling.contingency.internal.ScheduleFileParser;
import dev.legalbilling.party.Jurisdiction;
import dev.legalbilling.party.MatterType;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A catalogue of contingency-fee schedules by id: the built-in ones, and any a user loads or overrides.
 *
 * <p>The built-in catalogue ({@link #builtIn()}, or the shortcuts {@link #byId(String)} and {@link #all()}) is read
 * from the resource {@code contingency-schedules.txt} next to this class: {@code NY-PI-A}, {@code NY-PI-B},
 * {@code NY-MED-MAL}, {@code NJ-TORT}, {@code FL-PI}, {@code FL-MED-MAL}, {@code CA-MICRA}, {@code CA-COLLECTION},
 * {@code FTCA}, {@code SSA-406A}, {@code VA-DIRECT} and {@code MI-PI}. Every figure carries the status tag of the
 * project's fact sheet ({@link SourceStatus}); figures tagged {@code [P]} or {@code [U]} are parameters to check.
 *
 * <p>To correct a figure or add a schedule, write a file in the same format and combine it:
 * <pre>{@code
 * ContingencySchedules mine = ContingencySchedules.builtIn().withOverrides(ContingencySchedules.load(path));
 * MaximumFee max = mine.schedule("NJ-TORT").maximumFee(query);
 * }</pre>
 *
 * <h2>File format</h2>
 * UTF-8 text, one {@code key: value} statement per line; lines starting with {@code #} and blank lines are
 * ignored. A schedule starts with {@code schedule: ID} and has {@code title}, {@code citation},
 * {@code jurisdiction}, {@code matter-types}, {@code governing-date} and {@code basis} (and optionally
 * {@code currency}, {@code alternative-basis} and {@code note} lines), then one or more versions. A version starts
 * with {@code version: YYYY-MM-DD [tag]} or {@code version: undated} and holds scales ({@code scale: stages}) of
 * tiers ({@code tier: 0 to 1,000 at 50% [V]}, {@code tier: 25,000 and above at 25% [V]},
 * {@code tier: 3,000,000 and above court-set [V]}), and optionally {@code cap}, {@code minors-limit},
 * {@code minors-stages}, {@code minors-reading}, {@code minors-ambiguous-above} and {@code note}. Every figure ends
 * with its status tag. The header of the built-in resource documents each key. All problems in a file are
 * reported together, each as {@code source:line: text}.
 *
 * <p>Immutable and thread-safe.
 */
public final class ContingencySchedules {
    private static final String RESOURCE = "contingency-schedules.txt";

    private final Map<String, ContingencySchedule> byId;

    private ContingencySchedules(Map<String, ContingencySchedule> byId) {
        this.byId = byId;
    }

    /** Loaded once, on first use. */
    private static final class BuiltIn {
        static final ContingencySchedules INSTANCE = loadBuiltIn();

        private static ContingencySchedules loadBuiltIn() {
            try (InputStream in = ContingencySchedules.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException(RESOURCE + " is missing from the billing-core jar");
                }
                return load(in, "billing-core:dev/legalbilling/contingency/" + RESOURCE);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** @return the schedules shipped with the library */
    public static ContingencySchedules builtIn() {
        return BuiltIn.INSTANCE;
    }

    /**
     * @param id a built-in schedule id, e.g. {@code NY-PI-A}
     * @return the built-in schedule
     * @throws UnknownScheduleException when no built-in schedule has that id
     */
    public static ContingencySchedule byId(String id) {
        return builtIn().schedule(id);
    }

    /** @return every built-in schedule, in file order */
    public static List<ContingencySchedule> all() {
        return builtIn().schedules();
    }

    /**
     * @param schedules schedules with distinct ids
     * @return a catalogue of exactly these schedules
     * @throws InvalidValueException when two share an id
     */
    public static ContingencySchedules of(Collection<ContingencySchedule> schedules) {
        Map<String, ContingencySchedule> map = new LinkedHashMap<>();
        for (ContingencySchedule s : schedules) {
            if (map.put(s.id(), s) != null) {
                throw new InvalidValueException("scheduleId", s.id(), "is used by two schedules");
            }
        }
        return new ContingencySchedules(map);
    }

    /**
     * @param reader schedule text; read to the end, not closed
     * @param source a name for the text in error messages
     * @return the schedules it defines
     * @throws ScheduleFormatException listing every problem in the text
     */
    public static ContingencySchedules parse(Reader reader, String source) {
        Objects.requireNonNull(reader, "reader");
        Objects.requireNonNull(source, "source");
        return of(ScheduleFileParser.parse(reader, source));
    }

    /**
     * @param text schedule text
     * @param source a name for the text in error messages
     * @return the schedules it defines
     * @throws ScheduleFormatException listing every problem in the text
     */
    public static ContingencySchedules parse(String text, String source) {
        return parse(new StringReader(text), source);
    }

    /**
     * @param in UTF-8 schedule text; read to the end, not closed
     * @param source a name for the stream in error messages
     * @return the schedules it defines
     * @throws ScheduleFormatException listing every problem in the text
     */
    public static ContingencySchedules load(InputStream in, String source) {
        return parse(new InputStreamReader(in, StandardCharsets.UTF_8), source);
    }

    /**
     * @param path a UTF-8 schedule file
     * @return the schedules it defines
     * @throws ScheduleFormatException when the file is missing or unreadable, or listing every problem in it
     */
    public static ContingencySchedules load(Path path) {
        try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            return parse(reader, path.toString());
        } catch (NoSuchFileException e) {
            throw new ScheduleFormatException(List.of(new ScheduleFormatException.Problem(path.toString(), 0,
                    "file not found")));
        } catch (IOException | UncheckedIOException e) {
            throw new ScheduleFormatException(List.of(new ScheduleFormatException.Problem(path.toString(), 0,
                    "cannot be read: " + e.getMessage())));
        }
    }

    /**
     * @param overrides schedules that replace those with the same id, or are added after the others
     * @return the combined catalogue; this one is unchanged
     */
    public ContingencySchedules withOverrides(ContingencySchedules overrides) {
        Map<String, ContingencySchedule> map = new LinkedHashMap<>(byId);
        map.putAll(overrides.byId);
        return new ContingencySchedules(map);
    }

    /**
     * @param id a schedule id
     * @return the schedule
     * @throws UnknownScheduleException when the catalogue has no schedule with that id
     */
    public ContingencySchedule schedule(String id) {
        ContingencySchedule s = id == null ? null : byId.get(id);
        if (s == null) {
            throw new UnknownScheduleException(id, byId.keySet());
        }
        return s;
    }

    /**
     * @param id a schedule id
     * @return the schedule, if the catalogue has it
     */
    public Optional<ContingencySchedule> find(String id) {
        return Optional.ofNullable(id == null ? null : byId.get(id));
    }

    /** @return every schedule, built-ins in file order, then added ones */
    public List<ContingencySchedule> schedules() {
        return List.copyOf(byId.values());
    }

    /** @return every id, in catalogue order */
    public List<String> ids() {
        return List.copyOf(byId.keySet());
    }

    /**
     * @param jurisdiction a matter's jurisdiction
     * @param matterType a matter's type
     * @return the schedules that cap contingent fees for such a matter (New York personal injury has two:
     *     Schedule A and B, one of which the retainer elects)
     */
    public List<ContingencySchedule> applicableTo(Jurisdiction jurisdiction, MatterType matterType) {
        List<ContingencySchedule> out = new ArrayList<>();
        for (ContingencySchedule s : byId.values()) {
            if (s.appliesTo(jurisdiction, matterType)) {
                out.add(s);
            }
        }
        return out;
    }

    /** @return {@code ContingencySchedules[NY-PI-A, NY-PI-B, ...]} */
    @Override
    public String toString() {
        return "ContingencySchedules" + byId.keySet();
    }
}

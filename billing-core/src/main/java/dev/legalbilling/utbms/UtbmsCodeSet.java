package dev.legalbilling.utbms;

import dev.legalbilling.InvalidValueException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The UTBMS task code sets a matter can be coded in, with the activity (A) and expense (E) codes they share.
 *
 * <p>Codes come from the ABA's published lists (Litigation, Bankruptcy, Project, Counseling), loaded once from the
 * resource {@code utbms-codes.txt}. A task code is valid in a set when it is one of the set's tasks, or one of its
 * phases that has no tasks (Counseling C100–C400, Project P100, P300–P800). Lookups ignore case.
 * Thread-safe: all data is immutable after class initialisation.
 */
public enum UtbmsCodeSet {
    /** Litigation code set (L100–L500). */
    LITIGATION,
    /** Bankruptcy code set (B100–B400). */
    BANKRUPTCY,
    /** Project code set (P100–P800). */
    PROJECT,
    /** Counseling code set (C100–C400). */
    COUNSELING;

    private static final Map<UtbmsCodeSet, Map<String, UtbmsCode>> TASKS = new EnumMap<>(UtbmsCodeSet.class);
    private static final Map<String, UtbmsCode> ACTIVITIES = new LinkedHashMap<>();
    private static final Map<String, UtbmsCode> EXPENSES = new LinkedHashMap<>();

    static {
        for (UtbmsCodeSet s : values()) {
            TASKS.put(s, new LinkedHashMap<>());
        }
        load();
    }

    private static void load() {
        try (InputStream in = UtbmsCodeSet.class.getResourceAsStream("utbms-codes.txt")) {
            if (in == null) {
                throw new IllegalStateException("utbms-codes.txt missing from the billing-core jar");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\\|", -1);
                UtbmsCode code = new UtbmsCode(f[2], f[3], UtbmsCode.Kind.valueOf(f[1]), f[4]);
                switch (f[0]) {
                    case "ALL" -> (code.kind() == UtbmsCode.Kind.ACTIVITY ? ACTIVITIES : EXPENSES).put(code.code(), code);
                    default -> TASKS.get(valueOf(f[0])).put(code.code(), code);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param code a task code, e.g. {@code L120}
     * @return the task (or task-less phase) when billable in this set
     */
    public Optional<UtbmsCode> task(String code) {
        if (code == null) {
            return Optional.empty();
        }
        Map<String, UtbmsCode> tasks = TASKS.get(this);
        UtbmsCode c = tasks.get(code.strip().toUpperCase(Locale.ROOT));
        if (c == null) {
            return Optional.empty();
        }
        if (c.kind() == UtbmsCode.Kind.PHASE) {
            boolean hasTasks = tasks.values().stream().anyMatch(t -> t.phase().equals(c.code()));
            return hasTasks ? Optional.empty() : Optional.of(c);
        }
        return Optional.of(c);
    }

    /**
     * @param code a task code
     * @return true when it is a billable task code of this set
     */
    public boolean isValidTask(String code) {
        return task(code).isPresent();
    }

    /** @return every phase and task of this set, in the official order */
    public Collection<UtbmsCode> codes() {
        return Collections.unmodifiableCollection(TASKS.get(this).values());
    }

    /**
     * @param code a task code in any set
     * @return the set that defines it as a billable task, if any
     */
    public static Optional<UtbmsCodeSet> ofTask(String code) {
        for (UtbmsCodeSet s : values()) {
            if (s.isValidTask(code)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /**
     * @param code an activity code, e.g. {@code A104}
     * @return the activity, if it exists
     */
    public static Optional<UtbmsCode> activity(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(ACTIVITIES.get(code.strip().toUpperCase(Locale.ROOT)));
    }

    /**
     * @param code an expense code, e.g. {@code E101}
     * @return the expense code, if it exists
     */
    public static Optional<UtbmsCode> expense(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(EXPENSES.get(code.strip().toUpperCase(Locale.ROOT)));
    }

    /** @return the eleven activity codes A101–A111 */
    public static Collection<UtbmsCode> activities() {
        return Collections.unmodifiableCollection(ACTIVITIES.values());
    }

    /** @return the 24 expense codes E101–E124 */
    public static Collection<UtbmsCode> expenses() {
        return Collections.unmodifiableCollection(EXPENSES.values());
    }

    /**
     * @param field field name for the error message
     * @param code an activity code
     * @return the canonical (upper-case) code
     * @throws InvalidValueException when it is not an activity code
     */
    public static String requireActivity(String field, String code) {
        return activity(code).orElseThrow(() -> new InvalidValueException(field, code,
                "is not a UTBMS activity code (A101-A111)")).code();
    }

    /**
     * @param field field name for the error message
     * @param code an expense code
     * @return the canonical (upper-case) code
     * @throws InvalidValueException when it is not an expense code
     */
    public static String requireExpense(String field, String code) {
        return expense(code).orElseThrow(() -> new InvalidValueException(field, code,
                "is not a UTBMS expense code (E101-E124)")).code();
    }

    /**
     * @param field field name for the error message
     * @param code a task code in any set
     * @return the canonical (upper-case) code
     * @throws InvalidValueException when no set defines it as a billable task
     */
    public static String requireAnyTask(String field, String code) {
        return ofTask(code).flatMap(s -> s.task(code)).orElseThrow(() -> new InvalidValueException(field, code,
                "is not a billable UTBMS task code (Litigation, Bankruptcy, Project or Counseling)")).code();
    }
}

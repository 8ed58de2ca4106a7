package dev.legalbilling.connect;

import dev.legalbilling.InvalidValueException;
import dev.legalbilling.internal.AtomicFiles;
import dev.legalbilling.money.Money;
import dev.legalbilling.money.MoneyFormat;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What an import brought in: the matters with their work, the records left out with reasons, and the warnings (the
 * assumptions the import made that the user must know about, e.g. a flat-fee matter whose charges the system does
 * not expose).
 *
 * <p>{@link #summary()} and {@link #toString()} print ids, counts, hours and amounts only, never narratives or
 * client names. Immutable and thread-safe.
 *
 * @param system {@code clio}, {@code practicepanther} or {@code mycase}
 * @param matters the matters with work, in the order the system listed them
 * @param skipped the records left out
 * @param warnings one sentence each
 * @param startedAt when the import started (what a {@link Checkpoint} records, so the next run asks for changes
 *     from then on)
 */
public record ImportResult(String system, List<ImportedMatter> matters, List<Skipped> skipped, List<String> warnings,
        Instant startedAt) {

    /** The placeholder in an output file name that is replaced by each matter's id. */
    public static final String MATTER_PLACEHOLDER = "{matter}";

    /** Copies the lists. */
    public ImportResult {
        Objects.requireNonNull(system, "system");
        matters = List.copyOf(matters);
        skipped = List.copyOf(skipped);
        warnings = List.copyOf(warnings);
        Objects.requireNonNull(startedAt, "startedAt");
    }

    /**
     * The summary an operator reads: one line for the totals, one per reason records were skipped (with the
     * count), one per warning.
     *
     * @return the lines
     */
    public List<String> summary() {
        List<String> lines = new ArrayList<>();
        int time = 0;
        int expenses = 0;
        BigDecimal hours = BigDecimal.ZERO;
        Map<String, Money> timeValue = new TreeMap<>();
        Map<String, Money> expenseValue = new TreeMap<>();
        for (ImportedMatter m : matters) {
            time += m.work().time().size();
            expenses += m.work().expenses().size();
            hours = hours.add(m.hours());
            timeValue.merge(m.timeValue().currency().getCurrencyCode(), m.timeValue(), Money::plus);
            expenseValue.merge(m.expenseValue().currency().getCurrencyCode(), m.expenseValue(), Money::plus);
        }
        lines.add(system + ": " + matters.size() + (matters.size() == 1 ? " matter, " : " matters, ") + time
                + (time == 1 ? " time entry (" : " time entries (") + hours.stripTrailingZeros().toPlainString()
                + " h, " + amounts(timeValue) + " billable), " + expenses
                + (expenses == 1 ? " expense (" : " expenses (")
                + amounts(expenseValue) + ")");
        Map<String, Integer> reasons = new LinkedHashMap<>();
        for (Skipped s : skipped) {
            reasons.merge(s.kind() + "\u0000" + s.reason(), 1, Integer::sum);
        }
        reasons.forEach((key, count) -> {
            String[] parts = key.split("\u0000", 2);
            lines.add("skipped " + count + " " + plural(parts[0], count) + ": " + parts[1]);
        });
        warnings.forEach(w -> lines.add("warning: " + w));
        return lines;
    }

    /**
     * Writes each matter's work file, and its matter file when {@code matterOut} is given, all or nothing: every
     * file is first written next to its target under a temporary name, then all are moved into place; on any
     * failure the temporary files are removed and no target is touched.
     *
     * @param workOut the work file ({@code .csv}, {@code .json}, {@code .yaml}); with several matters its name must
     *     hold {@value #MATTER_PLACEHOLDER}
     * @param matterOut the matter file ({@code .json}, {@code .yaml}), or null to write none
     * @return the files written, in order
     * @throws InvalidValueException when several matters would go to one file
     * @throws java.io.UncheckedIOException when a file cannot be written
     */
    public List<Path> write(Path workOut, Path matterOut) {
        Objects.requireNonNull(workOut, "workOut");
        check("--out", workOut);
        if (matterOut != null) {
            check("--matters-out", matterOut);
        }
        Map<Path, String> files = new LinkedHashMap<>();
        for (ImportedMatter m : matters) {
            if (matterOut != null) {
                Path p = resolve(matterOut, m.matterId());
                files.put(p, m.matterFile().format(p.getFileName().toString()));
            }
            Path w = resolve(workOut, m.matterId());
            files.put(w, m.work().format(w.getFileName().toString(), m.matterFile()));
        }
        try {
            AtomicFiles.writeAllStrings(files);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + e.getMessage(), e);
        }
        return List.copyOf(files.keySet());
    }

    private void check(String option, Path pattern) {
        if (matters.size() > 1 && !pattern.getFileName().toString().contains(MATTER_PLACEHOLDER)) {
            throw new InvalidValueException(option, pattern, "names one file but the import has " + matters.size()
                    + " matters; put " + MATTER_PLACEHOLDER + " in the file name, e.g. work-" + MATTER_PLACEHOLDER
                    + ".csv, or give --matter");
        }
    }

    /**
     * @param pattern a file name, possibly holding {@value #MATTER_PLACEHOLDER}
     * @param matterId the matter's id
     * @return the file for that matter: characters other than letters, digits, dot, dash and underscore in the id
     *     become underscores
     */
    public static Path resolve(Path pattern, String matterId) {
        String name = pattern.getFileName().toString();
        if (!name.contains(MATTER_PLACEHOLDER)) {
            return pattern;
        }
        String safe = matterId.replaceAll("[^A-Za-z0-9._-]", "_");
        return pattern.resolveSibling(name.replace(MATTER_PLACEHOLDER, safe));
    }

    private static String amounts(Map<String, Money> byCurrency) {
        if (byCurrency.isEmpty()) {
            return "0.00";
        }
        List<String> parts = new ArrayList<>();
        byCurrency.values().forEach(m -> parts.add(MoneyFormat.CODE.format(m)));
        return String.join(" + ", parts);
    }

    private static String plural(String kind, int count) {
        if (count == 1) {
            return kind;
        }
        return kind.equals("time entry") ? "time entries" : kind + "s";
    }

    /** @return counts only */
    @Override
    public String toString() {
        return "ImportResult[" + system + ", " + matters.size() + " matters, " + skipped.size() + " skipped, "
                + warnings.size() + " warnings]";
    }
}

package dev.legalbilling.json.matter;

import dev.legalbilling.InvalidValueException;
import dev.legalbilling.contingency.Recovery;
import dev.legalbilling.json.JsonInputException;
import dev.legalbilling.json.matter.internal.Errors;
import dev.legalbilling.json.matter.internal.WorkFileCodec;
import dev.legalbilling.money.CurrencyMismatchException;
import dev.legalbilling.work.Expense;
import dev.legalbilling.work.TimeEntry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A work file: the time entries, expenses and recoveries recorded on one matter, read against that matter's
 * {@link MatterFile} (which gives the matter id, the currency of every amount, the UTBMS code set task codes must be
 * in, and the timekeepers entries may name).
 *
 * <p>Two syntaxes, by file name:
 * <ul>
 *   <li>JSON or YAML ({@code .json}, {@code .yaml}, {@code .yml}):
 *       {@code {timeEntries: [...], expenses: [...], recoveries: [...]}}, each key optional; a time entry is
 *       {@code {date, timekeeper, hours, taskCode, activityCode, narrative, billable, nonWorkingTravel, actualTime}},
 *       an expense {@code {date, expenseCode, quantity, unitCost, narrative, receipt, timekeeper, actualCost}}, a
 *       recovery {@code {date, amount, stage, costs}};
 *   <li>CSV ({@code .csv}): a header row, then one row per item with a {@code kind} column ({@code time},
 *       {@code expense} or {@code recovery}) and the same names as columns; a cell a row's kind does not use must
 *       be empty.
 * </ul>
 * Hours and amounts are decimals (never binary floating point); {@code billable} defaults to true,
 * {@code nonWorkingTravel} to false, {@code receipt} to UNKNOWN, {@code costs} to zero. The full format is in
 * {@code docs/invoice-files.md}. Every problem is a {@link JsonInputException} naming the file, the key (or column)
 * and the line.
 *
 * <p>Narratives are privileged: {@link #toString()} prints counts only. Immutable and thread-safe.
 *
 * @param time the time entries, in file order
 * @param expenses the expenses, in file order
 * @param recoveries the recoveries, in file order
 */
public record WorkFile(List<TimeEntry> time, List<Expense> expenses, List<Recovery> recoveries) {

    /** Copies the lists. */
    public WorkFile {
        time = List.copyOf(time);
        expenses = List.copyOf(expenses);
        recoveries = List.copyOf(recoveries);
    }

    /**
     * Reads a work file.
     *
     * @param path a {@code .json}, {@code .yaml}, {@code .yml} or {@code .csv} file
     * @param matter the matter file of the matter the work belongs to
     * @return the work
     * @throws JsonInputException when the file is missing or malformed, has an unknown key or column, or holds an
     *     invalid value, a timekeeper the matter file does not list, or a task code outside the matter's code set
     */
    public static WorkFile read(Path path, MatterFile matter) {
        return WorkFileCodec.read(path.toString(), Errors.bytesOf(path), matter);
    }

    /**
     * Reads a work file's text.
     *
     * @param fileName the name to report in errors, whose extension gives the syntax
     * @param text the content
     * @param matter the matter file of the matter the work belongs to
     * @return the work
     * @throws JsonInputException as {@link #read(Path, MatterFile)} does
     */
    public static WorkFile parse(String fileName, String text, MatterFile matter) {
        return WorkFileCodec.read(fileName, text.getBytes(StandardCharsets.UTF_8), matter);
    }

    /**
     * @param fileName a name ending in {@code .json}, {@code .yaml}, {@code .yml} or {@code .csv}
     * @param matter the matter file of the matter the work belongs to
     * @return the text {@link #write(Path, MatterFile)} would write to a file of that name
     * @throws JsonInputException when the name has none of those extensions
     * @throws InvalidValueException when an entry belongs to another matter
     * @throws CurrencyMismatchException when an amount is not in the matter's currency
     */
    public String format(String fileName, MatterFile matter) {
        return WorkFileCodec.write(this, fileName, matter);
    }

    /**
     * Writes the work, in the syntax the file name's extension gives.
     *
     * @param path the file to create or replace
     * @param matter the matter file of the matter the work belongs to
     * @throws JsonInputException when the name has no known extension
     * @throws InvalidValueException when an entry belongs to another matter
     * @throws CurrencyMismatchException when an amount is not in the matter's currency
     * @throws UncheckedIOException when the file cannot be written
     */
    public void write(Path path, MatterFile matter) {
        String text = format(path.getFileName().toString(), matter);
        try {
            Files.writeString(path, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + path, e);
        }
    }

    /** @return the number of entries of each kind; no narratives */
    @Override
    public String toString() {
        return "WorkFile[" + time.size() + " time entries, " + expenses.size() + " expenses, " + recoveries.size()
                + " recoveries]";
    }
}

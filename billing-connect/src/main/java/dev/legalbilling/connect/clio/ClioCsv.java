package dev.legalbilling.connect.clio;

import dev.legalbilling.connect.CsvLayout;
import dev.legalbilling.connect.CsvLayout.Field;
import dev.legalbilling.connect.ImportQuery;
import dev.legalbilling.connect.ImportResult;
import dev.legalbilling.connect.MappingOptions;
import dev.legalbilling.connect.WorkSource;
import dev.legalbilling.connect.internal.CsvSource;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;

/**
 * Reads Clio activities from a CSV file: the activities import template Clio documents ({@link #TEMPLATE}) or an
 * activities export ({@link #EXPORT}). Hours in both are decimal hours, never seconds. Immutable.
 */
public final class ClioCsv implements WorkSource {
    /**
     * Clio's activities import template (Clio help center): {@code matter} (display number), {@code date}
     * ({@code MM/DD/YYYY}; {@code --date-format dd/MM/yyyy} for firms set to day first), {@code activity_description},
     * {@code note} (the narrative), {@code price} (rate, or an expense's value), {@code quantity} (decimal hours for
     * time, units for expenses), {@code type} (blank for time, {@code ExpenseEntry}), {@code activity_user},
     * {@code non_billable} ({@code yes}). Our additions, optional: {@code utbms_task}, {@code utbms_activity},
     * {@code utbms_expense}, {@code billed}.
     */
    public static final CsvLayout TEMPLATE = new CsvLayout("clio-template", Map.ofEntries(
            Map.entry(Field.MATTER, "matter"), Map.entry(Field.DATE, "date"), Map.entry(Field.DESCRIPTION, "note"),
            Map.entry(Field.RATE, "price"), Map.entry(Field.QUANTITY, "quantity"), Map.entry(Field.TYPE, "type"),
            Map.entry(Field.USER, "activity_user"), Map.entry(Field.NON_BILLABLE, "non_billable"),
            Map.entry(Field.TASK_CODE, "utbms_task"), Map.entry(Field.ACTIVITY_CODE, "utbms_activity"),
            Map.entry(Field.EXPENSE_CODE, "utbms_expense"), Map.entry(Field.BILLED, "billed")), "MM/dd/yyyy");

    /**
     * An activities export as this module assumes it (column names not confirmed from Clio; rename any with
     * {@code --column}): {@code Date}, {@code Type}, {@code Matter}, {@code Description}, {@code Quantity} (hours),
     * {@code Rate}, {@code Total}, {@code User}, {@code Billed}, {@code Non-billable}, {@code Currency},
     * {@code UTBMS Task}, {@code UTBMS Activity}, {@code UTBMS Expense}.
     */
    public static final CsvLayout EXPORT = new CsvLayout("clio-export", Map.ofEntries(
            Map.entry(Field.MATTER, "Matter"), Map.entry(Field.DATE, "Date"),
            Map.entry(Field.DESCRIPTION, "Description"),
            Map.entry(Field.RATE, "Rate"), Map.entry(Field.HOURS, "Quantity"), Map.entry(Field.QUANTITY, "Quantity"),
            Map.entry(Field.AMOUNT, "Total"), Map.entry(Field.TYPE, "Type"), Map.entry(Field.USER, "User"),
            Map.entry(Field.BILLED, "Billed"), Map.entry(Field.NON_BILLABLE, "Non-billable"),
            Map.entry(Field.CURRENCY, "Currency"), Map.entry(Field.TASK_CODE, "UTBMS Task"),
            Map.entry(Field.ACTIVITY_CODE, "UTBMS Activity"), Map.entry(Field.EXPENSE_CODE, "UTBMS Expense")),
            "MM/dd/yyyy");

    private final Path file;
    private final CsvLayout layout;
    private final Clock clock;

    /**
     * @param file the CSV file
     * @param layout {@link #TEMPLATE}, {@link #EXPORT} or an adjusted copy
     * @param clock for the import's start time
     */
    public ClioCsv(Path file, CsvLayout layout, Clock clock) {
        this.file = Objects.requireNonNull(file, "file");
        this.layout = Objects.requireNonNull(layout, "layout");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public String system() {
        return "clio";
    }

    /** @throws dev.legalbilling.json.JsonInputException naming file, line and column of a malformed value */
    @Override
    public ImportResult fetch(ImportQuery query, MappingOptions mapping) {
        return CsvSource.fetch(system(), file, layout, query, mapping, clock);
    }
}

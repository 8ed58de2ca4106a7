package dev.legalbilling.connect.practicepanther;

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

/** Reads PracticePanther's time and expense CSV export. Immutable. */
public final class PracticePantherCsv implements WorkSource {
    /**
     * The export as this module assumes it (PracticePanther does not document its export columns; rename any with
     * {@code --column}): {@code Date} ({@code MM/dd/yyyy}), {@code Matter}, {@code Billed By}, {@code Type},
     * {@code Hours}, {@code Qty}, {@code Rate}, {@code Amount}, {@code Description}, {@code Task Code},
     * {@code Activity Code}, {@code Expense Code}, {@code Billable}, {@code Billed}.
     */
    public static final CsvLayout EXPORT = new CsvLayout("practicepanther-export", Map.ofEntries(
            Map.entry(Field.MATTER, "Matter"), Map.entry(Field.DATE, "Date"), Map.entry(Field.USER, "Billed By"),
            Map.entry(Field.TYPE, "Type"), Map.entry(Field.HOURS, "Hours"), Map.entry(Field.QUANTITY, "Qty"),
            Map.entry(Field.RATE, "Rate"), Map.entry(Field.AMOUNT, "Amount"),
            Map.entry(Field.DESCRIPTION, "Description"), Map.entry(Field.TASK_CODE, "Task Code"),
            Map.entry(Field.ACTIVITY_CODE, "Activity Code"), Map.entry(Field.EXPENSE_CODE, "Expense Code"),
            Map.entry(Field.BILLABLE, "Billable"), Map.entry(Field.BILLED, "Billed")), "MM/dd/yyyy");

    private final Path file;
    private final CsvLayout layout;
    private final Clock clock;

    /**
     * @param file the CSV file
     * @param layout {@link #EXPORT} or an adjusted copy
     * @param clock for the import's start time
     */
    public PracticePantherCsv(Path file, CsvLayout layout, Clock clock) {
        this.file = Objects.requireNonNull(file, "file");
        this.layout = Objects.requireNonNull(layout, "layout");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public String system() {
        return "practicepanther";
    }

    /** @throws dev.legalbilling.json.JsonInputException naming file, line and column of a malformed value */
    @Override
    public ImportResult fetch(ImportQuery query, MappingOptions mapping) {
        return CsvSource.fetch(system(), file, layout, query, mapping, clock);
    }
}

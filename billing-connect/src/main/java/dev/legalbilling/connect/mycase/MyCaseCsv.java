package dev.legalbilling.connect.mycase;

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

/** Reads MyCase's time and expense CSV export. MyCase has no UTBMS codes: give default codes. Immutable. */
public final class MyCaseCsv implements WorkSource {
    /**
     * The export as this module assumes it (MyCase does not document its export columns; rename any with
     * {@code --column}): {@code Date} ({@code MM/dd/yyyy}), {@code Case}, {@code User}, {@code Type},
     * {@code Hours}, {@code Units}, {@code Rate}, {@code Total}, {@code Description}, {@code Billable},
     * {@code Invoice} (any invoice number there means billed).
     */
    public static final CsvLayout EXPORT = new CsvLayout("mycase-export", Map.ofEntries(
            Map.entry(Field.MATTER, "Case"), Map.entry(Field.DATE, "Date"), Map.entry(Field.USER, "User"),
            Map.entry(Field.TYPE, "Type"), Map.entry(Field.HOURS, "Hours"), Map.entry(Field.QUANTITY, "Units"),
            Map.entry(Field.RATE, "Rate"), Map.entry(Field.AMOUNT, "Total"),
            Map.entry(Field.DESCRIPTION, "Description"), Map.entry(Field.BILLABLE, "Billable"),
            Map.entry(Field.BILLED, "Invoice")), "MM/dd/yyyy");

    private final Path file;
    private final CsvLayout layout;
    private final Clock clock;

    /**
     * @param file the CSV file
     * @param layout {@link #EXPORT} or an adjusted copy
     * @param clock for the import's start time
     */
    public MyCaseCsv(Path file, CsvLayout layout, Clock clock) {
        this.file = Objects.requireNonNull(file, "file");
        this.layout = Objects.requireNonNull(layout, "layout");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public String system() {
        return "mycase";
    }

    /** @throws dev.legalbilling.json.JsonInputException naming file, line and column of a malformed value */
    @Override
    public ImportResult fetch(ImportQuery query, MappingOptions mapping) {
        return CsvSource.fetch(system(), file, layout, query, mapping, clock);
    }
}

package dev.legalbilling.json.matter.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.legalbilling.BillingException;
import dev.legalbilling.InvalidValueException;
import dev.legalbilling.contingency.Recovery;
import dev.legalbilling.contingency.Stage;
import dev.legalbilling.json.JsonInputException;
import dev.legalbilling.json.matter.WorkFile;
import dev.legalbilling.party.TimekeeperId;
import dev.legalbilling.work.Expense;
import dev.legalbilling.work.Receipt;
import dev.legalbilling.work.TimeEntry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Work files as CSV: a header row naming the columns, then one row per time entry, expense or recovery, told apart
 * by the {@code kind} column. Columns may come in any order and only {@code kind} and {@code date} are required in
 * the header; a cell a row's kind does not use must be empty, so a shifted column is caught rather than ignored.
 * Blank lines are skipped, cells are trimmed, a UTF-8 byte order mark is ignored. Not API.
 */
public final class WorkCsv {
    /** Every column, in the order they are written. */
    public static final List<String> COLUMNS = List.of("kind", "date", "timekeeper", "hours", "taskCode",
            "activityCode", "expenseCode", "quantity", "unitCost", "narrative", "billable", "nonWorkingTravel",
            "actualTime", "receipt", "actualCost", "amount", "stage", "costs");

    private static final Map<String, Set<String>> USED = Map.of(
            "time", Set.of("kind", "date", "timekeeper", "hours", "taskCode", "activityCode", "narrative", "billable",
                    "nonWorkingTravel", "actualTime"),
            "expense", Set.of("kind", "date", "timekeeper", "expenseCode", "quantity", "unitCost", "narrative",
                    "receipt", "actualCost"),
            "recovery", Set.of("kind", "date", "amount", "stage", "costs"));

    private static final CsvMapper MAPPER = CsvMapper.builder()
            .enable(CsvParser.Feature.SKIP_EMPTY_LINES)
            .enable(CsvParser.Feature.TRIM_SPACES)
            .enable(CsvParser.Feature.FAIL_ON_MISSING_COLUMNS)
            .build();

    private WorkCsv() {
    }

    /**
     * @param source the file's name
     * @param bytes its content, UTF-8
     * @param scope the matter the work belongs to
     * @return the work
     * @throws JsonInputException naming file, line and column of the first invalid value
     */
    public static WorkFile read(String source, byte[] bytes, WorkScope scope) {
        List<TimeEntry> time = new ArrayList<>();
        List<Expense> expenses = new ArrayList<>();
        List<Recovery> recoveries = new ArrayList<>();
        try (MappingIterator<Map<String, String>> rows = MAPPER.readerFor(Map.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(bytes)) {
            boolean any = rows.hasNextValue();
            checkHeader(source, ((CsvParser) rows.getParser()).getSchema());
            while (any) {
                int line = Math.max(rows.getParser().currentLocation().getLineNr(), 0);
                Map<String, String> row = rows.nextValue();
                Row r = new Row(source, line, row);
                switch (r.kind()) {
                    case "time" -> time.add(r.convert(() -> r.timeEntry().toEntry(scope), TimeEntryJson.class));
                    case "expense" -> expenses.add(r.convert(() -> r.expense().toExpense(scope), ExpenseJson.class));
                    default -> recoveries.add(r.convert(() -> r.recovery().toRecovery(scope.currency()),
                            RecoveryJson.class));
                }
                any = rows.hasNextValue();
            }
        } catch (JsonProcessingException e) {
            throw Errors.translate(source, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new WorkFile(time, expenses, recoveries);
    }

    private static void checkHeader(String source, CsvSchema schema) {
        Set<String> names = new LinkedHashSet<>();
        for (CsvSchema.Column column : schema) {
            String name = column.getName().replace("\uFEFF", "");
            if (!COLUMNS.contains(name)) {
                throw new JsonInputException(source, name, 1, column.getIndex() + 1, "unknown column '" + name
                        + "'; known columns: " + String.join(", ", COLUMNS));
            }
            names.add(name);
        }
        for (String required : List.of("kind", "date")) {
            if (!names.contains(required)) {
                throw new JsonInputException(source, required, 1, 0, "the header has no '" + required
                        + "' column; a work file's header names its columns, e.g. " + String.join(",", COLUMNS));
            }
        }
    }

    /** One data row with its line, for conversions that name the line and column of a bad value. */
    private record Row(String source, int line, Map<String, String> cells) {
        Row {
            Map<String, String> clean = new LinkedHashMap<>();
            cells.forEach((k, v) -> clean.put(k.replace("\uFEFF", ""), v));
            cells = clean;
        }

        String kind() {
            String kind = text("kind");
            if (kind == null || !USED.containsKey(kind.toLowerCase(Locale.ROOT))) {
                throw new JsonInputException(source, "kind", line, 0, "'" + (kind == null ? "" : kind)
                        + "' is not a kind of row; expected time, expense or recovery");
            }
            String k = kind.toLowerCase(Locale.ROOT);
            cells.forEach((column, value) -> {
                if (!value.isEmpty() && !USED.get(k).contains(column)) {
                    throw new JsonInputException(source, column, line, 0, "is not used on " + k + " rows (was '"
                            + value + "'); leave it empty");
                }
            });
            return k;
        }

        <T> T convert(Supplier<T> conversion, Class<? extends Record> shape) {
            try {
                return conversion.get();
            } catch (KeyedException e) {
                throw new JsonInputException(source, e.key() == null ? "" : e.key(), line, 0, e.getMessage());
            } catch (BillingException e) {
                String key = KeyedException.keyOf(e, ConvertingDeserializer.keysOf(shape));
                throw new JsonInputException(source, key == null ? "" : key, line, 0, e.getMessage());
            }
        }

        TimeEntryJson timeEntry() {
            return new TimeEntryJson(date(), id("timekeeper"), decimal("hours"), text("taskCode"),
                    text("activityCode"), text("narrative"), bool("billable"), bool("nonWorkingTravel"),
                    duration("actualTime"));
        }

        ExpenseJson expense() {
            return new ExpenseJson(date(), text("expenseCode"), decimal("quantity"), decimal("unitCost"),
                    text("narrative"), receipt(), id("timekeeper"), decimal("actualCost"));
        }

        RecoveryJson recovery() {
            String stage = text("stage");
            Stage s = null;
            if (stage != null) {
                try {
                    s = Stage.fromLabel(stage);
                } catch (InvalidValueException e) {
                    throw KeyedException.of("stage", "'" + stage + "' is not "
                            + Errors.describe(Stage.class));
                }
            }
            return new RecoveryJson(date(), decimal("amount"), s, decimal("costs"));
        }

        private String text(String column) {
            String v = cells.get(column);
            return v == null || v.isEmpty() ? null : v;
        }

        private LocalDate date() {
            String v = text("date");
            try {
                return v == null ? null : LocalDate.parse(v);
            } catch (DateTimeParseException e) {
                throw new InvalidValueException("date", v, "must be a date as YYYY-MM-DD");
            }
        }

        private TimekeeperId id(String column) {
            String v = text(column);
            return v == null ? null : KeyedException.at(column, () -> TimekeeperId.of(v));
        }

        private BigDecimal decimal(String column) {
            String v = text(column);
            try {
                return v == null ? null : new BigDecimal(v);
            } catch (NumberFormatException e) {
                throw new InvalidValueException(column, v, "is not a decimal number");
            }
        }

        private Boolean bool(String column) {
            String v = text(column);
            if (v == null) {
                return null;
            }
            return switch (v.toLowerCase(Locale.ROOT)) {
                case "true" -> Boolean.TRUE;
                case "false" -> Boolean.FALSE;
                default -> throw new InvalidValueException(column, v, "must be true or false");
            };
        }

        private Duration duration(String column) {
            String v = text(column);
            try {
                return v == null ? null : Duration.parse(v);
            } catch (DateTimeParseException e) {
                throw new InvalidValueException(column, v, "must be an ISO-8601 duration such as PT1H30M");
            }
        }

        private Receipt receipt() {
            String v = text("receipt");
            try {
                return v == null ? null : Receipt.valueOf(v.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new InvalidValueException("receipt", v, "must be one of ATTACHED, MISSING, UNKNOWN");
            }
        }
    }

    /**
     * @param work the work
     * @return the CSV text: the columns the work uses, in {@link #COLUMNS} order, one row per item
     */
    public static String write(WorkFile work) {
        boolean actualTime = work.time().stream().anyMatch(e -> e.actualTime() != null);
        boolean actualCost = work.expenses().stream().anyMatch(e -> e.actualCost() != null);
        boolean recoveries = !work.recoveries().isEmpty();
        CsvSchema.Builder schema = CsvSchema.builder();
        for (String column : COLUMNS) {
            boolean wanted = switch (column) {
                case "actualTime" -> actualTime;
                case "actualCost" -> actualCost;
                case "amount", "stage", "costs" -> recoveries;
                default -> true;
            };
            if (wanted) {
                schema.addColumn(column);
            }
        }
        List<Map<String, String>> rows = new ArrayList<>();
        for (TimeEntry e : work.time()) {
            Map<String, String> row = new LinkedHashMap<>();
            row.put("kind", "time");
            row.put("date", e.date().toString());
            row.put("timekeeper", e.timekeeper().value());
            row.put("hours", e.hours().toPlainString());
            row.put("taskCode", e.taskCode());
            row.put("activityCode", e.activityCode());
            row.put("narrative", e.narrative());
            row.put("billable", String.valueOf(e.billable()));
            row.put("nonWorkingTravel", String.valueOf(e.nonWorkingTravel()));
            row.put("actualTime", e.actualTime() == null ? null : e.actualTime().toString());
            row.values().removeIf(Objects::isNull);
            rows.add(row);
        }
        for (Expense x : work.expenses()) {
            Map<String, String> row = new LinkedHashMap<>();
            row.put("kind", "expense");
            row.put("date", x.date().toString());
            row.put("timekeeper", x.timekeeper() == null ? null : x.timekeeper().value());
            row.put("expenseCode", x.expenseCode());
            row.put("quantity", x.quantity().toPlainString());
            row.put("unitCost", x.unitCost().amount().toPlainString());
            row.put("narrative", x.narrative());
            row.put("receipt", x.receipt().name());
            row.put("actualCost", x.actualCost() == null ? null : x.actualCost().toPlainString());
            row.values().removeIf(Objects::isNull);
            rows.add(row);
        }
        for (Recovery r : work.recoveries()) {
            Map<String, String> row = new LinkedHashMap<>();
            row.put("kind", "recovery");
            row.put("date", r.date().toString());
            row.put("amount", r.amount().amount().toPlainString());
            row.put("stage", r.stage().name());
            row.put("costs", r.costs().amount().toPlainString());
            rows.add(row);
        }
        try {
            return MAPPER.writer(schema.build().withHeader().withLineSeparator("\n")).writeValueAsString(rows);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}

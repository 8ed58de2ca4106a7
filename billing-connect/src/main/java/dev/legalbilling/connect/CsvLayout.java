package dev.legalbilling.connect;

import dev.legalbilling.InvalidValueException;
import java.time.format.DateTimeFormatter;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Which column of a system's CSV export holds which value, and how its dates are written. Each system's reader
 * has documented defaults (its {@code LAYOUT} constants); any column can be renamed with {@link #withColumn} (the
 * CLI's {@code --column FIELD=HEADER}) and the date pattern replaced with {@link #withDatePattern}
 * ({@code --date-format}). Header names are matched ignoring case and surrounding spaces. Immutable.
 *
 * @param name the layout's name, for messages (e.g. {@code clio-template})
 * @param columns the header of each field; a field without a column is blank on every row
 * @param datePattern a {@link DateTimeFormatter} pattern; ISO {@code yyyy-MM-dd} is always accepted as well
 */
public record CsvLayout(String name, Map<Field, String> columns, String datePattern) {

    /** The values an export row can hold. */
    public enum Field {
        /** The matter's number (required). */
        MATTER,
        /** The work date (required). */
        DATE,
        /** Who did the work: a user name (or id). */
        USER,
        /** Decimal hours of a time entry. */
        HOURS,
        /** Units of an expense; for a layout without {@link #HOURS} (the Clio template), also the hours. */
        QUANTITY,
        /** Hourly rate of time, or unit cost of an expense. */
        RATE,
        /** Total of an expense, used when there is no unit cost. */
        AMOUNT,
        /** The narrative (privileged). */
        DESCRIPTION,
        /** Time or expense: a cell containing {@code expense} or {@code cost} (any case) marks an expense. */
        TYPE,
        /** UTBMS task code. */
        TASK_CODE,
        /** UTBMS activity code. */
        ACTIVITY_CODE,
        /** UTBMS expense code. */
        EXPENSE_CODE,
        /** {@code yes}/{@code true}: no-charge work. */
        NON_BILLABLE,
        /** {@code no}/{@code false}: no-charge work. */
        BILLABLE,
        /** {@code yes}/{@code true}/{@code billed}: already billed, skipped. */
        BILLED,
        /** ISO currency code of the row. */
        CURRENCY
    }

    /** Validates the layout. */
    public CsvLayout {
        Objects.requireNonNull(name, "name");
        EnumMap<Field, String> copy = new EnumMap<>(Field.class);
        copy.putAll(columns);
        columns = Collections.unmodifiableMap(copy);
        if (!columns.containsKey(Field.MATTER) || !columns.containsKey(Field.DATE)) {
            throw new InvalidValueException("--column", name, "must name the MATTER and DATE columns");
        }
        try {
            DateTimeFormatter.ofPattern(datePattern, Locale.ROOT);
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("--date-format", datePattern, "is not a date pattern such as MM/dd/yyyy");
        }
    }

    /**
     * @param field a field
     * @param header its column's header, or empty to have no such column
     * @return this layout with that column
     */
    public CsvLayout withColumn(Field field, String header) {
        EnumMap<Field, String> copy = new EnumMap<>(Field.class);
        copy.putAll(columns);
        if (header == null || header.isBlank()) {
            copy.remove(field);
        } else {
            copy.put(field, header.strip());
        }
        return new CsvLayout(name, copy, datePattern);
    }

    /**
     * @param assignment {@code FIELD=Header}, as the CLI's {@code --column} takes it (field in any case)
     * @return this layout with that column
     * @throws InvalidValueException when the field is unknown or there is no {@code =}
     */
    public CsvLayout withColumn(String assignment) {
        int eq = assignment.indexOf('=');
        if (eq < 1) {
            throw new InvalidValueException("--column", assignment, "must be FIELD=HEADER, e.g. HOURS=Duration");
        }
        String f = assignment.substring(0, eq).strip().toUpperCase(Locale.ROOT).replace('-', '_');
        try {
            return withColumn(Field.valueOf(f), assignment.substring(eq + 1));
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("--column", assignment.substring(0, eq), "is not one of "
                    + java.util.Arrays.toString(Field.values()));
        }
    }

    /** @param pattern a date pattern @return this layout with it */
    public CsvLayout withDatePattern(String pattern) {
        return new CsvLayout(name, columns, pattern);
    }
}

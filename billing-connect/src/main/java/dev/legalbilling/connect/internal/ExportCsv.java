package dev.legalbilling.connect.internal;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.legalbilling.connect.CsvLayout;
import dev.legalbilling.connect.CsvLayout.Field;
import dev.legalbilling.json.JsonInputException;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a system's time and expense CSV export with a {@link CsvLayout} into neutral entries, users and matters.
 * Bounded: files over 64 MiB or 500,000 rows are refused. A malformed value fails the read with
 * {@code file:line: column: problem} (never the narrative). Not API.
 */
public final class ExportCsv {
    private static final long MAX_BYTES = 64L * 1024 * 1024;
    private static final int MAX_ROWS = 500_000;
    private static final CsvMapper MAPPER = CsvMapper.builder()
            .enable(CsvParser.Feature.SKIP_EMPTY_LINES)
            .enable(CsvParser.Feature.TRIM_SPACES)
            .build();

    /** What the file held. */
    public record Contents(List<SourceRecords.User> users, List<SourceRecords.Matter> matters,
            List<SourceRecords.Entry> entries) {
    }

    private ExportCsv() {
    }

    /**
     * @param file the export
     * @param layout its columns
     * @return the users (by name), matters (by number) and entries
     * @throws JsonInputException naming file, line and column
     */
    public static Contents read(Path file, CsvLayout layout) {
        String source = file.toString();
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new JsonInputException(source, "", 0, 0, "file is larger than 64 MiB");
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new JsonInputException(source, "", 0, 0, "file not found");
        } catch (IOException e) {
            throw new JsonInputException(source, "", 0, 0, "cannot be read (" + e.getClass().getSimpleName() + ")");
        }
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb && (bytes[2] & 0xff) == 0xbf) {
            bytes = java.util.Arrays.copyOfRange(bytes, 3, bytes.length);
        }
        DateTimeFormatter dates = DateTimeFormatter.ofPattern(layout.datePattern(), Locale.ROOT);
        Map<String, SourceRecords.User> users = new LinkedHashMap<>();
        Map<String, SourceRecords.Matter> matters = new LinkedHashMap<>();
        List<SourceRecords.Entry> entries = new ArrayList<>();
        try (MappingIterator<Map<String, String>> rows = MAPPER.readerFor(Map.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(bytes)) {
            boolean any = rows.hasNextValue();
            Map<Field, String> headers = headers(source, layout, ((CsvParser) rows.getParser()).getSchema());
            int count = 0;
            while (any && rows.hasNextValue()) {
                int line = Math.max(rows.getParser().currentLocation().getLineNr(), 0);
                Map<String, String> row = rows.nextValue();
                if (++count > MAX_ROWS) {
                    throw new JsonInputException(source, "", line, 0, "more than " + MAX_ROWS + " rows");
                }
                Map<Field, String> cells = new HashMap<>();
                headers.forEach((f, h) -> {
                    String v = row.get(h);
                    if (v != null && !v.isBlank()) {
                        cells.put(f, v.strip());
                    }
                });
                entries.add(entry(source, line, layout, cells, dates, users, matters));
            }
        } catch (IOException e) {
            throw new JsonInputException(source, "", 0, 0, "is not CSV (" + e.getClass().getSimpleName() + ")");
        }
        return new Contents(List.copyOf(users.values()), List.copyOf(matters.values()), entries);
    }

    private static Map<Field, String> headers(String source, CsvLayout layout, CsvSchema schema) {
        Map<String, String> byLower = new HashMap<>();
        for (CsvSchema.Column c : schema) {
            byLower.put(c.getName().strip().toLowerCase(Locale.ROOT), c.getName());
        }
        Map<Field, String> out = new LinkedHashMap<>();
        layout.columns().forEach((f, h) -> {
            String actual = byLower.get(h.strip().toLowerCase(Locale.ROOT));
            if (actual != null) {
                out.put(f, actual);
            }
        });
        for (Field required : List.of(Field.MATTER, Field.DATE)) {
            if (!out.containsKey(required)) {
                throw new JsonInputException(source, layout.columns().get(required), 1, 0, "the header has no '"
                        + layout.columns().get(required) + "' column (" + layout.name() + " layout; rename with"
                        + " --column " + required + "=HEADER); columns are " + byLower.keySet());
            }
        }
        if (!out.containsKey(Field.HOURS) && !out.containsKey(Field.QUANTITY)) {
            throw new JsonInputException(source, "", 1, 0, "the header has neither an hours nor a quantity column ("
                    + layout.name() + " layout; --column HOURS=HEADER)");
        }
        return out;
    }

    private static SourceRecords.Entry entry(String source, int line, CsvLayout layout, Map<Field, String> c,
            DateTimeFormatter dates, Map<String, SourceRecords.User> users, Map<String, SourceRecords.Matter> matters) {
        String type = c.getOrDefault(Field.TYPE, "").toLowerCase(Locale.ROOT);
        boolean expense = type.contains("expense") || type.contains("cost");
        String matter = c.get(Field.MATTER);
        if (matter == null) {
            throw new JsonInputException(source, layout.columns().get(Field.MATTER), line, 0, "is blank");
        }
        matters.computeIfAbsent(matter, m -> new SourceRecords.Matter(m, m, null, null, null, null, null));
        String user = c.get(Field.USER);
        String userId = null;
        if (user != null) {
            userId = userId(user);
            String id = userId;
            users.computeIfAbsent(id, k -> {
                int sp = user.lastIndexOf(' ');
                return new SourceRecords.User(id, sp < 0 ? "" : user.substring(0, sp).strip(),
                        sp < 0 ? user : user.substring(sp + 1).strip(), null);
            });
        }
        LocalDate date = date(source, line, layout, c.get(Field.DATE), dates);
        BigDecimal quantity = number(source, line, layout, c, Field.QUANTITY);
        BigDecimal hours = expense ? null : number(source, line, layout, c, Field.HOURS);
        if (!expense && hours == null && !layout.columns().containsKey(Field.HOURS)) {
            hours = quantity;
        }
        boolean billable = !yes(c.get(Field.NON_BILLABLE)) && !no(c.get(Field.BILLABLE));
        boolean billed = billed(c.get(Field.BILLED));
        return new SourceRecords.Entry(expense ? SourceRecords.Kind.EXPENSE : SourceRecords.Kind.TIME,
                "line " + line, matter, userId, date, hours, number(source, line, layout, c, Field.RATE),
                expense ? quantity : null, number(source, line, layout, c, Field.AMOUNT), c.get(Field.DESCRIPTION),
                c.get(Field.TASK_CODE), c.get(Field.ACTIVITY_CODE), c.get(Field.EXPENSE_CODE), billable, billed,
                c.get(Field.CURRENCY), null);
    }

    /**
     * @param name a user's name as an export writes it
     * @return the timekeeper id made from it: upper-case letters and digits, at most 20
     */
    public static String userId(String name) {
        String id = name.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
        return id.isEmpty() ? "UNNAMED" : id.substring(0, Math.min(20, id.length()));
    }

    private static LocalDate date(String source, int line, CsvLayout layout, String text, DateTimeFormatter f) {
        String column = layout.columns().get(Field.DATE);
        if (text == null) {
            throw new JsonInputException(source, column, line, 0, "is blank");
        }
        try {
            return LocalDate.parse(text, f);
        } catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
            } catch (DateTimeParseException e2) {
                throw new JsonInputException(source, column, line, 0, "'" + text + "' is not a date as "
                        + layout.datePattern() + " (--date-format) or YYYY-MM-DD");
            }
        }
    }

    private static BigDecimal number(String source, int line, CsvLayout layout, Map<Field, String> c, Field f) {
        String text = c.get(f);
        if (text == null) {
            return null;
        }
        String t = text.replace(",", "").replace("$", "").strip();
        try {
            if (t.length() > 40) {
                throw new NumberFormatException();
            }
            return new BigDecimal(t);
        } catch (NumberFormatException e) {
            throw new JsonInputException(source, layout.columns().get(f), line, 0, "'" + text
                    + "' is not a decimal number");
        }
    }

    /**
     * Anything in a billed column but an explicit "not billed" (blank, no, false, 0, unbilled, open, draft) counts as
     * billed, so an unknown status or an invoice number never lets billed work be drafted again.
     */
    private static boolean billed(String v) {
        return v != null && !List.of("no", "n", "false", "0", "unbilled", "open", "draft", "pending")
                .contains(v.toLowerCase(Locale.ROOT));
    }

    private static boolean yes(String v) {
        return v != null && List.of("yes", "y", "true", "1", "x").contains(v.toLowerCase(Locale.ROOT));
    }

    private static boolean no(String v) {
        return v != null && List.of("no", "n", "false", "0").contains(v.toLowerCase(Locale.ROOT));
    }
}

package dev.legalbilling.rules.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.drools.decisiontable.parser.DefaultRuleSheetListener;
import org.drools.decisiontable.parser.csv.CsvLineParser;
import org.drools.decisiontable.parser.xls.ExcelParser;
import org.drools.template.parser.DecisionTableParseException;

/**
 * A Drools decision table ({@code *.drl.csv}, {@code *.drl.xlsx}) turned into DRL text, with the way back from a
 * line of that text to the cell it came from. Only the table-to-text step of Drools is used here: the text is then
 * judged and compiled exactly as a hand-written rule file is (text scan, executable model, bytecode gate), so a table
 * is no second way into the JVM.
 *
 * <p>A table is untrusted input. Its bytes are bounded ({@link #MAX_TABLE_BYTES}); an XLSX file is a zip archive, and
 * before POI sees it every entry is inflated once here, counting, so an archive that inflates past
 * {@link #MAX_INFLATED_BYTES} in all, or holds more than {@link #MAX_ENTRIES} entries, is refused without building a
 * workbook (a "zip bomb" cannot make POI allocate gigabytes). Only the first sheet is read, as Drools does. The legacy
 * binary {@code .xls} format is not read. Stateless; thread-safe.
 */
public final class DecisionTable {
    /** Largest table file read, in bytes. */
    public static final int MAX_TABLE_BYTES = 1 << 20;
    /** Largest total size an XLSX archive may inflate to, in bytes (its sheets are XML: about 10 times the data). */
    public static final long MAX_INFLATED_BYTES = 16L << 20;
    /** Most entries an XLSX archive may hold. */
    public static final int MAX_ENTRIES = 1_000;

    private static final Pattern RULE_VALUES = Pattern.compile("^// rule values at ([A-Z]+)(\\d+), header at");

    /** What a table file is. */
    public enum Format {
        /** Comma-separated values, UTF-8. */
        CSV,
        /** Office Open XML workbook. */
        XLSX
    }

    /**
     * A table that cannot be turned into DRL.
     *
     * @param row 1-based row of the cell at fault, 0 when none
     * @param column 1-based column, 0 when none
     * @param message what is wrong
     */
    public record Failure(int row, int column, String message) {
    }

    /**
     * The table as DRL text, with where each line came from.
     *
     * @param drl the DRL text Drools generated
     * @param sheet the sheet read (XLSX), or null for CSV
     * @param lineCells for each 1-based DRL line, {row, column} (1-based) of its cell, or null when not known
     * @param failure why no DRL could be generated, or null
     * @param source the table file's bytes as read (the isolation mode sends them to its workers), or null
     */
    public record Result(String drl, String sheet, Map<Integer, int[]> lineCells, Failure failure, byte[] source) {
        /**
         * @param line 1-based line of {@link #drl()}
         * @return {row, column} of the cell the line came from; the table's first cell when not known
         */
        public int[] cellOf(int line) {
            int[] at = lineCells.get(line);
            return at == null ? new int[] {1, 1} : at;
        }
    }

    private DecisionTable() {
    }

    /**
     * @param fileName the file's name
     * @return its format, or null when the name is not that of a decision table
     */
    public static Format formatOf(String fileName) {
        String n = fileName.toLowerCase(Locale.ROOT);
        if (n.endsWith(".drl.csv")) {
            return Format.CSV;
        }
        if (n.endsWith(".drl.xlsx")) {
            return Format.XLSX;
        }
        return null;
    }

    /**
     * @param format the table's format
     * @param bytes the table file
     * @return the DRL, or the failure that prevents it
     */
    public static Result toDrl(Format format, byte[] bytes) {
        if (bytes.length > MAX_TABLE_BYTES) {
            return failed(0, 0, "has " + bytes.length + " bytes; no decision table larger than " + MAX_TABLE_BYTES
                    + " bytes is read");
        }
        List<List<String>> cells;
        String sheet = null;
        DefaultRuleSheetListener listener = new DefaultRuleSheetListener();
        try {
            if (format == Format.CSV) {
                String text = utf8(bytes);
                if (text == null) {
                    return failed(0, 0, "is not valid UTF-8 (save the table as CSV UTF-8)");
                }
                cells = csvCells(text);
                new org.drools.decisiontable.parser.csv.CsvParser(listener, new CsvLineParser())
                        .parseFile(new ByteArrayInputStream(bytes));
            } else {
                String bomb = zipBomb(bytes);
                if (bomb != null) {
                    return failed(0, 0, bomb);
                }
                try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
                    if (workbook.getNumberOfSheets() == 0) {
                        return failed(0, 0, "has no sheet");
                    }
                    Sheet first = workbook.getSheetAt(0);
                    sheet = first.getSheetName();
                    cells = sheetCells(first);
                    new ExcelParser(listener).parseWorkbook(workbook);
                }
            }
        } catch (IOException | RuntimeException e) {
            return failure(e, sheet);
        }
        String drl;
        try {
            drl = new org.drools.decisiontable.SpreadsheetCompiler().listenerToString(listener);
        } catch (RuntimeException e) {
            return failure(e, sheet);
        }
        return new Result(drl, sheet, lineCells(drl, cells), null, bytes.clone());
    }

    private static Result failed(int row, int column, String message) {
        return new Result(null, null, Map.of(), new Failure(row, column, message), null);
    }

    private static final Pattern AT_CELL = Pattern.compile("(?i)\\b(?:cell|at) ([A-Z]{1,3})(\\d+)\\b");
    private static final Pattern ROW_COL = Pattern.compile("(?i)row:? ?(\\d+)[, ]+col(?:umn)?:? ?(\\d+)");

    private static Result failure(Exception e, String sheet) {
        String message = RuleSetCompiler.rootMessage(e);
        if (e instanceof DecisionTableParseException || e.getCause() instanceof DecisionTableParseException) {
            Matcher m = AT_CELL.matcher(message);
            if (m.find()) {
                return failed(Integer.parseInt(m.group(2)), column(m.group(1)), plain(message));
            }
            Matcher rc = ROW_COL.matcher(message);
            if (rc.find()) {
                return failed(Integer.parseInt(rc.group(1)) + 1, Integer.parseInt(rc.group(2)) + 1, plain(message));
            }
            return failed(0, 0, plain(message));
        }
        if (e instanceof IOException || e.getClass().getName().startsWith("org.apache.poi")) {
            return failed(0, 0, "is not a readable XLSX workbook (" + plain(message) + ")");
        }
        return failed(0, 0, "cannot be read as a decision table: " + plain(message));
    }

    private static String plain(String message) {
        String m = message.strip();
        return m.isEmpty() ? m : Character.toLowerCase(m.charAt(0)) + m.substring(1);
    }

    /**
     * @return why the archive is refused, or null: every entry is inflated once, counting, and reading stops as soon
     *     as a limit is passed
     */
    static String zipBomb(byte[] bytes) {
        long total = 0;
        int entries = 0;
        byte[] buffer = new byte[8192];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (++entries > MAX_ENTRIES) {
                    return "holds more than " + MAX_ENTRIES + " archive entries; it was not read";
                }
                int n;
                while ((n = zip.read(buffer)) > 0) {
                    total += n;
                    if (total > MAX_INFLATED_BYTES) {
                        return "inflates to more than " + MAX_INFLATED_BYTES
                                + " bytes (a decision table is far smaller); it was not read";
                    }
                }
            }
        } catch (IOException e) {
            return "is not a readable XLSX workbook (" + e.getMessage() + ")";
        }
        return entries == 0 ? "is not a readable XLSX workbook (not a zip archive)" : null;
    }

    private static String utf8(byte[] bytes) {
        try {
            String s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes))
                    .toString();
            return s.startsWith("\uFEFF") ? s.substring(1) : s;
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** @return the cells as Drools' CSV parser sees them: one row a line */
    private static List<List<String>> csvCells(String text) {
        CsvLineParser parser = new CsvLineParser();
        List<List<String>> rows = new ArrayList<>();
        for (String line : text.split("\\R", -1)) {
            rows.add(parser.parse(line));
        }
        return rows;
    }

    private static List<List<String>> sheetCells(Sheet sheet) {
        DataFormatter formatter = new DataFormatter(Locale.ROOT);
        List<List<String>> rows = new ArrayList<>();
        for (Row row : sheet) {
            while (rows.size() < row.getRowNum()) {
                rows.add(List.of());
            }
            List<String> values = new ArrayList<>();
            for (Cell cell : row) {
                while (values.size() < cell.getColumnIndex()) {
                    values.add("");
                }
                values.add(formatter.formatCellValue(cell));
            }
            rows.add(values);
        }
        return rows;
    }

    /**
     * Each line of a rule is traced to the cell of its row (Drools writes {@code // rule values at A10} before each
     * rule) whose text the line holds, the longest such; a line before the first rule (package, imports) to the cell
     * anywhere in the table whose text it holds.
     */
    private static Map<Integer, int[]> lineCells(String drl, List<List<String>> cells) {
        Map<Integer, int[]> at = new HashMap<>();
        String[] lines = drl.split("\n", -1);
        int row = 0;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            Matcher m = RULE_VALUES.matcher(line);
            if (m.find()) {
                row = Integer.parseInt(m.group(2));
                at.put(i + 1, new int[] {row, column(m.group(1))});
                continue;
            }
            if (line.isEmpty()) {
                continue;
            }
            int[] found = null;
            if (row > 0 && row <= cells.size()) {
                found = bestCell(line, cells, row - 1, row - 1, 1);
            }
            if (found == null) {
                found = bestCell(line, cells, 0, cells.size() - 1, 4);
            }
            if (found == null && row > 0) {
                found = new int[] {row, 1};
            }
            if (found != null) {
                at.put(i + 1, found);
            }
        }
        return at;
    }

    private static int[] bestCell(String line, List<List<String>> cells, int fromRow, int toRow, int minLength) {
        int[] best = null;
        int bestLength = minLength - 1;
        for (int r = fromRow; r <= toRow; r++) {
            List<String> row = cells.get(r);
            for (int c = 0; c < row.size(); c++) {
                String v = row.get(c).strip();
                if (v.length() > bestLength && (line.contains(v) || line.length() >= 8 && v.contains(line))) {
                    best = new int[] {r + 1, c + 1};
                    bestLength = v.length();
                }
            }
        }
        return best;
    }

    private static int column(String letters) {
        int c = 0;
        for (char ch : letters.toUpperCase(Locale.ROOT).toCharArray()) {
            c = c * 26 + (ch - 'A' + 1);
        }
        return c;
    }

    /**
     * @param column 1-based column
     * @return its letters, {@code A} for 1, {@code AA} for 27
     */
    public static String columnName(int column) {
        StringBuilder s = new StringBuilder();
        for (int c = column; c > 0; c = (c - 1) / 26) {
            s.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return s.toString();
    }
}

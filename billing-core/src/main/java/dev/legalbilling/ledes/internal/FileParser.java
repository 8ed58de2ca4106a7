package dev.legalbilling.ledes.internal;

import dev.legalbilling.ledes.LedesDialect;
import dev.legalbilling.ledes.LedesErrorCode;
import dev.legalbilling.ledes.LedesFormat;
import dev.legalbilling.ledes.LedesIssue;
import dev.legalbilling.ledes.LedesReadResult;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a LEDES file one invoice at a time: header, field-name line, then runs of rows grouped by INVOICE_NUMBER.
 * Holds at most one invoice's rows (plus one row of look-ahead) in memory. Not part of the API; not thread-safe.
 */
public final class FileParser implements Closeable {
    /**
     * Reader options.
     *
     * @param dialect the rules
     * @param defaultCurrency currency of 1998B files
     * @param stopAtFirstError stop after the first error
     * @param maxLineLength longest line in bytes
     * @param maxIssues most issues listed per invoice and for the file
     */
    public record Settings(LedesDialect dialect, Currency defaultCurrency, boolean stopAtFirstError,
            int maxLineLength, int maxIssues) {
    }

    private final LineReader lines;
    private final Settings settings;
    private final IssueFactory factory;
    private final Issues fileIssues;
    private final Map<String, Integer> seen = new HashMap<>();
    private final List<Integer> pendingBlankLines = new ArrayList<>();
    private LedesFormat format;
    private InvoiceAssembler assembler;
    private boolean started;
    private boolean done;
    private Row pendingRow;
    /** The fields of the last row split with the format's count, whose texts the next row reuses where equal. */
    private String[] previousFields;
    private int rowsSeen;
    private int lastLine;
    private int charsetRank;
    private boolean sawUtf8;
    private boolean sawAnsi;
    private boolean mixedReported;

    /**
     * @param in the file's bytes; closed by {@link #close()}
     * @param file the file name for issues
     * @param settings reader options
     */
    public FileParser(InputStream in, String file, Settings settings) {
        this.lines = new LineReader(in, settings.maxLineLength());
        this.settings = settings;
        this.factory = new IssueFactory(settings.dialect(), file);
        this.fileIssues = new Issues(settings.maxIssues());
    }

    /** @return the format, once the header has been read; null when unknown */
    public LedesFormat format() {
        return format;
    }

    /** @return the widest encoding seen so far: US-ASCII, UTF-8 or windows-1252 */
    public Charset charset() {
        return switch (charsetRank) {
            case 0 -> StandardCharsets.US_ASCII;
            case 1 -> StandardCharsets.UTF_8;
            default -> LineReader.WINDOWS_1252;
        };
    }

    /** @return issues about the file rather than one invoice, found so far, ordered by line */
    public List<LedesIssue> fileIssues() {
        return fileIssues.sorted(factory, false);
    }

    /**
     * @return the next invoice, or null when there are no more (or reading stopped at the first error)
     * @throws IOException when the stream fails
     */
    public LedesReadResult next() throws IOException {
        if (done) {
            return null;
        }
        if (!started) {
            started = true;
            readPreamble();
            if (done || stopNow()) {
                done = true;
                return null;
            }
        }
        List<Row> rows = new ArrayList<>();
        String key = null;
        while (true) {
            Row row = pendingRow != null ? pendingRow : readRow();
            pendingRow = null;
            if (row == null) {
                done = true;
                break;
            }
            rowsSeen++;
            if (row.key() == null) {
                if (rows.isEmpty()) {
                    fileIssues.addAll(row.issues());
                    if (stopNow()) {
                        done = true;
                        return null;
                    }
                } else {
                    rows.add(row);
                }
                continue;
            }
            if (rows.isEmpty()) {
                key = row.key();
                rows.add(row);
            } else if (row.key().equals(key)) {
                rows.add(row);
            } else {
                pendingRow = row;
                break;
            }
        }
        if (rows.isEmpty()) {
            if (rowsSeen == 0 && seen.isEmpty()) {
                fileIssues.add(factory.issue(LedesErrorCode.NO_LINE_ITEMS, lastLine, null, null,
                        "the file ends after its header: there are no invoice rows"));
            }
            return null;
        }
        Integer firstSeenAt = key.isEmpty() ? null : seen.putIfAbsent(remembered(key), rows.get(0).line());
        LedesReadResult result = assembler.assemble(key, rows, firstSeenAt == null ? 0 : firstSeenAt);
        if (settings.stopAtFirstError() && (result.hasErrors() || fileIssues.hasErrors())) {
            done = true;
        }
        return result;
    }

    /**
     * @param key an invoice number as written
     * @return the key itself when short, else a digest of it, so that remembering the numbers seen costs little
     *     memory even when a damaged file has huge invoice numbers
     */
    private static String remembered(String key) {
        if (key.length() <= 64) {
            return key;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return "#sha256:" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }

    private boolean stopNow() {
        return settings.stopAtFirstError() && fileIssues.hasErrors();
    }

    /** Reads the header and the field-name line, deciding the format. Sets {@code done} when nothing can follow. */
    private void readPreamble() throws IOException {
        LineReader.RawLine header = nextNonBlank();
        if (header == null) {
            fileIssues.add(factory.issue(LedesErrorCode.EMPTY_FILE, lastLine, null, null,
                    "the file is empty: it needs a LEDES1998B[] or LEDES98BI V2[] header"));
            done = true;
            return;
        }
        if (header.tooLong()) {
            fileIssues.add(tooLong(header));
            fileIssues.add(factory.issue(LedesErrorCode.BAD_HEADER, header.number(), null, null,
                    "the first line is not LEDES1998B[] or LEDES98BI V2[]"));
            done = true;
            return;
        }
        String text = stripEnd(header.text());
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String bare = text.endsWith("[]") ? text.substring(0, text.length() - 2) : text;
        format = LedesFormat.ofHeader(bare).orElse(null);
        if (format != null) {
            if (!text.endsWith("[]")) {
                fileIssues.add(factory.issue(LedesErrorCode.MISSING_LINE_END, header.number(), null, null,
                        "the header '" + IssueFactory.show(null, text) + "' does not end with []"));
            }
            start();
            readFieldNames(nextNonBlank());
            return;
        }
        if (text.toUpperCase(Locale.ROOT).startsWith("INVOICE_DATE|")) {
            LedesFormat byCount = byFieldCount(split(withoutEnd(text)).length);
            fileIssues.add(factory.issue(LedesErrorCode.BAD_HEADER, header.number(), null, null,
                    "the header line is missing: the file starts with the field names"));
            if (byCount == null) {
                fileIssues.add(factory.issue(LedesErrorCode.BAD_FIELD_NAMES, header.number(), null, null,
                        "the field-name line has " + split(withoutEnd(text)).length
                                + " names; LEDES1998B has 24 and LEDES98BI V2 has 52"));
                done = true;
                return;
            }
            format = byCount;
            start();
            readFieldNames(header);
            return;
        }
        fileIssues.add(factory.issue(LedesErrorCode.BAD_HEADER, header.number(), null,
                IssueFactory.show(null, text), "the first line '" + IssueFactory.show(null, text)
                        + "' is not LEDES1998B[] or LEDES98BI V2[]"));
        LineReader.RawLine second = nextNonBlank();
        if (second == null || second.tooLong()) {
            if (second != null) {
                fileIssues.add(tooLong(second));
            }
            done = true;
            return;
        }
        String secondText = withoutEnd(stripEnd(second.text()));
        LedesFormat byCount = byFieldCount(split(secondText).length);
        if (byCount == null) {
            done = true;
            return;
        }
        format = byCount;
        start();
        readFieldNames(second);
    }

    private void start() {
        assembler = new InvoiceAssembler(settings.dialect(), format, settings.defaultCurrency(), factory,
                settings.maxIssues(), settings.stopAtFirstError());
    }

    private void readFieldNames(LineReader.RawLine names) {
        if (names == null) {
            fileIssues.add(factory.issue(LedesErrorCode.NO_LINE_ITEMS, lastLine, null, null,
                    "the file ends after its header: there is no field-name line and no invoice row"));
            done = true;
            return;
        }
        if (names.tooLong()) {
            fileIssues.add(tooLong(names));
            fileIssues.add(factory.issue(LedesErrorCode.BAD_FIELD_NAMES, names.number(), null, null,
                    "the field-name line is missing"));
            return;
        }
        String text = stripEnd(names.text());
        String[] found = split(withoutEnd(text));
        if (!found[0].strip().toUpperCase(Locale.ROOT).equals("INVOICE_DATE")) {
            fileIssues.add(factory.issue(LedesErrorCode.BAD_FIELD_NAMES, names.number(), null, null,
                    "the field-name line is missing; line " + names.number() + " is read as an invoice row"));
            pendingRow = toRow(names);
            return;
        }
        if (!text.endsWith("[]")) {
            fileIssues.add(factory.issue(LedesErrorCode.MISSING_LINE_END, names.number(), null, null,
                    "the field-name line does not end with []"));
        }
        List<String> expected = format.fieldNames();
        if (found.length != expected.size()) {
            fileIssues.add(factory.issue(LedesErrorCode.BAD_FIELD_NAMES, names.number(), null,
                    String.valueOf(found.length), "the field-name line has " + found.length + " names; "
                            + format.header() + " has " + expected.size()));
            return;
        }
        for (int i = 0; i < found.length; i++) {
            if (!found[i].equals(expected.get(i))) {
                fileIssues.add(factory.issue(LedesErrorCode.BAD_FIELD_NAMES, names.number(), null,
                        IssueFactory.show(null, found[i]), "field " + (i + 1) + " is named '"
                                + IssueFactory.show(null, found[i]) + "', expected " + expected.get(i)));
            }
        }
    }

    private static LedesFormat byFieldCount(int count) {
        for (LedesFormat f : LedesFormat.values()) {
            if (f.fieldCount() == count) {
                return f;
            }
        }
        return null;
    }

    private LineReader.RawLine nextNonBlank() throws IOException {
        while (true) {
            LineReader.RawLine raw = nextLine();
            if (raw == null) {
                pendingBlankLines.clear();
                return null;
            }
            if (raw.isBlank()) {
                pendingBlankLines.add(raw.number());
                continue;
            }
            for (int blank : pendingBlankLines) {
                fileIssues.add(factory.issue(LedesErrorCode.BLANK_LINE, blank, null, null,
                        "line " + blank + " is blank"));
            }
            pendingBlankLines.clear();
            return raw;
        }
    }

    private LineReader.RawLine nextLine() throws IOException {
        LineReader.RawLine raw = lines.next();
        if (raw == null) {
            return null;
        }
        lastLine = raw.number();
        if (!raw.tooLong()) {
            if (raw.charset().equals(StandardCharsets.UTF_8) && raw.text().chars().anyMatch(c -> c > 0x7F)) {
                sawUtf8 = true;
                charsetRank = Math.max(charsetRank, 1);
            } else if (raw.charset().equals(LineReader.WINDOWS_1252)) {
                sawAnsi = true;
                charsetRank = 2;
            }
            if (sawUtf8 && sawAnsi && !mixedReported) {
                mixedReported = true;
                fileIssues.add(factory.issue(LedesErrorCode.MIXED_ENCODING, raw.number(), null, null,
                        "line " + raw.number() + " is " + raw.charset().name()
                                + " but other lines are " + (raw.charset().equals(StandardCharsets.UTF_8)
                                        ? "windows-1252" : "UTF-8")));
            }
        }
        return raw;
    }

    private Row readRow() throws IOException {
        LineReader.RawLine raw = nextNonBlank();
        return raw == null ? null : toRow(raw);
    }

    private LedesIssue tooLong(LineReader.RawLine raw) {
        return factory.issue(LedesErrorCode.LINE_TOO_LONG, raw.number(), null, null, "line " + raw.number()
                + " is " + raw.length() + " bytes long, more than the limit of " + settings.maxLineLength()
                + "; it is skipped");
    }

    /** Splits a line into a row, recording structural issues. */
    private Row toRow(LineReader.RawLine raw) {
        List<LedesIssue> issues = new ArrayList<>(0);
        if (raw.tooLong()) {
            issues.add(tooLong(raw));
            return new Row(raw.number(), null, null, false, issues);
        }
        boolean intact = true;
        String text = stripEnd(raw.text());
        int length = text.length();
        boolean undecodable = raw.undecodable();
        for (int i = 0; (raw.control() || undecodable) && i < length; i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\t') || c == 0x7F || (undecodable && c == '\uFFFD')) {
                issues.add(factory.issue(LedesErrorCode.CONTROL_CHARACTER, raw.number(), fieldAt(text, i), null,
                        "contains " + (c == '\uFFFD' ? "an undecodable byte" : String.format("control character"
                                + " U+%04X", (int) c)) + " at column " + (i + 1)));
                intact = false;
                break;
            }
        }
        if (!raw.charset().equals(StandardCharsets.US_ASCII)) {
            checkEncoding(raw, text, issues);
        }
        int end;
        if (text.endsWith("[]")) {
            end = length - 2;
        } else {
            issues.add(factory.issue(LedesErrorCode.MISSING_LINE_END, raw.number(), null, null,
                    "line " + raw.number() + " does not end with [] (truncated, or a line break in a description?)"));
            intact = false;
            end = length;
        }
        if (isBlank(text, end)) {
            issues.add(factory.issue(LedesErrorCode.EMPTY_ROW, raw.number(), null, null,
                    "line " + raw.number() + " holds no fields"));
            return new Row(raw.number(), null, null, false, issues);
        }
        String[] fields = split(text, end, format.fieldCount(), previousFields);
        String key = fields.length >= 2 ? fields[Field.INVOICE_NUMBER.ordinal()].strip() : null;
        if (fields.length != format.fieldCount()) {
            issues.add(factory.issue(LedesErrorCode.WRONG_FIELD_COUNT, raw.number(), null,
                    String.valueOf(fields.length), "line " + raw.number() + " has " + fields.length + " fields; "
                            + format.header() + " rows have " + format.fieldCount()
                            + (fields.length > format.fieldCount() ? " (a '|' inside a description?)" : "")));
            return new Row(raw.number(), null, key, false, issues);
        }
        previousFields = fields;
        return new Row(raw.number(), fields, key, intact, issues.isEmpty() ? List.of() : issues);
    }

    /** @return true when the text before {@code end} is empty or white space only, as {@link String#isBlank()} */
    private static boolean isBlank(String text, int end) {
        for (int i = 0; i < end; i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private void checkEncoding(LineReader.RawLine raw, String text, List<LedesIssue> issues) {
        Charset charset = raw.charset();
        if (charset.equals(StandardCharsets.UTF_8) && text.chars().allMatch(c -> c < 0x80)) {
            return;
        }
        if (charset.equals(StandardCharsets.US_ASCII) || settings.dialect().charsets().contains(charset)) {
            return;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c > 0x7F) {
                Field field = fieldAt(text, i);
                LedesIssue issue = factory.issue(LedesErrorCode.ENCODING_NOT_ACCEPTED, raw.number(), field, null,
                        String.format("contains U+%04X", (int) c) + " (the line is " + charset.name()
                                + "); dialect " + settings.dialect().name() + " accepts "
                                + settings.dialect().charsets().stream().map(Charset::name).toList());
                if (issue != null) {
                    issues.add(issue);
                }
                return;
            }
        }
    }

    /** @return the field at a column of a row, or null when outside the format's fields */
    private Field fieldAt(String text, int column) {
        if (format == null) {
            return null;
        }
        int index = 0;
        for (int i = 0; i < column; i++) {
            if (text.charAt(i) == '|') {
                index++;
            }
        }
        return index < format.fieldCount() ? Field.values()[index] : null;
    }

    private static String stripEnd(String s) {
        int end = s.length();
        while (end > 0 && (s.charAt(end - 1) == ' ' || s.charAt(end - 1) == '\t')) {
            end--;
        }
        return s.substring(0, end);
    }

    private static String withoutEnd(String s) {
        return s.endsWith("[]") ? s.substring(0, s.length() - 2) : s;
    }

    private static String[] split(String body) {
        return split(body, body.length(), 8, null);
    }

    /**
     * @param text a line
     * @param end where the fields end (before {@code []})
     * @param expected the usual number of fields, to size the array
     * @param previous the fields of the previous row (texts without {@code |}), or null: a field written as there
     *     is that same string (an invoice's rows repeat most of their fields; sharing them saves copies, and the
     *     invoice assembler takes the same string as the sign that the field reads as on the previous row)
     * @return the texts between the {@code |}s before {@code end}
     */
    static String[] split(String text, int end, int expected, String[] previous) {
        String[] parts = new String[Math.max(expected, 1)];
        int count = 0;
        int start = 0;
        while (true) {
            if (count == parts.length) {
                parts = Arrays.copyOf(parts, count * 2);
            }
            if (previous != null && count < previous.length) {
                // the previous row's field here, when the text continues with it and then a '|' or the end: that
                // is where the field ends, found without searching for the '|' (the field holds none)
                String earlier = previous[count];
                int stop = start + earlier.length();
                if (stop <= end && (stop == end || text.charAt(stop) == '|')
                        && text.regionMatches(start, earlier, 0, earlier.length())) {
                    parts[count++] = earlier;
                    if (stop == end) {
                        break;
                    }
                    start = stop + 1;
                    continue;
                }
            }
            int bar = text.indexOf('|', start);
            if (bar < 0 || bar >= end) {
                parts[count++] = text.substring(start, end);
                break;
            }
            parts[count++] = text.substring(start, bar);
            start = bar + 1;
        }
        return count == parts.length ? parts : Arrays.copyOf(parts, count);
    }

    @Override
    public void close() throws IOException {
        lines.close();
    }
}

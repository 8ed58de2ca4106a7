package dev.legalbilling.benchmarks.endtoend;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The yardstick of the end-to-end benchmark: a program a developer would write by hand to do what {@code billing
 * check --no-default-packs --rules firm-rules.drl --format json} does with the benchmark's five rules. It reads LEDES
 * 1998B files line by line, checks each row's shape (the field count of the header, the {@code []} end) and parses
 * the fields the checks read (numbers, dates), computes the five checks of {@code firm-rules.drl} with the same
 * thresholds and messages, and writes a JSON report (each invoice with its findings: rule id, line item number,
 * message) atomically. Files are checked on {@code --threads} threads, one file per thread at a time, as the CLI
 * does.
 *
 * <pre>
 * java -cp benchmarks.jar dev.legalbilling.benchmarks.endtoend.HandWrittenFileChecker [--threads N] OUT.json FILE...
 * </pre>
 *
 * <p>Exit codes: 0 no finding, 1 findings, 2 a malformed file (the message names file, line and field).
 */
public final class HandWrittenFileChecker {
    private static final BigDecimal EIGHT = BigDecimal.valueOf(8);
    private static final BigDecimal SIX_HUNDRED = BigDecimal.valueOf(600);
    private static final BigDecimal FIVE_HUNDRED = BigDecimal.valueOf(500);
    private static final DateTimeFormatter YYYYMMDD = DateTimeFormatter.BASIC_ISO_DATE;

    /** One finding. */
    record Finding(String ruleId, String lineItem, String message) {
    }

    /** One invoice's findings, in the order of its rows. */
    record CheckedInvoice(String file, String number, List<Finding> findings) {
    }

    private HandWrittenFileChecker() {
    }

    /**
     * @param args {@code [--threads N] OUT.json FILE...}
     */
    public static void main(String[] args) {
        int threads = Runtime.getRuntime().availableProcessors();
        int at = 0;
        if (args.length > 1 && args[0].equals("--threads")) {
            threads = Integer.parseInt(args[1]);
            at = 2;
        }
        if (args.length - at < 2) {
            System.err.println("usage: HandWrittenFileChecker [--threads N] OUT.json FILE...");
            System.exit(2);
        }
        Path out = Path.of(args[at]);
        List<Path> files = Arrays.stream(args, at + 1, args.length).map(Path::of).toList();
        try {
            List<CheckedInvoice> invoices = checkAll(files, threads);
            writeReport(out, invoices);
            System.exit(invoices.stream().anyMatch(i -> !i.findings().isEmpty()) ? 1 : 0);
        } catch (IllegalArgumentException | UncheckedIOException e) {
            System.err.println("hand-written checker: " + e.getMessage());
            System.exit(2);
        }
    }

    /**
     * @param files LEDES 1998B files
     * @param threads how many files are checked at once
     * @return every invoice of the files, in file order
     * @throws IllegalArgumentException when a file is malformed
     * @throws UncheckedIOException when a file cannot be read
     */
    static List<CheckedInvoice> checkAll(List<Path> files, int threads) {
        if (threads <= 1 || files.size() == 1) {
            List<CheckedInvoice> all = new ArrayList<>();
            files.forEach(f -> all.addAll(check(f)));
            return all;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, files.size()));
        try {
            List<Future<List<CheckedInvoice>>> futures = new ArrayList<>();
            for (Path f : files) {
                futures.add(pool.submit(() -> check(f)));
            }
            List<CheckedInvoice> all = new ArrayList<>();
            for (Future<List<CheckedInvoice>> f : futures) {
                all.addAll(f.get());
            }
            return all;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * @param file a LEDES 1998B file
     * @return its invoices with their findings
     */
    static List<CheckedInvoice> check(Path file) {
        Map<String, CheckedInvoice> invoices = new LinkedHashMap<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String first = in.readLine();
            String header = in.readLine();
            if (first == null || !first.equals("LEDES1998B[]") || header == null || !header.endsWith("[]")) {
                throw new IllegalArgumentException(file + ":1: not a LEDES 1998B file");
            }
            List<String> names = List.of(header.substring(0, header.length() - 2).split("\\|", -1));
            Columns c = new Columns(file, names);
            String[] fields = new String[names.size()];
            int lineNo = 2;
            for (String row = in.readLine(); row != null; row = in.readLine()) {
                lineNo++;
                if (row.isEmpty()) {
                    continue;
                }
                split(file, lineNo, row, fields);
                String number = fields[c.invoiceNumber];
                CheckedInvoice invoice = invoices.computeIfAbsent(number,
                        n -> new CheckedInvoice(file.toString(), n, new ArrayList<>()));
                checkRow(file, lineNo, c, fields, invoice.findings());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot be read", e);
        }
        return new ArrayList<>(invoices.values());
    }

    /** The five checks of firm-rules.drl on one row. */
    private static void checkRow(Path file, int lineNo, Columns c, String[] f, List<Finding> findings) {
        String type = f[c.type];
        String item = f[c.lineItem];
        BigDecimal units = decimal(file, lineNo, "LINE_ITEM_NUMBER_OF_UNITS", f[c.units]);
        BigDecimal rate = f[c.unitCost].isEmpty() ? BigDecimal.ZERO
                : decimal(file, lineNo, "LINE_ITEM_UNIT_COST", f[c.unitCost]);
        BigDecimal total = decimal(file, lineNo, "LINE_ITEM_TOTAL", f[c.total]);
        date(file, lineNo, "LINE_ITEM_DATE", f[c.date]);
        if (type.equals("F")) {
            if (units.compareTo(EIGHT) > 0) {
                findings.add(new Finding("FIRM-LONG-ENTRY", item, "Line " + item + " bills " + units.toPlainString()
                        + " hours in one entry, more than 8."));
            }
            if (f[c.taskCode].isEmpty()) {
                findings.add(new Finding("FIRM-NO-TASK-CODE", item, "Line " + item + " has no task code."));
            }
            if (f[c.description].indexOf(';') >= 0) {
                findings.add(new Finding("FIRM-BLOCK-BILLING", item, "Line " + item
                        + " lumps several tasks into one entry."));
            }
            if (rate.compareTo(SIX_HUNDRED) > 0) {
                findings.add(new Finding("FIRM-HIGH-RATE", item, "Line " + item + " is billed at "
                        + rate.toPlainString() + " an hour, more than 600."));
            }
        } else if (type.equals("E") && total.compareTo(FIVE_HUNDRED) > 0) {
            findings.add(new Finding("FIRM-LARGE-EXPENSE", item, "Line " + item + " is an expense of "
                    + total.toPlainString() + ", more than 500."));
        }
    }

    /** Splits a row ending in {@code []} into exactly as many fields as the header names. */
    private static void split(Path file, int lineNo, String row, String[] fields) {
        if (!row.endsWith("[]")) {
            throw new IllegalArgumentException(file + ":" + lineNo + ": the row does not end with []");
        }
        int end = row.length() - 2;
        int from = 0;
        int last = fields.length - 1;
        for (int i = 0; i < last; i++) {
            int bar = row.indexOf('|', from);
            if (bar < 0 || bar >= end) {
                throw new IllegalArgumentException(file + ":" + lineNo + ": " + (i + 1) + " fields, the header has "
                        + fields.length);
            }
            fields[i] = row.substring(from, bar);
            from = bar + 1;
        }
        int extra = row.indexOf('|', from);
        if (extra >= 0 && extra < end) {
            throw new IllegalArgumentException(file + ":" + lineNo + ": more fields than the header's "
                    + fields.length);
        }
        fields[last] = row.substring(from, end);
    }

    private static BigDecimal decimal(Path file, int lineNo, String field, String text) {
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(file + ":" + lineNo + ": " + field + " is not a number");
        }
    }

    private static LocalDate date(Path file, int lineNo, String field, String text) {
        try {
            return LocalDate.parse(text, YYYYMMDD);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(file + ":" + lineNo + ": " + field + " is not a date YYYYMMDD");
        }
    }

    /** Writes the report to a temporary file beside {@code out}, then moves it into place. */
    static void writeReport(Path out, List<CheckedInvoice> invoices) {
        Path dir = out.toAbsolutePath().getParent();
        try {
            Path tmp = Files.createTempFile(dir, ".report", ".tmp");
            try (JsonGenerator json = new JsonFactory().createGenerator(tmp.toFile(), JsonEncoding.UTF8)) {
                json.useDefaultPrettyPrinter();
                json.writeStartObject();
                json.writeArrayFieldStart("invoices");
                for (CheckedInvoice invoice : invoices) {
                    json.writeStartObject();
                    json.writeStringField("file", invoice.file());
                    json.writeStringField("invoiceNumber", invoice.number());
                    json.writeArrayFieldStart("findings");
                    for (Finding f : invoice.findings()) {
                        json.writeStartObject();
                        json.writeStringField("ruleId", f.ruleId());
                        json.writeStringField("lineItemNumber", f.lineItem());
                        json.writeStringField("message", f.message());
                        json.writeEndObject();
                    }
                    json.writeEndArray();
                    json.writeEndObject();
                }
                json.writeEndArray();
                json.writeEndObject();
            }
            Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(out + ": cannot be written", e);
        }
    }

    /** Positions of the fields the checks read, from the header row. */
    private static final class Columns {
        final int invoiceNumber;
        final int lineItem;
        final int type;
        final int units;
        final int total;
        final int date;
        final int taskCode;
        final int description;
        final int unitCost;

        Columns(Path file, List<String> names) {
            invoiceNumber = index(file, names, "INVOICE_NUMBER");
            lineItem = index(file, names, "LINE_ITEM_NUMBER");
            type = index(file, names, "EXP/FEE/INV_ADJ_TYPE");
            units = index(file, names, "LINE_ITEM_NUMBER_OF_UNITS");
            total = index(file, names, "LINE_ITEM_TOTAL");
            date = index(file, names, "LINE_ITEM_DATE");
            taskCode = index(file, names, "LINE_ITEM_TASK_CODE");
            description = index(file, names, "LINE_ITEM_DESCRIPTION");
            unitCost = index(file, names, "LINE_ITEM_UNIT_COST");
        }

        private static int index(Path file, List<String> names, String name) {
            int i = names.indexOf(name);
            if (i < 0) {
                throw new IllegalArgumentException(file + ":2: the header has no field " + name);
            }
            return i;
        }
    }
}

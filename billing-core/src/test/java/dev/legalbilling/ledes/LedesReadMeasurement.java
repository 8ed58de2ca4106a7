package dev.legalbilling.ledes;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * A hand-run measurement (not a test) of the LEDES reader against the issue's yardstick: reading the same file's
 * lines and splitting them on {@code |}. Writes a LEDES 1998B file of about 100 MB of 1,000-line invoices (fees
 * and expenses, narratives of 10 to 30 words, arithmetic that adds up), then times both several times and prints
 * the medians in MB/s and their ratio. The issue's target is reader ≥ 0.5 × raw split.
 *
 * <pre>{@code
 * mvn -B -o -q -pl billing-core test-compile dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt
 * java -cp billing-core/target/classes:billing-core/target/test-classes:$(cat /tmp/cp.txt) \
 *     dev.legalbilling.ledes.LedesReadMeasurement [megabytes] [rounds] [file]
 * }</pre>
 *
 * <p>Arguments: file size in MB (10^6 bytes, default 100), measured rounds (default 5, after 3 warm-up rounds),
 * where to write the file (default a temporary file, deleted at the end; an existing file that is big enough is
 * reused and kept), and {@code reader-only} to time the reader alone (for profiling it).
 */
public final class LedesReadMeasurement {
    private static final String[] WORDS = ("review draft revise analyze correspondence opposing counsel regarding "
            + "motion dismiss discovery responses deposition preparation client conference telephone call strategy "
            + "research case law memorandum summary judgment brief exhibits witness interview settlement "
            + "negotiation agreement contract terms amendments schedule hearing court filing docket").split(" ");
    private static final String[] TASKS = {"L110", "L120", "L130", "L210", "L220", "L230", "L310", "L320", "L330",
        "L410", "L420", "L510"};
    private static final String[] ACTIVITIES = {"A101", "A102", "A103", "A104", "A105", "A106", "A107"};
    private static final String[] EXPENSES = {"E101", "E102", "E105", "E106", "E107", "E108", "E110", "E112"};
    private static final String[][] TIMEKEEPERS = {{"TK001", "Smith, Jane", "PARTNR", "450.00"},
        {"TK002", "Jones, Robert", "ASSOC", "295.00"}, {"TK003", "Garcia, Maria", "ASSOC", "310.00"},
        {"TK004", "Chen, Wei", "PARALG", "150.00"}, {"TK005", "O'Brien, Sean", "OFCOUN", "375.00"}};

    private LedesReadMeasurement() {
    }

    /**
     * @param args optional: megabytes, measured rounds, file path
     * @throws IOException when the file cannot be written or read
     */
    public static void main(String[] args) throws IOException {
        long megabytes = args.length > 0 ? Long.parseLong(args[0]) : 100;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Path file = args.length > 2 ? Path.of(args[2]) : Files.createTempFile("ledes-measure", ".txt");
        boolean keep = args.length > 2;
        boolean readerOnly = args.length > 3 && args[3].equals("reader-only");
        try {
            if (!keep || !Files.exists(file) || Files.size(file) < megabytes * 1_000_000L) {
                write(file, megabytes * 1_000_000L, 1_000, 42);
            }
            double mb = Files.size(file) / 1e6;
            System.out.printf(Locale.ROOT, "file %s: %.1f MB%n", file, mb);
            LedesReader reader = LedesReader.create();
            long expectedRows = rawSplit(file);
            long readRows = ledesReader(reader, file);
            System.out.printf(Locale.ROOT, "raw split rows %d, reader line items %d%n", expectedRows, readRows);
            double[] raw = new double[rounds];
            double[] ledes = new double[rounds];
            if (readerOnly) {
                for (int i = 0; i < rounds; i++) {
                    System.out.printf(Locale.ROOT, "round %d: reader %.1f MB/s%n", i + 1,
                            mb / time(() -> ledesReader(reader, file)));
                }
                return;
            }
            for (int i = 0; i < 3; i++) {
                time(() -> rawSplit(file));
                time(() -> ledesReader(reader, file));
            }
            for (int i = 0; i < rounds; i++) {
                raw[i] = mb / time(() -> rawSplit(file));
                ledes[i] = mb / time(() -> ledesReader(reader, file));
                System.out.printf(Locale.ROOT, "round %d: raw split %.1f MB/s, reader %.1f MB/s%n", i + 1, raw[i],
                        ledes[i]);
            }
            double rawMedian = median(raw);
            double ledesMedian = median(ledes);
            System.out.printf(Locale.ROOT, "median: raw split %.1f MB/s, reader %.1f MB/s, ratio %.2f "
                    + "(target >= 0.50)%n", rawMedian, ledesMedian, ledesMedian / rawMedian);
        } finally {
            if (!keep) {
                Files.deleteIfExists(file);
            }
        }
    }

    private interface Work {
        long run() throws IOException;
    }

    private static long sink;

    private static double time(Work work) throws IOException {
        long start = System.nanoTime();
        sink += work.run();
        return (System.nanoTime() - start) / 1e9;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    /** The yardstick: lines split on {@code |}; returns the number of rows, counting their fields on the way. */
    static long rawSplit(Path file) throws IOException {
        long lines = 0;
        long fields = 0;
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                fields += line.split("\\|").length;
                lines++;
            }
        }
        sink += fields;
        return lines - 2;
    }

    /** The reader, every invoice; fails when the generated file is not clean. */
    static long ledesReader(LedesReader reader, Path file) {
        long items = 0;
        try (LedesInvoices invoices = reader.open(file)) {
            while (invoices.hasNext()) {
                LedesReadResult result = invoices.next();
                if (result.invoice().isEmpty() || !result.issues().isEmpty()) {
                    throw new IllegalStateException("generated invoice has issues: " + result.issues());
                }
                items += result.invoice().get().invoice().lines().size();
            }
        }
        return items;
    }

    /**
     * Writes a clean LEDES 1998B file.
     *
     * @param file where
     * @param targetBytes at least this many bytes (whole invoices)
     * @param linesPerInvoice rows per invoice
     * @param seed random seed
     * @throws IOException when writing fails
     */
    static void write(Path file, long targetBytes, int linesPerInvoice, long seed) throws IOException {
        Random random = new Random(seed);
        long written = 0;
        int invoiceNumber = 0;
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.US_ASCII)) {
            String header = "LEDES1998B[]\n" + String.join("|", LedesFormat.B1998.fieldNames()) + "[]\n";
            out.write(header);
            written += header.length();
            LocalDate start = LocalDate.of(2025, 1, 1);
            while (written < targetBytes) {
                invoiceNumber++;
                LocalDate periodStart = start.plusMonths(invoiceNumber % 12);
                LocalDate periodEnd = periodStart.plusMonths(1).minusDays(1);
                String client = "CL" + (1000 + invoiceNumber % 37);
                String matter = client + "-M" + (invoiceNumber % 11);
                List<String[]> rows = new ArrayList<>();
                BigDecimal invoiceTotal = BigDecimal.ZERO;
                for (int i = 1; i <= linesPerInvoice; i++) {
                    String[] r = new String[24];
                    boolean fee = random.nextInt(5) != 0;
                    LocalDate date = periodStart.plusDays(random.nextInt(28));
                    BigDecimal units;
                    BigDecimal cost;
                    BigDecimal adjustment = random.nextInt(10) == 0 ? new BigDecimal("-25.00") : BigDecimal.ZERO;
                    if (fee) {
                        String[] tk = TIMEKEEPERS[random.nextInt(TIMEKEEPERS.length)];
                        units = BigDecimal.valueOf(1 + random.nextInt(80), 1);
                        cost = new BigDecimal(tk[3]);
                        r[9] = "F";
                        r[14] = TASKS[random.nextInt(TASKS.length)];
                        r[15] = "";
                        r[16] = ACTIVITIES[random.nextInt(ACTIVITIES.length)];
                        r[17] = tk[0];
                        r[21] = tk[1];
                        r[22] = tk[2];
                    } else {
                        units = BigDecimal.valueOf(1 + random.nextInt(5));
                        cost = BigDecimal.valueOf(100 + random.nextInt(20000), 2);
                        r[9] = "E";
                        r[14] = "";
                        r[15] = EXPENSES[random.nextInt(EXPENSES.length)];
                        r[16] = "";
                        r[17] = "";
                        r[21] = "";
                        r[22] = "";
                    }
                    BigDecimal total = units.multiply(cost).setScale(2, RoundingMode.HALF_UP).add(adjustment);
                    if (total.signum() < 0) {
                        adjustment = BigDecimal.ZERO.setScale(2);
                        total = units.multiply(cost).setScale(2, RoundingMode.HALF_UP);
                    }
                    invoiceTotal = invoiceTotal.add(total);
                    r[8] = String.valueOf(i);
                    r[10] = units.toPlainString();
                    r[11] = adjustment.signum() == 0 ? "0.00" : adjustment.toPlainString();
                    r[12] = total.toPlainString();
                    r[13] = date(date);
                    r[18] = narrative(random);
                    r[20] = cost.toPlainString();
                    rows.add(r);
                }
                StringBuilder text = new StringBuilder(linesPerInvoice * 260);
                for (String[] r : rows) {
                    r[0] = date(periodEnd.plusDays(5));
                    r[1] = "INV-" + (100000 + invoiceNumber);
                    r[2] = client;
                    r[3] = matter;
                    r[4] = invoiceTotal.toPlainString();
                    r[5] = date(periodStart);
                    r[6] = date(periodEnd);
                    r[7] = "Legal services for " + matter;
                    r[19] = "12-3456789";
                    r[23] = "CM-" + matter;
                    text.append(String.join("|", r)).append("[]\n");
                }
                out.write(text.toString());
                written += text.length();
            }
        }
    }

    private static String narrative(Random random) {
        int words = 10 + random.nextInt(21);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < words; i++) {
            String w = WORDS[random.nextInt(WORDS.length)];
            if (i == 0) {
                w = Character.toUpperCase(w.charAt(0)) + w.substring(1);
            }
            b.append(i == 0 ? "" : " ").append(w);
        }
        return b.append('.').toString();
    }

    private static String date(LocalDate d) {
        return String.format(Locale.ROOT, "%04d%02d%02d", d.getYear(), d.getMonthValue(), d.getDayOfMonth());
    }
}

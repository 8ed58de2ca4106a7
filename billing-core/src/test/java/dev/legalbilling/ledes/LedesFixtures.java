package dev.legalbilling.ledes;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Named LEDES fixtures: the official sample and a small row builder for hand-made files. */
final class LedesFixtures {
    static final String SAMPLE_NAME = "ledes98b-official-sample.txt";
    static final byte[] SAMPLE_BYTES = resource(SAMPLE_NAME);
    static final String SAMPLE = new String(SAMPLE_BYTES, StandardCharsets.UTF_8);

    private LedesFixtures() {
    }

    static byte[] resource(String name) {
        try (InputStream in = LedesFixtures.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static LedesFileResult read(String content) {
        return LedesReader.create().readAll(content, "test.txt");
    }

    static LedesFileResult read(String content, LedesDialect dialect) {
        return LedesReader.builder().dialect(dialect).build().readAll(content, "test.txt");
    }

    static List<LedesErrorCode> codes(LedesFileResult result) {
        return result.allIssues().stream().map(LedesIssue::code).toList();
    }

    static List<LedesErrorCode> errorCodes(LedesFileResult result) {
        return result.allIssues().stream().filter(LedesIssue::isError).map(LedesIssue::code).toList();
    }

    /** A fee line by partner Jane Doe: 1.5 h x 350.00 = 525.00, invoice INV-1 for January 2024. */
    static Row fee(String lineNumber) {
        return new Row(LedesFormat.B1998)
                .set("INVOICE_DATE", "20240205").set("INVOICE_NUMBER", "INV-1").set("CLIENT_ID", "ACME")
                .set("LAW_FIRM_MATTER_ID", "M-100").set("BILLING_START_DATE", "20240101")
                .set("BILLING_END_DATE", "20240131").set("INVOICE_DESCRIPTION", "January services")
                .set("LINE_ITEM_NUMBER", lineNumber).set("EXP/FEE/INV_ADJ_TYPE", "F")
                .set("LINE_ITEM_NUMBER_OF_UNITS", "1.5").set("LINE_ITEM_ADJUSTMENT_AMOUNT", "0")
                .set("LINE_ITEM_TOTAL", "525.00").set("LINE_ITEM_DATE", "20240115")
                .set("LINE_ITEM_TASK_CODE", "L110").set("LINE_ITEM_ACTIVITY_CODE", "A104")
                .set("TIMEKEEPER_ID", "TK1").set("LINE_ITEM_DESCRIPTION", "Reviewed the complaint")
                .set("LAW_FIRM_ID", "12-3456789").set("LINE_ITEM_UNIT_COST", "350")
                .set("TIMEKEEPER_NAME", "Doe, Jane").set("TIMEKEEPER_CLASSIFICATION", "PARTNR")
                .set("CLIENT_MATTER_ID", "CM-7");
    }

    /** A copying expense: 100 pages x 0.10 = 10.00. */
    static Row expense(String lineNumber) {
        return fee(lineNumber).set("EXP/FEE/INV_ADJ_TYPE", "E").set("LINE_ITEM_NUMBER_OF_UNITS", "100")
                .set("LINE_ITEM_UNIT_COST", "0.10").set("LINE_ITEM_TOTAL", "10.00")
                .set("LINE_ITEM_TASK_CODE", "").set("LINE_ITEM_ACTIVITY_CODE", "")
                .set("LINE_ITEM_EXPENSE_CODE", "E101").set("TIMEKEEPER_ID", "").set("TIMEKEEPER_NAME", "")
                .set("TIMEKEEPER_CLASSIFICATION", "").set("LINE_ITEM_DESCRIPTION", "Copies");
    }

    /** An invoice-level fee discount of 50.00 as an IF line. */
    static Row discount(String lineNumber) {
        return fee(lineNumber).set("EXP/FEE/INV_ADJ_TYPE", "IF").set("LINE_ITEM_NUMBER_OF_UNITS", "")
                .set("LINE_ITEM_UNIT_COST", "").set("LINE_ITEM_ADJUSTMENT_AMOUNT", "-50.00")
                .set("LINE_ITEM_TOTAL", "-50.00").set("LINE_ITEM_TASK_CODE", "").set("LINE_ITEM_ACTIVITY_CODE", "")
                .set("TIMEKEEPER_ID", "").set("TIMEKEEPER_NAME", "").set("TIMEKEEPER_CLASSIFICATION", "")
                .set("LINE_ITEM_DESCRIPTION", "Volume discount");
    }

    /**
     * Joins rows into a file with header and field names. Unless a row pinned its INVOICE_TOTAL (and in 98BI its
     * tax totals), they are set to the sums over the rows with the same INVOICE_NUMBER.
     */
    static String file(LedesFormat format, Row... rows) {
        Map<String, BigDecimal> totals = new LinkedHashMap<>();
        Map<String, BigDecimal> taxes = new LinkedHashMap<>();
        for (Row r : rows) {
            totals.merge(r.get("INVOICE_NUMBER"), number(r.get("LINE_ITEM_TOTAL")), BigDecimal::add);
            taxes.merge(r.get("INVOICE_NUMBER"), number(r.get("LINE_ITEM_TAX_TOTAL")), BigDecimal::add);
        }
        StringBuilder b = new StringBuilder(format.header()).append("[]\r\n")
                .append(String.join("|", format.fieldNames())).append("[]\r\n");
        for (Row r : rows) {
            Row row = r.copy(format);
            String n = row.get("INVOICE_NUMBER");
            if (!row.pinned) {
                row.values.put("INVOICE_TOTAL", totals.get(n).toPlainString());
                if (format == LedesFormat.BI_V2) {
                    row.values.put("INVOICE_TAX_TOTAL", taxes.get(n).toPlainString());
                    row.values.put("INVOICE_NET_TOTAL", totals.get(n).subtract(taxes.get(n)).toPlainString());
                }
            }
            b.append(row.line()).append("\r\n");
        }
        return b.toString();
    }

    static String file(Row... rows) {
        return file(LedesFormat.B1998, rows);
    }

    private static BigDecimal number(String s) {
        try {
            return s == null || s.isBlank() ? BigDecimal.ZERO : new BigDecimal(s.strip());
        } catch (NumberFormatException e) {
            return BigDecimal.ZERO;
        }
    }

    /** One row of field values, blank unless set. */
    static final class Row {
        private final Map<String, String> values = new LinkedHashMap<>();
        private boolean pinned;

        Row(LedesFormat format) {
            for (String f : LedesFormat.BI_V2.fieldNames()) {
                values.put(f, "");
            }
            values.put("INVOICE_CURRENCY", "USD");
        }

        Row set(String field, String value) {
            if (!values.containsKey(field)) {
                throw new IllegalArgumentException("no field " + field);
            }
            if (field.equals("INVOICE_TOTAL") || field.equals("INVOICE_TAX_TOTAL")
                    || field.equals("INVOICE_NET_TOTAL")) {
                pinned = true;
            }
            values.put(field, value);
            return this;
        }

        String get(String field) {
            return values.get(field);
        }

        Row copy(LedesFormat format) {
            Row r = new Row(format);
            r.values.putAll(values);
            r.pinned = pinned;
            r.format = format;
            return r;
        }

        private LedesFormat format = LedesFormat.B1998;

        String line() {
            List<String> out = new ArrayList<>();
            for (String f : format.fieldNames()) {
                out.add(values.get(f));
            }
            return String.join("|", out) + "[]";
        }
    }
}

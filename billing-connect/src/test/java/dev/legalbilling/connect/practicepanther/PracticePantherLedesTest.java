package dev.legalbilling.connect.practicepanther;

import static org.assertj.core.api.Assertions.assertThat;

import dev.legalbilling.ledes.LedesFileResult;
import dev.legalbilling.ledes.LedesFormat;
import dev.legalbilling.ledes.LedesReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PracticePantherLedesTest {
    /** A LEDES 1998B fee line: units x rate, with the adjustment and total given. */
    private static Map<String, String> line(String number, String type, String units, String cost, String adjustment,
            String total) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("INVOICE_DATE", "20260401");
        m.put("INVOICE_NUMBER", "1042");
        m.put("CLIENT_ID", "DELTA");
        m.put("LAW_FIRM_MATTER_ID", "PP-17");
        m.put("INVOICE_TOTAL", "");
        m.put("BILLING_START_DATE", "20260301");
        m.put("BILLING_END_DATE", "20260331");
        m.put("INVOICE_DESCRIPTION", "March services");
        m.put("LINE_ITEM_NUMBER", number);
        m.put("EXP/FEE/INV_ADJ_TYPE", type);
        m.put("LINE_ITEM_NUMBER_OF_UNITS", units);
        m.put("LINE_ITEM_ADJUSTMENT_AMOUNT", adjustment);
        m.put("LINE_ITEM_TOTAL", total);
        m.put("LINE_ITEM_DATE", "20260304");
        m.put("LINE_ITEM_TASK_CODE", type.equals("F") ? "L250" : "");
        m.put("LINE_ITEM_EXPENSE_CODE", type.equals("E") ? "E101" : "");
        m.put("LINE_ITEM_ACTIVITY_CODE", type.equals("F") ? "A103" : "");
        m.put("TIMEKEEPER_ID", type.equals("F") ? "6F1C2B8E" : "");
        m.put("LINE_ITEM_DESCRIPTION", "Work");
        m.put("LAW_FIRM_ID", "13-4567890");
        m.put("LINE_ITEM_UNIT_COST", cost);
        m.put("TIMEKEEPER_NAME", type.equals("F") ? "Ruiz, Ana" : "");
        m.put("TIMEKEEPER_CLASSIFICATION", type.equals("F") ? "ASSOC" : "");
        m.put("CLIENT_MATTER_ID", "");
        return m;
    }

    private static LedesFileResult read(List<Map<String, String>> lines) {
        String total = lines.stream().map(l -> new java.math.BigDecimal(l.get("LINE_ITEM_TOTAL")))
                .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add).toPlainString();
        StringBuilder sb = new StringBuilder("LEDES1998B[]\r\n")
                .append(String.join("|", LedesFormat.B1998.fieldNames())).append("[]\r\n");
        for (Map<String, String> l : lines) {
            l.put("INVOICE_TOTAL", total);
            List<String> values = new ArrayList<>();
            for (String f : LedesFormat.B1998.fieldNames()) {
                values.add(l.getOrDefault(f, ""));
            }
            sb.append(String.join("|", values)).append("[]\r\n");
        }
        return LedesReader.builder().dialect(PracticePantherLedes.DIALECT).build().readAll(sb.toString(), "pp.ledes");
    }

    @Test
    void recognisesATenPercentDiscountSpreadOverTheLines() {
        LedesFileResult file = read(List.of(
                line("1", "F", "2.25", "350.00", "-78.75", "708.75"),
                line("2", "F", "1.10", "350.00", "-38.50", "346.50"),
                line("3", "E", "120", "0.10", "-1.20", "10.80")));

        assertThat(file.isAccepted()).isTrue();
        var discount = PracticePantherLedes.spreadDiscount(file.builtInvoices().get(0).invoice()).orElseThrow();
        assertThat(discount.percent()).isEqualByComparingTo("10.00");
        assertThat(discount.amount().amount()).isEqualByComparingTo("-118.45");
        assertThat(discount.lines()).isEqualTo(3);
        assertThat(PracticePantherLedes.describe(file)).containsExactly("invoice 1042: a 10.00% discount"
                + " (USD -118.45) is spread into LINE_ITEM_ADJUSTMENT_AMOUNT of 3 lines (PracticePanther's way of"
                + " writing an invoice discount)");
    }

    @Test
    void adjustmentsOfDifferentSharesAreNotADiscount() {
        LedesFileResult file = read(List.of(
                line("1", "F", "2.25", "350.00", "-78.75", "708.75"),
                line("2", "F", "1.10", "350.00", "-100.00", "285.00")));

        assertThat(PracticePantherLedes.spreadDiscount(file.builtInvoices().get(0).invoice())).isEmpty();
    }

    @Test
    void anInvoiceWithoutAdjustmentsHasNone() {
        LedesFileResult file = read(List.of(line("1", "F", "2.25", "350.00", "0", "787.50")));

        assertThat(PracticePantherLedes.spreadDiscount(file.builtInvoices().get(0).invoice())).isEmpty();
        assertThat(PracticePantherLedes.describe(file)).isEmpty();
    }
}

package dev.legalbilling.report.internal;

import dev.legalbilling.money.Money;
import dev.legalbilling.money.MoneyFormat;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * View models of the inline SVG charts, rendered by the {@code bar-chart} and {@code stacked-chart} partials.
 *
 * <p>Geometry is computed here, once, from exact amounts: bar lengths are the amount's share of the largest bar
 * times the drawing width, rounded half up to a tenth of a pixel (a picture, not an amount: the amounts themselves
 * are printed beside the bars and in the chart's data table). Every chart has an id, a {@code <title>} and a
 * {@code <desc>} (its text alternative, naming the largest item) and the rows of a data table that says the same in
 * numbers. Colours are the Okabe–Ito palette, distinguishable with the common colour-vision deficiencies, and each
 * segment is also named in the legend and the table. Stateless.
 */
public final class Charts {
    /** Width of the SVG view box. */
    static final int WIDTH = 720;
    private static final int LABEL_WIDTH = 240;
    private static final int VALUE_WIDTH = 130;
    private static final int BAR_AREA = WIDTH - LABEL_WIDTH - VALUE_WIDTH - 10;
    private static final int ROW = 26;
    private static final int BAR = 18;
    private static final int LABEL_CHARS = 27;
    /** Okabe–Ito colours, in the order series use them. */
    static final List<String> PALETTE = List.of("#0072B2", "#56B4E9", "#E69F00", "#D55E00", "#CC79A7", "#009E73",
            "#000000");

    private Charts() {
    }

    /**
     * One bar: a label and its amount.
     *
     * @param label what the bar is (a rule id, a timekeeper)
     * @param amount how much; not negative
     */
    public record Bar(String label, Money amount) {
    }

    /**
     * @param id an id unique in the page, e.g. {@code inv1-rules}
     * @param title the chart's title
     * @param what what the amounts are, for the description, e.g. {@code "amount at stake"}
     * @param bars the bars, drawn in this order
     * @return the model of the {@code bar-chart} partial
     */
    public static Map<String, Object> bars(String id, String title, String what, List<Bar> bars) {
        BigDecimal max = bars.stream().map(b -> b.amount().amount()).reduce(BigDecimal.ZERO, BigDecimal::max);
        List<Map<String, Object>> rows = new ArrayList<>();
        int y = 4;
        for (Bar b : bars) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("label", b.label());
            row.put("shortLabel", shorten(b.label()));
            row.put("y", y);
            row.put("textY", y + 13);
            row.put("x", LABEL_WIDTH);
            row.put("length", length(b.amount().amount(), max));
            row.put("valueX", WIDTH - 4);
            row.put("amount", PageValues.money(b.amount()));
            rows.add(row);
            y += ROW;
        }
        Map<String, Object> chart = frame(id, title, y + 4);
        chart.put("bars", rows);
        chart.put("barHeight", BAR);
        chart.put("desc", bars.isEmpty() ? title + ": nothing to show."
                : title + ": " + bars.size() + (bars.size() == 1 ? " bar" : " bars") + "; the largest "
                        + what + " is " + MoneyFormat.CODE.format(largest(bars).amount()) + " (" + largest(bars).label()
                        + "). The table below gives every value.");
        chart.put("empty", bars.isEmpty());
        return chart;
    }

    /**
     * One stacked bar: a label and one amount per series.
     *
     * @param label what the bar is (a client)
     * @param parts one amount per series, in series order; none negative
     * @param total the bar's total
     */
    public record Stack(String label, List<Money> parts, Money total) {
    }

    /**
     * @param id an id unique in the page
     * @param title the chart's title
     * @param series the series names, in stacking order (at most {@value #MAX_SERIES})
     * @param stacks the bars
     * @return the model of the {@code stacked-chart} partial
     */
    public static Map<String, Object> stacked(String id, String title, List<String> series, List<Stack> stacks) {
        if (series.size() > MAX_SERIES) {
            throw new IllegalArgumentException("at most " + MAX_SERIES + " series");
        }
        BigDecimal max = stacks.stream().map(s -> s.total().amount()).reduce(BigDecimal.ZERO, BigDecimal::max);
        List<Map<String, Object>> rows = new ArrayList<>();
        int y = 4;
        for (Stack s : stacks) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("label", s.label());
            row.put("shortLabel", shorten(s.label()));
            row.put("y", y);
            row.put("textY", y + 13);
            row.put("valueX", WIDTH - 4);
            row.put("total", PageValues.money(s.total()));
            List<Map<String, Object>> segments = new ArrayList<>();
            List<Map<String, Object>> cells = new ArrayList<>();
            BigDecimal offset = BigDecimal.ZERO;
            for (int i = 0; i < s.parts().size(); i++) {
                Money part = s.parts().get(i);
                cells.add(PageValues.money(part));
                if (part.amount().signum() <= 0) {
                    continue;
                }
                Map<String, Object> seg = new LinkedHashMap<>();
                seg.put("x", new BigDecimal(LABEL_WIDTH).add(new BigDecimal(length(offset, max))).toPlainString());
                BigDecimal end = offset.add(part.amount());
                seg.put("width", new BigDecimal(length(end, max)).subtract(new BigDecimal(length(offset, max)))
                        .toPlainString());
                seg.put("y", y);
                seg.put("colour", PALETTE.get(i));
                seg.put("tip", series.get(i) + ": " + MoneyFormat.CODE.format(part));
                segments.add(seg);
                offset = end;
            }
            row.put("segments", segments);
            row.put("cells", cells);
            rows.add(row);
            y += ROW;
        }
        List<Map<String, Object>> legend = new ArrayList<>();
        int x = LABEL_WIDTH;
        for (int i = 0; i < series.size(); i++) {
            legend.add(Map.of("name", series.get(i), "colour", PALETTE.get(i), "x", x, "textX", x + 16,
                    "y", y + 6, "textY", y + 17));
            x += 16 + 9 * series.get(i).length() + 18;
        }
        Map<String, Object> chart = frame(id, title, y + 28);
        chart.put("stacks", rows);
        chart.put("barHeight", BAR);
        chart.put("series", legend);
        Stack top = stacks.stream().reduce((a, b) -> b.total().amount().compareTo(a.total().amount()) > 0 ? b : a)
                .orElse(null);
        chart.put("desc", top == null ? title + ": nothing to show."
                : title + ": " + stacks.size() + (stacks.size() == 1 ? " bar" : " bars") + " split into "
                        + String.join(", ", series) + "; the largest is " + top.label() + " with "
                        + MoneyFormat.CODE.format(top.total()) + ". The table below gives every value.");
        chart.put("empty", stacks.isEmpty());
        return chart;
    }

    /** The most series a stacked chart colours (the palette's size). */
    public static final int MAX_SERIES = 7;

    private static Map<String, Object> frame(String id, String title, int height) {
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("id", id);
        chart.put("title", title);
        chart.put("width", WIDTH);
        chart.put("height", height);
        chart.put("labelX", LABEL_WIDTH - 8);
        return chart;
    }

    private static Bar largest(List<Bar> bars) {
        return bars.stream().reduce((a, b) -> b.amount().amount().compareTo(a.amount().amount()) > 0 ? b : a)
                .orElseThrow();
    }

    /** @return the bar length for the amount, as a plain decimal with one place */
    static String length(BigDecimal amount, BigDecimal max) {
        if (max.signum() <= 0 || amount.signum() <= 0) {
            return "0";
        }
        return amount.multiply(BigDecimal.valueOf(BAR_AREA)).divide(max, 1, RoundingMode.HALF_UP).toPlainString();
    }

    private static String shorten(String label) {
        return label.length() <= LABEL_CHARS ? label : label.substring(0, LABEL_CHARS - 1) + "…";
    }
}

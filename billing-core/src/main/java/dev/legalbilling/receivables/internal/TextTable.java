package dev.legalbilling.receivables.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A plain-text table with left- or right-aligned columns, separator rules and free text lines. Not part of the API.
 */
public final class TextTable {
    private final String[] headers;
    private final boolean[] rightAligned;
    private final List<Object> rows = new ArrayList<>();

    /**
     * @param headers column headers; a header starting with {@code >} is right-aligned (the marker is dropped)
     */
    public TextTable(String... headers) {
        this.headers = new String[headers.length];
        this.rightAligned = new boolean[headers.length];
        for (int i = 0; i < headers.length; i++) {
            rightAligned[i] = headers[i].startsWith(">");
            this.headers[i] = rightAligned[i] ? headers[i].substring(1) : headers[i];
        }
    }

    /**
     * @param cells one cell per column; missing trailing cells are blank
     * @return this table
     */
    public TextTable row(String... cells) {
        String[] copy = Arrays.copyOf(cells, headers.length);
        for (int i = 0; i < copy.length; i++) {
            copy[i] = copy[i] == null ? "" : copy[i];
        }
        rows.add(copy);
        return this;
    }

    /** @return this table, with a rule of dashes as the next row */
    public TextTable rule() {
        rows.add(Rule.INSTANCE);
        return this;
    }

    /**
     * @param text a line printed as is, not counted for column widths
     * @return this table
     */
    public TextTable text(String text) {
        rows.add(text);
        return this;
    }

    /** @return the rendered table, lines ending in {@code \n}, no trailing spaces */
    public String render() {
        int[] widths = new int[headers.length];
        for (int i = 0; i < headers.length; i++) {
            widths[i] = headers[i].length();
        }
        for (Object row : rows) {
            if (row instanceof String[] cells) {
                for (int i = 0; i < cells.length; i++) {
                    widths[i] = Math.max(widths[i], cells[i].length());
                }
            }
        }
        int total = 0;
        for (int w : widths) {
            total += w;
        }
        total += 2 * (headers.length - 1);
        StringBuilder out = new StringBuilder();
        line(out, headers, widths);
        out.append("-".repeat(total)).append('\n');
        for (Object row : rows) {
            if (row instanceof String[] cells) {
                line(out, cells, widths);
            } else if (row == Rule.INSTANCE) {
                out.append("-".repeat(total)).append('\n');
            } else {
                out.append(row).append('\n');
            }
        }
        return out.toString();
    }

    private void line(StringBuilder out, String[] cells, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                line.append("  ");
            }
            String pad = " ".repeat(widths[i] - cells[i].length());
            line.append(rightAligned[i] ? pad + cells[i] : cells[i] + pad);
        }
        out.append(line.toString().stripTrailing()).append('\n');
    }

    private enum Rule {
        INSTANCE
    }
}

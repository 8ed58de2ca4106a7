package dev.legalbilling.ledes;

import dev.legalbilling.ledes.internal.Field;
import java.util.List;
import java.util.Optional;

/**
 * The pipe-delimited LEDES invoice formats this package reads and writes.
 *
 * <p>Both share the layout: a header line, a line with the field names joined by {@code |}, then one row per
 * invoice line; every line ends in {@code []}. LEDES 98BI V2 adds 28 fields after the 24 of LEDES 1998B (tax,
 * currency, firm and client addresses). The 98BI field order is the one of a public third-party validator's sample
 * header, as our reference notes; it has not been checked against the LEDES98BI document itself.
 */
public enum LedesFormat {
    /** LEDES 1998B: header {@code LEDES1998B[]}, 24 fields, no currency (the reader assumes one). */
    B1998("LEDES1998B", Field.B1998_COUNT),
    /** LEDES 98BI V2: header {@code LEDES98BI V2[]}, 52 fields including INVOICE_CURRENCY and tax fields. */
    BI_V2("LEDES98BI V2", Field.values().length);

    private final String header;
    private final List<String> fieldNames;

    LedesFormat(String header, int fieldCount) {
        this.header = header;
        this.fieldNames = Field.first(fieldCount).stream().map(Field::ledesName).toList();
    }

    /** @return the first line of a file in this format without its {@code []} ending, e.g. {@code LEDES1998B} */
    public String header() {
        return header;
    }

    /** @return the field names in file order (24 or 52), unmodifiable */
    public List<String> fieldNames() {
        return fieldNames;
    }

    /** @return the number of fields on every row: 24 or 52 */
    public int fieldCount() {
        return fieldNames.size();
    }

    /**
     * @param header a header line without its {@code []} ending, e.g. {@code LEDES98BI V2}
     * @return the format with exactly that header, if any
     */
    public static Optional<LedesFormat> ofHeader(String header) {
        for (LedesFormat f : values()) {
            if (f.header.equals(header)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}

package dev.legalbilling.ledes;

import dev.legalbilling.internal.Checks;
import java.math.BigDecimal;
import java.util.Set;

/**
 * What a LEDES row says about its line beyond the domain {@link dev.legalbilling.invoice.InvoiceLine}: the
 * timekeeper fields as written, the numeric fields left blank, and the 98BI V2 line tax fields.
 *
 * <p>The writer writes a timekeeper field as written here when it still denotes the domain line's timekeeper (so
 * a legacy {@code PT} stays {@code PT}), and writes these values as they are when the line has no domain
 * timekeeper (e.g. a name without a TIMEKEEPER_ID). Text components are never null (empty when blank); tax numbers
 * are null when blank and otherwise exactly as written. Immutable and thread-safe.
 *
 * @param lineNumber the LINE_ITEM_NUMBER of the line these details belong to
 * @param blankFields numeric fields the file left blank and the domain line holds as zero
 *     ({@code LINE_ITEM_NUMBER_OF_UNITS}, {@code LINE_ITEM_ADJUSTMENT_AMOUNT}); written blank while still zero
 * @param timekeeperName TIMEKEEPER_NAME as written
 * @param timekeeperClassification TIMEKEEPER_CLASSIFICATION as written
 * @param timekeeperLastName 98BI TIMEKEEPER_LAST_NAME as written
 * @param timekeeperFirstName 98BI TIMEKEEPER_FIRST_NAME as written
 * @param taxRate 98BI LINE_ITEM_TAX_RATE (e.g. {@code 0.20}), or null
 * @param taxTotal 98BI LINE_ITEM_TAX_TOTAL in the invoice currency, or null; included in the line total
 * @param taxType 98BI LINE_ITEM_TAX_TYPE
 */
public record LedesLineDetails(String lineNumber, Set<String> blankFields, String timekeeperName,
        String timekeeperClassification, String timekeeperLastName, String timekeeperFirstName, BigDecimal taxRate,
        BigDecimal taxTotal, String taxType) {

    /** Validates the line number and replaces nulls by empty text. */
    public LedesLineDetails {
        Checks.notBlank("lineNumber", lineNumber);
        blankFields = blankFields == null ? Set.of() : Set.copyOf(blankFields);
        timekeeperName = orEmpty(timekeeperName);
        timekeeperClassification = orEmpty(timekeeperClassification);
        timekeeperLastName = orEmpty(timekeeperLastName);
        timekeeperFirstName = orEmpty(timekeeperFirstName);
        taxType = orEmpty(taxType);
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    /**
     * @param lineNumber a LINE_ITEM_NUMBER
     * @return details that add nothing to the domain line
     */
    public static LedesLineDetails none(String lineNumber) {
        return new LedesLineDetails(lineNumber, Set.of(), "", "", "", "", null, null, "");
    }

    /**
     * @param rate LINE_ITEM_TAX_RATE, or null
     * @param total LINE_ITEM_TAX_TOTAL, or null
     * @param type LINE_ITEM_TAX_TYPE
     * @return these details with the given tax fields
     */
    public LedesLineDetails withTax(BigDecimal rate, BigDecimal total, String type) {
        return new LedesLineDetails(lineNumber, blankFields, timekeeperName, timekeeperClassification,
                timekeeperLastName, timekeeperFirstName, rate, total, type);
    }
}

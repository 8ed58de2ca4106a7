package dev.legalbilling.ledes.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The 52 LEDES 98BI V2 fields in file order; the first 24 are the LEDES 1998B fields. Not part of the API.
 *
 * <p>Each field knows its LEDES name, what kind of value it holds, whether it belongs to the invoice (repeated on
 * every row) or to the line, and whether its text is privileged (narratives, client names), in which case issues
 * never repeat its value.
 */
public enum Field {
    INVOICE_DATE("INVOICE_DATE", Kind.DATE, true),
    INVOICE_NUMBER("INVOICE_NUMBER", Kind.TEXT, true),
    CLIENT_ID("CLIENT_ID", Kind.TEXT, true),
    LAW_FIRM_MATTER_ID("LAW_FIRM_MATTER_ID", Kind.TEXT, true),
    INVOICE_TOTAL("INVOICE_TOTAL", Kind.AMOUNT, true),
    BILLING_START_DATE("BILLING_START_DATE", Kind.DATE, true),
    BILLING_END_DATE("BILLING_END_DATE", Kind.DATE, true),
    INVOICE_DESCRIPTION("INVOICE_DESCRIPTION", Kind.NARRATIVE, true),
    LINE_ITEM_NUMBER("LINE_ITEM_NUMBER", Kind.TEXT, false),
    EXP_FEE_INV_ADJ_TYPE("EXP/FEE/INV_ADJ_TYPE", Kind.LINE_TYPE, false),
    LINE_ITEM_NUMBER_OF_UNITS("LINE_ITEM_NUMBER_OF_UNITS", Kind.NUMBER, false),
    LINE_ITEM_ADJUSTMENT_AMOUNT("LINE_ITEM_ADJUSTMENT_AMOUNT", Kind.AMOUNT, false),
    LINE_ITEM_TOTAL("LINE_ITEM_TOTAL", Kind.AMOUNT, false),
    LINE_ITEM_DATE("LINE_ITEM_DATE", Kind.DATE, false),
    LINE_ITEM_TASK_CODE("LINE_ITEM_TASK_CODE", Kind.TEXT, false),
    LINE_ITEM_EXPENSE_CODE("LINE_ITEM_EXPENSE_CODE", Kind.TEXT, false),
    LINE_ITEM_ACTIVITY_CODE("LINE_ITEM_ACTIVITY_CODE", Kind.TEXT, false),
    TIMEKEEPER_ID("TIMEKEEPER_ID", Kind.TEXT, false),
    LINE_ITEM_DESCRIPTION("LINE_ITEM_DESCRIPTION", Kind.NARRATIVE, false),
    LAW_FIRM_ID("LAW_FIRM_ID", Kind.TEXT, true),
    LINE_ITEM_UNIT_COST("LINE_ITEM_UNIT_COST", Kind.NUMBER, false),
    TIMEKEEPER_NAME("TIMEKEEPER_NAME", Kind.TEXT, false),
    TIMEKEEPER_CLASSIFICATION("TIMEKEEPER_CLASSIFICATION", Kind.TEXT, false),
    CLIENT_MATTER_ID("CLIENT_MATTER_ID", Kind.TEXT, true),
    PO_NUMBER("PO_NUMBER", Kind.TEXT, true),
    CLIENT_TAX_ID("CLIENT_TAX_ID", Kind.TEXT, true),
    MATTER_NAME("MATTER_NAME", Kind.NARRATIVE, true),
    INVOICE_TAX_TOTAL("INVOICE_TAX_TOTAL", Kind.AMOUNT, true),
    INVOICE_NET_TOTAL("INVOICE_NET_TOTAL", Kind.AMOUNT, true),
    INVOICE_CURRENCY("INVOICE_CURRENCY", Kind.CURRENCY, true),
    TIMEKEEPER_LAST_NAME("TIMEKEEPER_LAST_NAME", Kind.TEXT, false),
    TIMEKEEPER_FIRST_NAME("TIMEKEEPER_FIRST_NAME", Kind.TEXT, false),
    ACCOUNT_TYPE("ACCOUNT_TYPE", Kind.TEXT, true),
    LAW_FIRM_NAME("LAW_FIRM_NAME", Kind.TEXT, true),
    LAW_FIRM_ADDRESS_1("LAW_FIRM_ADDRESS_1", Kind.TEXT, true),
    LAW_FIRM_ADDRESS_2("LAW_FIRM_ADDRESS_2", Kind.TEXT, true),
    LAW_FIRM_CITY("LAW_FIRM_CITY", Kind.TEXT, true),
    LAW_FIRM_STATE_OR_REGION("LAW_FIRM_STATEorREGION", Kind.TEXT, true),
    LAW_FIRM_POSTCODE("LAW_FIRM_POSTCODE", Kind.TEXT, true),
    LAW_FIRM_COUNTRY("LAW_FIRM_COUNTRY", Kind.TEXT, true),
    CLIENT_NAME("CLIENT_NAME", Kind.NARRATIVE, true),
    CLIENT_ADDRESS_1("CLIENT_ADDRESS_1", Kind.NARRATIVE, true),
    CLIENT_ADDRESS_2("CLIENT_ADDRESS_2", Kind.NARRATIVE, true),
    CLIENT_CITY("CLIENT_CITY", Kind.TEXT, true),
    CLIENT_STATE_OR_REGION("CLIENT_STATEorREGION", Kind.TEXT, true),
    CLIENT_POSTCODE("CLIENT_POSTCODE", Kind.TEXT, true),
    CLIENT_COUNTRY("CLIENT_COUNTRY", Kind.TEXT, true),
    LINE_ITEM_TAX_RATE("LINE_ITEM_TAX_RATE", Kind.NUMBER, false),
    LINE_ITEM_TAX_TOTAL("LINE_ITEM_TAX_TOTAL", Kind.AMOUNT, false),
    LINE_ITEM_TAX_TYPE("LINE_ITEM_TAX_TYPE", Kind.TEXT, false),
    INVOICE_REPORTED_TAX_TOTAL("INVOICE_REPORTED_TAX_TOTAL", Kind.AMOUNT, true),
    INVOICE_TAX_CURRENCY("INVOICE_TAX_CURRENCY", Kind.CURRENCY, true);

    /** What a field holds. */
    public enum Kind {
        /** CCYYMMDD. */
        DATE,
        /** An identifier, code or short text; surrounding blanks are reported and removed. */
        TEXT,
        /** Free, possibly privileged text kept exactly as written. */
        NARRATIVE,
        /** An amount of money in the invoice currency (INVOICE_REPORTED_TAX_TOTAL: in INVOICE_TAX_CURRENCY). */
        AMOUNT,
        /** A decimal that is not money at the currency's scale (units, unit cost, tax rate). */
        NUMBER,
        /** F, E, IF or IE. */
        LINE_TYPE,
        /** An ISO 4217 code. */
        CURRENCY
    }

    /** Number of fields in LEDES 1998B. */
    public static final int B1998_COUNT = 24;

    private static final Map<String, Field> BY_NAME = new HashMap<>();
    private static final List<Field> ALL = List.of(values());

    static {
        for (Field f : ALL) {
            BY_NAME.put(f.ledesName, f);
        }
    }

    private final String ledesName;
    private final Kind kind;
    private final boolean invoiceLevel;

    Field(String ledesName, Kind kind, boolean invoiceLevel) {
        this.ledesName = ledesName;
        this.kind = kind;
        this.invoiceLevel = invoiceLevel;
    }

    /** @return the name as it appears in the field-name line, e.g. {@code EXP/FEE/INV_ADJ_TYPE} */
    public String ledesName() {
        return ledesName;
    }

    /** @return what the field holds */
    public Kind kind() {
        return kind;
    }

    /** @return true when the field describes the invoice and is repeated on every row */
    public boolean invoiceLevel() {
        return invoiceLevel;
    }

    /** @return true when values of this field are privileged and never repeated in issues */
    public boolean privileged() {
        return kind == Kind.NARRATIVE;
    }

    /**
     * @param count 24 or 52
     * @return the first {@code count} fields, in file order
     */
    public static List<Field> first(int count) {
        return ALL.subList(0, count);
    }

    /**
     * @param ledesName a LEDES field name, exactly as in the field-name line
     * @return the field, if there is one with that name
     */
    public static Optional<Field> byName(String ledesName) {
        return Optional.ofNullable(BY_NAME.get(ledesName));
    }
}

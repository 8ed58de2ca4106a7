package dev.legalbilling.ledes;

import dev.legalbilling.ledes.LedesIssue.Severity;
import java.util.Locale;
import java.util.Optional;

/**
 * The stable vocabulary of LEDES problems: every {@link LedesIssue} and every {@link LedesFormatException} carries
 * one of these codes.
 *
 * <p>Codes are modelled on the structure of the LEDES Oversight Committee's Standardized Error Codes (a letter for
 * the category, three digits, appended in brackets to the message: {@code ... [A301]}) and on Thomson Reuters Legal
 * Tracker's LEDES 1998 posting errors 003–007, which {@link #reference()} names where they match. The LOC's own
 * V2 list is not reproduced here (it was not available to us); these codes are this library's. Categories:
 * {@code F} file structure and encoding, {@code V} field values, {@code A} arithmetic, {@code I} invoice
 * consistency, {@code D} receiver (dialect) rules, {@code W} writing, {@code X} input/output.
 *
 * <p>A code's letter-and-digits ({@link #code()}) and its constant name never change meaning between versions;
 * new codes may be added. The full table is in {@code docs/ledes-errors.md}. A code is
 * {@link #adjustable() adjustable} when a {@link LedesDialect} may change its severity or switch it off; the others
 * describe content the reader cannot use and are always errors.
 */
public enum LedesErrorCode {
    /** F101. */
    EMPTY_FILE("F101", "The file is empty or holds only blank lines.", Severity.ERROR, false, ""),
    /** F102. */
    BAD_HEADER("F102", "The first line is not LEDES1998B[] or LEDES98BI V2[] (missing, misspelt or another LEDES"
            + " format).", Severity.ERROR, false, ""),
    /** F103. */
    BAD_FIELD_NAMES("F103", "The second line is not the format's field names in order, or is missing.",
            Severity.ERROR, false, ""),
    /** F104. */
    MISSING_LINE_END("F104", "A line does not end with []; a truncated file or a line break inside a description.",
            Severity.ERROR, false, ""),
    /** F105. */
    WRONG_FIELD_COUNT("F105", "A row has more or fewer fields than the format (24 or 52); a pipe in a description is"
            + " the usual cause. The row is not used.", Severity.ERROR, false, "Brightflag column count"),
    /** F106. */
    LINE_TOO_LONG("F106", "A line is longer than the reader's limit; it is skipped without being held in memory.",
            Severity.ERROR, false, ""),
    /** F107. */
    BLANK_LINE("F107", "A blank line between rows (blank lines at the end of the file are accepted silently).",
            Severity.WARNING, true, ""),
    /** F108. */
    EMPTY_ROW("F108", "A line holding only [] (or nothing but blanks before it).", Severity.ERROR, false, ""),
    /** F109. */
    NO_LINE_ITEMS("F109", "The file has no invoice rows after its header, or an invoice to write has no lines.",
            Severity.ERROR, false, ""),
    /** F110. */
    CONTROL_CHARACTER("F110", "A control character (NUL, a lone carriage return, ...) or an undecodable byte:"
            + " binary content or a broken line ending.", Severity.ERROR, false, ""),
    /** F111. */
    ENCODING_NOT_ACCEPTED("F111", "A line uses characters outside the encodings the dialect accepts (the"
            + " specification says ASCII).", Severity.ERROR, true, "Collaborati: files must be ANSI"),
    /** F112. */
    MIXED_ENCODING("F112", "Some lines are UTF-8 and others Windows-1252.", Severity.WARNING, true, ""),
    /** F113. */
    TOO_MANY_ISSUES("F113", "The issue limit of one invoice (or of the file) was reached; further issues are"
            + " counted, not listed. An error when one of them is an error, else a warning.", Severity.ERROR, false,
            ""),

    /** V201. */
    REQUIRED_FIELD_BLANK("V201", "A field the dialect requires is blank.", Severity.ERROR, false,
            "Legal Tracker 005"),
    /** V202. */
    INVALID_DATE("V202", "A date is not a real CCYYMMDD date.", Severity.ERROR, false, "Legal Tracker 003"),
    /** V203. */
    INVALID_NUMBER("V203", "A number holds something other than digits, one '.' and a leading '-' (no spaces,"
            + " commas, currency symbols or exponents).", Severity.ERROR, false, "Legal Tracker 004"),
    /** V204. */
    FIELD_TOO_LONG("V204", "A text field is longer than the dialect allows (e.g. Char 20).", Severity.ERROR, true,
            ""),
    /** V205. */
    NUMBER_EXCEEDS_FORMAT("V205", "A number has more integer or decimal digits than the field's format (e.g. 10.4:"
            + " six integer digits, four decimals; trailing zeros are not counted).", Severity.ERROR, true, ""),
    /** V206. */
    INVALID_LINE_TYPE("V206", "EXP/FEE/INV_ADJ_TYPE is not F, E, IF or IE.", Severity.ERROR, false, ""),
    /** V207. */
    INVALID_TIMEKEEPER_CLASSIFICATION("V207", "TIMEKEEPER_CLASSIFICATION is neither a LOC 2014 code (PARTNR,"
            + " ASSOC, ...) nor a legacy two-letter code (PT, AS, OC, LA, PL, OT).", Severity.ERROR, false, ""),
    /** V208. */
    LEGACY_TIMEKEEPER_CLASSIFICATION("V208", "TIMEKEEPER_CLASSIFICATION is a pre-2014 two-letter code; it is read"
            + " as its 2014 equivalent.", Severity.WARNING, true, ""),
    /** V209. */
    INVALID_TASK_CODE("V209", "LINE_ITEM_TASK_CODE is not a billable task of the dialect's UTBMS code sets.",
            Severity.ERROR, true, ""),
    /** V210. */
    INVALID_ACTIVITY_CODE("V210", "LINE_ITEM_ACTIVITY_CODE is not a UTBMS activity code (A101-A111).",
            Severity.ERROR, true, ""),
    /** V211. */
    INVALID_EXPENSE_CODE("V211", "LINE_ITEM_EXPENSE_CODE is not a UTBMS expense code (E101-E124).", Severity.ERROR,
            true, ""),
    /** V212. */
    CODE_NOT_FOR_LINE_TYPE("V212", "An expense code on a fee line, or a task or activity code on an expense line.",
            Severity.WARNING, true, ""),
    /** V213. */
    INVALID_CURRENCY("V213", "INVOICE_CURRENCY or INVOICE_TAX_CURRENCY is not an ISO 4217 code.", Severity.ERROR,
            false, ""),
    /** V214. */
    AMOUNT_TOO_PRECISE("V214", "An amount has more decimals than its currency allows (USD 24.955), or a unit cost"
            + " more than four.", Severity.ERROR, false, ""),
    /** V215. */
    NEGATIVE_UNITS("V215", "LINE_ITEM_NUMBER_OF_UNITS is negative; hours and item counts cannot be.",
            Severity.ERROR, false, "Brightflag"),
    /** V216. */
    NEGATIVE_UNIT_COST("V216", "LINE_ITEM_UNIT_COST is negative; discounts belong in the adjustment.",
            Severity.ERROR, false, ""),
    /** V217. */
    TIMEKEEPER_INCOMPLETE("V217", "A line names a TIMEKEEPER_ID but no usable TIMEKEEPER_NAME (\"Last, First\") or"
            + " no TIMEKEEPER_CLASSIFICATION.", Severity.ERROR, false, ""),
    /** V218. */
    PADDED_VALUE("V218", "A value starts or ends with blanks; the reader removes them.", Severity.WARNING, true,
            "Legal Tracker 004 (no spaces)"),
    /** V219. */
    TIMEKEEPER_NAME_MISMATCH("V219", "98BI: TIMEKEEPER_NAME gives another name than TIMEKEEPER_LAST_NAME and"
            + " TIMEKEEPER_FIRST_NAME; the last and first name fields are used.", Severity.WARNING, true, ""),
    /** V220. */
    INVALID_ACCOUNT_TYPE("V220", "98BI: ACCOUNT_TYPE is not one of the dialect's account types (O operating, T"
            + " trust).", Severity.ERROR, true, ""),
    /** V221. */
    INVALID_COUNTRY_CODE("V221", "98BI: LAW_FIRM_COUNTRY or CLIENT_COUNTRY is not an ISO 3166-1 country code of a"
            + " form the dialect accepts (alpha-2 GB, alpha-3 GBR).", Severity.ERROR, true, ""),
    /** V222. */
    INVALID_TAX_RATE("V222", "98BI: LINE_ITEM_TAX_RATE is negative or above the dialect's largest rate (1, a"
            + " fraction: 0.20 is 20 %).", Severity.ERROR, true, ""),
    /** V223. */
    TIMEKEEPER_NAME_ORDER("V223", "TIMEKEEPER_NAME is written \"First Last\" by a system whose dialect says so"
            + " (mycase); it is read as \"Last, First\".", Severity.WARNING, true, "MyCase LEDES export"),

    /** A301. */
    LINE_ARITHMETIC("A301", "LINE_ITEM_TOTAL is not units x unit cost + adjustment (+ line tax in 98BI); on IF/IE"
            + " lines without a unit cost it is not the adjustment.", Severity.ERROR, true, "Legal Tracker 006"),
    /** A302. */
    INVOICE_TOTAL_MISMATCH("A302", "INVOICE_TOTAL is not the sum of the invoice's LINE_ITEM_TOTALs.",
            Severity.ERROR, true, ""),
    /** A303. */
    INVOICE_TOTAL_INCONSISTENT("A303", "INVOICE_TOTAL differs between rows of one invoice.", Severity.ERROR, true,
            "Legal Tracker 007"),
    /** A304. */
    TAX_ARITHMETIC("A304", "98BI: INVOICE_NET_TOTAL is not INVOICE_TOTAL - INVOICE_TAX_TOTAL, or INVOICE_TAX_TOTAL"
            + " is not the sum of LINE_ITEM_TAX_TOTAL.", Severity.ERROR, true, "Collaborati 98BI V2 notes"),
    /** A305. */
    LINE_TAX_ARITHMETIC("A305", "98BI: LINE_ITEM_TAX_TOTAL is not the taxable base (units x unit cost +"
            + " adjustment) x LINE_ITEM_TAX_RATE, rounded once to the currency.", Severity.ERROR, true,
            "Legal Tracker: tenth-of-a-cent tax differences"),

    /** I401. */
    DUPLICATE_INVOICE_NUMBER("I401", "An invoice number reappears after rows of another invoice (or twice in"
            + " what is being written).", Severity.ERROR, true, "Legal Tracker duplicate invoice"),
    /** I402. */
    DUPLICATE_LINE_NUMBER("I402", "LINE_ITEM_NUMBER is used twice in one invoice.", Severity.ERROR, false, ""),
    /** I403. */
    INCONSISTENT_INVOICE_FIELD("I403", "An invoice-level field differs between rows of one invoice; the first row"
            + " counts. An error for fields the dialect wants identical on every row, else a warning.",
            Severity.WARNING, true, "Brightflag INVOICE_DESCRIPTION; Legal Tracker one matter per invoice"),
    /** I404. */
    LINE_DATE_OUTSIDE_PERIOD("I404", "LINE_ITEM_DATE is outside BILLING_START_DATE..BILLING_END_DATE; a"
            + " billing-guideline matter (rule OCG-OUTSIDE-PERIOD), so a warning unless the dialect's receiver"
            + " rejects such invoices.", Severity.WARNING, true, "SimpleLegal DATE; Collaborati: chronologically"
            + " consistent dates"),
    /** I405. */
    BILLING_PERIOD_REVERSED("I405", "BILLING_END_DATE is before BILLING_START_DATE.", Severity.ERROR, false, ""),
    /** I406. */
    INVOICE_DATE_BEFORE_PERIOD("I406", "INVOICE_DATE is before BILLING_START_DATE.", Severity.WARNING, true,
            "Collaborati: chronologically consistent dates"),
    /** I407. */
    INVOICE_NOT_REPRESENTABLE("I407", "The rows cannot form a domain invoice (e.g. a blank line date where the"
            + " dialect allows it); the message says why.", Severity.ERROR, false, ""),

    /** D501. */
    ADJUSTMENT_SIGN("D501", "LINE_ITEM_ADJUSTMENT_AMOUNT of an F or E line has the sign the dialect forbids.",
            Severity.ERROR, true, "LawTrac: adjustments must be negative"),
    /** D502. */
    INVOICE_ADJUSTMENT_SIGN("D502", "LINE_ITEM_TOTAL of an IF or IE line has the sign the dialect forbids.",
            Severity.ERROR, true, "Brightflag: discounts as IF lines with a negative total"),

    /** W601. */
    UNWRITABLE_VALUE("W601", "A value cannot be written: a pipe, line break or control character in text, a"
            + " character the output charset lacks, or a date outside years 0000-9999.", Severity.ERROR, false, ""),

    /** X701. */
    IO_ERROR("X701", "The file could not be opened, read or written.", Severity.ERROR, false, "");

    private final String code;
    private final String description;
    private final Severity defaultSeverity;
    private final boolean adjustable;
    private final String reference;

    LedesErrorCode(String code, String description, Severity defaultSeverity, boolean adjustable,
            String reference) {
        this.code = code;
        this.description = description;
        this.defaultSeverity = defaultSeverity;
        this.adjustable = adjustable;
        this.reference = reference;
    }

    /** @return the short stable code, e.g. {@code A301} */
    public String code() {
        return code;
    }

    /** @return one sentence saying what the code means */
    public String description() {
        return description;
    }

    /** @return the severity unless a dialect changes it */
    public Severity defaultSeverity() {
        return defaultSeverity;
    }

    /** @return true when a dialect may change the severity or switch the check off */
    public boolean adjustable() {
        return adjustable;
    }

    /** @return the vendor error or rule this code corresponds to (e.g. {@code Legal Tracker 006}), or empty */
    public String reference() {
        return reference;
    }

    /**
     * Finds a code by its short form ({@code A301}) or its constant name ({@code LINE_ARITHMETIC}), ignoring case.
     *
     * @param text the short code or the name
     * @return the code, if one matches
     */
    public static Optional<LedesErrorCode> find(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip().toUpperCase(Locale.ROOT);
        for (LedesErrorCode c : values()) {
            if (c.code.equals(t) || c.name().equals(t)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}

package dev.legalbilling.ledes.internal;

import dev.legalbilling.BillingException;
import dev.legalbilling.invoice.Invoice;
import dev.legalbilling.invoice.InvoiceLine;
import dev.legalbilling.invoice.InvoiceNumber;
import dev.legalbilling.invoice.LineType;
import dev.legalbilling.ledes.LedesDialect;
import dev.legalbilling.ledes.LedesErrorCode;
import dev.legalbilling.ledes.LedesFormat;
import dev.legalbilling.ledes.LedesInvoice;
import dev.legalbilling.ledes.LedesInvoiceHeader;
import dev.legalbilling.ledes.LedesIssue.Severity;
import dev.legalbilling.ledes.LedesLineDetails;
import dev.legalbilling.ledes.LedesReadResult;
import dev.legalbilling.money.Money;
import dev.legalbilling.money.UnitPrice;
import dev.legalbilling.party.ClientId;
import dev.legalbilling.party.MatterId;
import dev.legalbilling.party.Timekeeper;
import dev.legalbilling.party.TimekeeperClassification;
import dev.legalbilling.utbms.UtbmsCodeSet;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BooleanSupplier;

/**
 * Turns the rows of one invoice into a {@link LedesReadResult}: checks every field, every line's arithmetic, the
 * invoice's consistency and totals against the dialect, then builds the domain invoice when every row could be
 * parsed. Never throws for bad content. Not part of the API; not thread-safe (one per file).
 */
public final class InvoiceAssembler {
    private final LedesDialect dialect;
    private final LedesFormat format;
    private final Currency defaultCurrency;
    private final IssueFactory factory;
    private final Field[] fields;
    private final int issueLimit;
    /** True when the dialect's tolerance is not negative, so that equal amounts never differ by more. */
    private final boolean tolerant;
    private final boolean stopAtFirstError;
    /** LAW_FIRM_MATTER_ID to the first CLIENT_ID given for it in this file and the line where it was given. */
    private final Map<String, Map.Entry<String, Integer>> clientOfMatter = new HashMap<>();
    /** The dialect's rules by field ordinal, looked up once rather than by name for every value. */
    private final int[] maxLength;
    private final LedesDialect.Digits[] digits;
    private final boolean[] requiredAlways;
    /** Required fields by line type ordinal, then field ordinal. */
    private final boolean[][] requiredByType;
    /** The format's invoice-level fields but INVOICE_NUMBER, in order. */
    private final Field[] invoiceFields;
    /** Code checks already made in this file: code text to whether it is valid (a file uses few codes). */
    private final Map<String, Boolean> validTasks = new HashMap<>();
    private final Map<String, Boolean> validActivities = new HashMap<>();
    private final Map<String, Boolean> validExpenses = new HashMap<>();
    /** TIMEKEEPER_CLASSIFICATION texts already read: the classification, or {@link #UNKNOWN} when not one. */
    private final Map<String, Object> classifications = new HashMap<>();
    /** The last timekeeper built for each TIMEKEEPER_ID, with the texts it was built from. */
    private final Map<String, BuiltTimekeeper> timekeepers = new HashMap<>();

    /** Most entries in each cache above; past it, values are checked without being remembered. */
    private static final int CACHE_LIMIT = 4096;
    private static final Object UNKNOWN = new Object();
    private static final LineType[] LINE_TYPES = LineType.values();
    private static final Set<String> BLANK_NONE = Set.of();
    private static final Set<String> BLANK_UNITS = Set.of(Field.LINE_ITEM_NUMBER_OF_UNITS.ledesName());
    private static final Set<String> BLANK_ADJUSTMENT = Set.of(Field.LINE_ITEM_ADJUSTMENT_AMOUNT.ledesName());
    private static final Set<String> BLANK_BOTH = Set.of(Field.LINE_ITEM_NUMBER_OF_UNITS.ledesName(),
            Field.LINE_ITEM_ADJUSTMENT_AMOUNT.ledesName());
    private static final Field[] ARITHMETIC_INPUTS = {Field.LINE_ITEM_NUMBER_OF_UNITS, Field.LINE_ITEM_UNIT_COST,
        Field.LINE_ITEM_ADJUSTMENT_AMOUNT, Field.LINE_ITEM_TAX_TOTAL};
    private static final List<Field> LINE_FIELDS = List.of(Field.LINE_ITEM_NUMBER, Field.EXP_FEE_INV_ADJ_TYPE,
            Field.LINE_ITEM_DATE, Field.LINE_ITEM_TOTAL);

    /** A timekeeper and the row texts it was made from. */
    private record BuiltTimekeeper(Timekeeper timekeeper, String name, String last, String first,
            String classification) {
        boolean madeFrom(String n, String l, String f, String c) {
            return Objects.equals(name, n) && Objects.equals(last, l) && Objects.equals(first, f)
                    && Objects.equals(classification, c);
        }
    }

    /**
     * @param dialect the rules
     * @param format the file's format
     * @param defaultCurrency currency of 1998B files (and of 98BI invoices without INVOICE_CURRENCY)
     * @param factory makes issues
     * @param issueLimit most issues listed per invoice
     * @param stopAtFirstError keep only the issues up to the first error
     */
    public InvoiceAssembler(LedesDialect dialect, LedesFormat format, Currency defaultCurrency,
            IssueFactory factory, int issueLimit, boolean stopAtFirstError) {
        this.dialect = dialect;
        this.format = format;
        this.defaultCurrency = defaultCurrency;
        this.factory = factory;
        this.fields = Field.first(format.fieldCount()).toArray(new Field[0]);
        this.issueLimit = issueLimit;
        this.tolerant = dialect.tolerance().signum() >= 0;
        this.stopAtFirstError = stopAtFirstError;
        this.maxLength = new int[FIELD_COUNT];
        this.digits = new LedesDialect.Digits[FIELD_COUNT];
        this.requiredAlways = new boolean[FIELD_COUNT];
        this.requiredByType = new boolean[LINE_TYPES.length][FIELD_COUNT];
        List<Field> sharedFields = new ArrayList<>();
        for (Field f : Field.values()) {
            int i = f.ordinal();
            maxLength[i] = dialect.maxLength(f.ledesName()).orElse(Integer.MAX_VALUE);
            digits[i] = dialect.digits(f.ledesName()).orElse(null);
            requiredAlways[i] = dialect.isRequired(f.ledesName(), null);
            for (LineType t : LINE_TYPES) {
                requiredByType[t.ordinal()][i] = dialect.isRequired(f.ledesName(), t);
            }
            if (f.ordinal() < format.fieldCount() && f.invoiceLevel() && f != Field.INVOICE_NUMBER) {
                sharedFields.add(f);
            }
        }
        this.invoiceFields = sharedFields.toArray(new Field[0]);
    }

    private boolean isRequired(Field f, LineType type) {
        return type == null ? requiredAlways[f.ordinal()] : requiredByType[type.ordinal()][f.ordinal()];
    }

    private static final int FIELD_COUNT = Field.values().length;

    /** The values of one usable row: text as written (stripped unless narrative), parsed value, parse failure. */
    private static final class Parsed {
        final int line;
        /** Texts and values of the format's fields; fields beyond the format are blank. */
        final String[] text;
        final Object[] value;
        /** Bit i set when field i could not be parsed (there are fewer than 64 fields). */
        long bad;
        /** Bit i set when field i is not blank and was read without any issue. */
        long clean;
        LineType type;
        /** The row's fields as split, while the row is being parsed. */
        String[] raw;

        Parsed(int line, int fieldCount) {
            this.line = line;
            this.text = new String[fieldCount];
            this.value = new Object[fieldCount];
        }

        String text(Field f) {
            int i = f.ordinal();
            return i < text.length ? text[i] : null;
        }

        Object value(Field f) {
            int i = f.ordinal();
            return i < value.length ? value[i] : null;
        }

        BigDecimal number(Field f) {
            return (BigDecimal) value(f);
        }

        LocalDate date(Field f) {
            return (LocalDate) value(f);
        }

        boolean has(Field f) {
            return value(f) != null;
        }

        void markBad(Field f) {
            bad |= 1L << f.ordinal();
        }

        /** @return true when the field is blank or parsed (so arithmetic may use it, blank as zero) */
        boolean usable(Field f) {
            return (bad & (1L << f.ordinal())) == 0;
        }

        BigDecimal numberOrZero(Field f) {
            BigDecimal n = number(f);
            return n == null ? BigDecimal.ZERO : n;
        }
    }

    /**
     * @param key the INVOICE_NUMBER shared by the rows
     * @param rows the rows, at least one
     * @param firstSeenAt line where the same invoice number began earlier in the file, or 0
     * @return the result
     */
    public LedesReadResult assemble(String key, List<Row> rows, int firstSeenAt) {
        Issues issues = new Issues(issueLimit);
        boolean buildable = true;
        int firstLine = rows.get(0).line();
        int lastLine = rows.get(rows.size() - 1).line();
        if (firstSeenAt > 0) {
            issues.add(factory.issue(LedesErrorCode.DUPLICATE_INVOICE_NUMBER, firstLine, Field.INVOICE_NUMBER, key,
                    "appears again; its earlier rows start at line " + firstSeenAt
                            + " (an invoice's rows must be contiguous and its number unique)"));
        }
        Currency currency = currencyOf(rows);
        List<Parsed> parsed = new ArrayList<>(rows.size());
        String[] previousFields = null;
        Parsed previous = null;
        for (Row row : rows) {
            if (!row.issues().isEmpty()) {
                issues.addAll(row.issues());
            }
            if (row.fields() == null) {
                buildable = false;
                continue;
            }
            buildable &= row.intact();
            Parsed p = new Parsed(row.line(), format.fieldCount());
            buildable &= parseRow(row.fields(), p, previousFields, previous, currency, issues);
            buildable &= checkLine(p, currency, issues);
            parsed.add(p);
            previousFields = row.fields();
            previous = p;
        }
        boolean complete = parsed.size() == rows.size();
        if (!parsed.isEmpty()) {
            buildable &= checkInvoice(parsed, complete, currency, issues);
        }
        LedesInvoice invoice = null;
        if (buildable && complete) {
            invoice = build(parsed, currency, issues);
        }
        return new LedesReadResult(factory.file(), key, firstLine, lastLine, invoice,
                issues.sorted(factory, stopAtFirstError));
    }

    private Currency currencyOf(List<Row> rows) {
        if (format != LedesFormat.BI_V2) {
            return defaultCurrency;
        }
        for (Row row : rows) {
            if (row.fields() != null) {
                String code = row.fields()[Field.INVOICE_CURRENCY.ordinal()].strip();
                if (code.isEmpty()) {
                    return defaultCurrency;
                }
                try {
                    return Currency.getInstance(code);
                } catch (IllegalArgumentException e) {
                    return defaultCurrency;
                }
            }
        }
        return defaultCurrency;
    }

    /**
     * Checks every field of a row; returns false when a value cannot be used for the domain invoice. A field
     * written as on the invoice's previous row, where it was read without issue, takes that row's text and value:
     * reading it again would give the same and raise nothing (what a field's text raises depends on the text, the
     * dialect and the invoice's currencies only; a blank field, whose check depends on the line type, is never
     * clean). Invoice-level fields repeat on every row, and line fields such as the timekeeper's, the unit cost,
     * the line type and a zero adjustment often do. The file parser gives a field written as on the previous row
     * that row's string, so the same string is the test; an equal text in another string is read again.
     */
    private boolean parseRow(String[] raw, Parsed p, String[] previousRaw, Parsed previous, Currency currency,
            Issues issues) {
        boolean ok = true;
        p.raw = raw;
        String typeText = raw[Field.EXP_FEE_INV_ADJ_TYPE.ordinal()].strip();
        for (LineType t : LINE_TYPES) {
            if (t.ledesCode().equals(typeText)) {
                p.type = t;
            }
        }
        for (Field f : fields) {
            int i = f.ordinal();
            String r = raw[i];
            long bit = 1L << i;
            if (previous != null && (previous.clean & bit) != 0 && r == previousRaw[i]) {
                p.text[i] = previous.text[i];
                p.value[i] = previous.value[i];
                p.clean |= bit;
                continue;
            }
            int issuesBefore = issues.count();
            String v = r;
            boolean blank = false;
            if (!Values.unpadded(r)) {
                if (f.kind() != Field.Kind.NARRATIVE) {
                    v = r.strip();
                    if (!v.equals(r)) {
                        issues.add(factory.issue(LedesErrorCode.PADDED_VALUE, p.line, f, r,
                                "starts or ends with blanks"));
                    }
                }
                blank = v.isBlank();
            }
            if (blank) {
                if (isRequired(f, p.type)) {
                    issues.add(factory.issue(LedesErrorCode.REQUIRED_FIELD_BLANK, p.line, f, null,
                            "is blank but required" + (dialect.requiredFields().contains(f.ledesName()) ? ""
                                    : " on " + p.type.ledesCode() + " lines") + " by dialect " + dialect.name()));
                }
                if (f == Field.EXP_FEE_INV_ADJ_TYPE) {
                    if (!isRequired(f, null)) {
                        issues.add(factory.issue(LedesErrorCode.INVOICE_NOT_REPRESENTABLE, p.line, f, null,
                                "is blank, but every invoice line needs a type"));
                    }
                    ok = false;
                }
                continue;
            }
            p.text[f.ordinal()] = v;
            int max = maxLength[f.ordinal()];
            if (v.length() > max && Values.length(v) > max) {
                issues.add(factory.issue(LedesErrorCode.FIELD_TOO_LONG, p.line, f, v, "is " + Values.length(v)
                        + " characters long; dialect " + dialect.name() + " allows " + max));
            }
            boolean parsed = parseValue(f, v, p, currency, issues);
            ok &= parsed;
            if (parsed && issues.count() == issuesBefore) {
                p.clean |= bit;
            }
        }
        p.raw = null;
        return ok;
    }

    private boolean parseValue(Field f, String v, Parsed p, Currency currency, Issues issues) {
        switch (f.kind()) {
            case DATE -> {
                LocalDate d = Values.date(v);
                if (d == null) {
                    p.markBad(f);
                    issues.add(factory.issue(LedesErrorCode.INVALID_DATE, p.line, f, v,
                            "is not a date written CCYYMMDD"));
                    return false;
                }
                p.value[f.ordinal()] = d;
            }
            case AMOUNT, NUMBER -> {
                return parseNumber(f, v, p, currency, issues);
            }
            case LINE_TYPE -> {
                if (p.type == null) {
                    p.markBad(f);
                    issues.add(factory.issue(LedesErrorCode.INVALID_LINE_TYPE, p.line, f, v,
                            "is not F, E, IF or IE"));
                    return false;
                }
                p.value[f.ordinal()] = p.type;
            }
            case CURRENCY -> {
                try {
                    p.value[f.ordinal()] = Currency.getInstance(v);
                } catch (IllegalArgumentException e) {
                    p.markBad(f);
                    issues.add(factory.issue(LedesErrorCode.INVALID_CURRENCY, p.line, f, v,
                            "is not an ISO 4217 currency code"));
                    return false;
                }
            }
            case TEXT, NARRATIVE -> {
                p.value[f.ordinal()] = v;
                check98biCode(f, v, p, issues);
            }
            default -> throw new IllegalStateException("unhandled kind " + f.kind());
        }
        return true;
    }

    /** ACCOUNT_TYPE and the country fields take values from a list; the invoice is built either way. */
    private void check98biCode(Field f, String v, Parsed p, Issues issues) {
        if (f == Field.ACCOUNT_TYPE && !dialect.accountTypes().isEmpty() && !dialect.accountTypes().contains(v)) {
            issues.add(factory.issue(LedesErrorCode.INVALID_ACCOUNT_TYPE, p.line, f, v, "is not one of "
                    + dialect.accountTypes() + " (dialect " + dialect.name() + ")"));
        } else if ((f == Field.LAW_FIRM_COUNTRY || f == Field.CLIENT_COUNTRY) && !dialect.countryCodes().isEmpty()
                && dialect.countryCodes().stream().noneMatch(c -> c.accepts(v))) {
            issues.add(factory.issue(LedesErrorCode.INVALID_COUNTRY_CODE, p.line, f, v,
                    "is not an ISO 3166-1 country code of the forms " + dialect.countryCodes() + " (dialect "
                            + dialect.name() + ")"));
        }
    }

    private boolean parseNumber(Field f, String v, Parsed p, Currency currency, Issues issues) {
        BigDecimal n = Values.number(v);
        if (n == null) {
            p.markBad(f);
            issues.add(factory.issue(LedesErrorCode.INVALID_NUMBER, p.line, f, v,
                    "is not a number (only digits, one '.' and a leading '-')"));
            return false;
        }
        p.value[f.ordinal()] = n;
        boolean ok = true;
        int decimals = Values.decimals(v);
        boolean precise = true;
        Currency amountCurrency = f == Field.INVOICE_REPORTED_TAX_TOTAL ? taxCurrency(p, currency) : currency;
        if (f.kind() == Field.Kind.AMOUNT && decimals > currencyDigits(amountCurrency)) {
            issues.add(factory.issue(LedesErrorCode.AMOUNT_TOO_PRECISE, p.line, f, v, "has more decimals than "
                    + amountCurrency.getCurrencyCode() + " allows (" + currencyDigits(amountCurrency) + ")"));
            precise = false;
            ok = false;
        }
        if (f == Field.LINE_ITEM_UNIT_COST) {
            if (decimals > UnitPrice.MAX_SCALE) {
                issues.add(factory.issue(LedesErrorCode.AMOUNT_TOO_PRECISE, p.line, f, v,
                        "has more than " + UnitPrice.MAX_SCALE + " decimals"));
                precise = false;
                ok = false;
            }
            if (n.signum() < 0) {
                issues.add(factory.issue(LedesErrorCode.NEGATIVE_UNIT_COST, p.line, f, v,
                        "is negative; put discounts in LINE_ITEM_ADJUSTMENT_AMOUNT"));
                ok = false;
            }
        }
        if (f == Field.LINE_ITEM_TAX_RATE && dialect.severity(LedesErrorCode.INVALID_TAX_RATE).isPresent()
                && (n.signum() < 0 || dialect.maxTaxRate().filter(max -> n.compareTo(max) > 0).isPresent())) {
            issues.add(factory.issue(LedesErrorCode.INVALID_TAX_RATE, p.line, f, v, n.signum() < 0
                    ? "is negative" : "is above " + dialect.maxTaxRate().orElseThrow().toPlainString()
                            + ", the largest rate of dialect " + dialect.name() + " (a fraction: 0.20 is 20 %)"));
            // Kept in the invoice as written, but not used for the line tax check (A305): one issue, not two.
            p.markBad(f);
        }
        if (f == Field.LINE_ITEM_NUMBER_OF_UNITS && n.signum() < 0) {
            issues.add(factory.issue(LedesErrorCode.NEGATIVE_UNITS, p.line, f, v,
                    "is negative; hours and item counts cannot be"));
            ok = false;
        }
        LedesDialect.Digits d = digits[f.ordinal()];
        if (precise && d != null && !Values.fits(n, d)) {
            issues.add(factory.issue(LedesErrorCode.NUMBER_EXCEEDS_FORMAT, p.line, f, v, "does not fit format " + d
                    + " of dialect " + dialect.name()));
        }
        if (!ok) {
            p.markBad(f);
        }
        return ok;
    }

    /**
     * @return the currency of INVOICE_REPORTED_TAX_TOTAL: INVOICE_TAX_CURRENCY of the row (its field comes later in
     *     the row, so it is read from the text) when it is a valid code, else the invoice currency
     */
    private static Currency taxCurrency(Parsed p, Currency invoiceCurrency) {
        String code = p.text(Field.INVOICE_TAX_CURRENCY);
        if (code == null) {
            code = p.raw == null ? null : p.raw[Field.INVOICE_TAX_CURRENCY.ordinal()].strip();
        }
        if (code == null || code.isEmpty()) {
            return invoiceCurrency;
        }
        try {
            return Currency.getInstance(code);
        } catch (IllegalArgumentException e) {
            return invoiceCurrency;
        }
    }

    private static int currencyDigits(Currency currency) {
        int d = currency.getDefaultFractionDigits();
        return d < 0 ? 2 : d;
    }

    /** Line rules: timekeeper, codes, signs, arithmetic. Returns false when the timekeeper cannot be built. */
    private boolean checkLine(Parsed p, Currency currency, Issues issues) {
        boolean ok = checkTimekeeper(p, issues);
        checkCodes(p, issues);
        if (p.type == null) {
            return ok;
        }
        BigDecimal adjustment = p.number(Field.LINE_ITEM_ADJUSTMENT_AMOUNT);
        if (!p.type.isInvoiceAdjustment() && adjustment != null && !dialect.adjustmentSign().allows(adjustment)) {
            issues.add(factory.issue(LedesErrorCode.ADJUSTMENT_SIGN, p.line, Field.LINE_ITEM_ADJUSTMENT_AMOUNT,
                    p.text(Field.LINE_ITEM_ADJUSTMENT_AMOUNT), "must be " + signWord(dialect.adjustmentSign())
                            + " in dialect " + dialect.name()));
        }
        BigDecimal total = p.number(Field.LINE_ITEM_TOTAL);
        if (p.type.isInvoiceAdjustment() && total != null && !dialect.invoiceAdjustmentSign().allows(total)) {
            issues.add(factory.issue(LedesErrorCode.INVOICE_ADJUSTMENT_SIGN, p.line, Field.LINE_ITEM_TOTAL,
                    p.text(Field.LINE_ITEM_TOTAL), "of an " + p.type.ledesCode() + " line must be "
                            + signWord(dialect.invoiceAdjustmentSign()) + " in dialect " + dialect.name()
                            + " (invoice discounts)"));
        }
        checkArithmetic(p, currency, issues);
        checkLineTax(p, currency, issues);
        return ok;
    }

    private static String signWord(LedesDialect.Sign sign) {
        return sign == LedesDialect.Sign.NEGATIVE ? "zero or negative" : "zero or positive";
    }

    private boolean checkTimekeeper(Parsed p, Issues issues) {
        String id = p.text(Field.TIMEKEEPER_ID);
        String classification = p.text(Field.TIMEKEEPER_CLASSIFICATION);
        boolean ok = true;
        if (classification != null) {
            TimekeeperClassification known = classification(classification);
            if (known == null) {
                issues.add(factory.issue(LedesErrorCode.INVALID_TIMEKEEPER_CLASSIFICATION, p.line,
                        Field.TIMEKEEPER_CLASSIFICATION, classification,
                        "is not a LEDES timekeeper classification (e.g. PARTNR, ASSOC, PARALG, or legacy PT, AS)"));
                ok = id == null;
            } else if (classification.length() == 2) {
                issues.add(factory.issue(LedesErrorCode.LEGACY_TIMEKEEPER_CLASSIFICATION, p.line,
                        Field.TIMEKEEPER_CLASSIFICATION, classification, "is a pre-2014 code, read as "
                                + known.code()));
            }
        }
        String written = p.text(Field.TIMEKEEPER_NAME);
        String name = ledesName(written, p.text(Field.TIMEKEEPER_LAST_NAME));
        String last = p.text(Field.TIMEKEEPER_LAST_NAME);
        if (!Objects.equals(written, name)) {
            issues.add(factory.issue(LedesErrorCode.TIMEKEEPER_NAME_ORDER, p.line, Field.TIMEKEEPER_NAME, written,
                    "is \"First Last\" as dialect " + dialect.name() + " writes it; read as '" + name + "'"));
        }
        if (name != null && last != null && !Objects.equals(Timekeepers.parse(name),
                Timekeepers.of(null, last, p.text(Field.TIMEKEEPER_FIRST_NAME)))) {
            issues.add(factory.issue(LedesErrorCode.TIMEKEEPER_NAME_MISMATCH, p.line, Field.TIMEKEEPER_NAME, name,
                    "does not match TIMEKEEPER_LAST_NAME '" + last + "' and TIMEKEEPER_FIRST_NAME '"
                            + (p.text(Field.TIMEKEEPER_FIRST_NAME) == null ? "" : p.text(Field.TIMEKEEPER_FIRST_NAME))
                            + "'; those are used"));
        }
        if (id == null) {
            return ok;
        }
        if (!hasLastName(id, name, last, p.text(Field.TIMEKEEPER_FIRST_NAME))) {
            issues.add(factory.issue(LedesErrorCode.TIMEKEEPER_INCOMPLETE, p.line, Field.TIMEKEEPER_NAME,
                    p.text(Field.TIMEKEEPER_NAME), "gives no last name (\"Last, First\") for TIMEKEEPER_ID '"
                            + IssueFactory.show(Field.TIMEKEEPER_ID, id) + "'"));
            ok = false;
        }
        if (classification == null) {
            issues.add(factory.issue(LedesErrorCode.TIMEKEEPER_INCOMPLETE, p.line, Field.TIMEKEEPER_CLASSIFICATION,
                    null, "is blank for TIMEKEEPER_ID '" + IssueFactory.show(Field.TIMEKEEPER_ID, id) + "'"));
            ok = false;
        }
        return ok;
    }

    private void checkCodes(Parsed p, Issues issues) {
        String task = p.text(Field.LINE_ITEM_TASK_CODE);
        String activity = p.text(Field.LINE_ITEM_ACTIVITY_CODE);
        String expense = p.text(Field.LINE_ITEM_EXPENSE_CODE);
        if (task != null && !dialect.taskCodeSets().isEmpty() && !cached(validTasks, task,
                () -> dialect.taskCodeSets().stream().anyMatch(s -> s.isValidTask(task)))) {
            issues.add(factory.issue(LedesErrorCode.INVALID_TASK_CODE, p.line, Field.LINE_ITEM_TASK_CODE, task,
                    "is not a billable task code of " + dialect.taskCodeSets()));
        }
        if (activity != null && !cached(validActivities, activity,
                () -> UtbmsCodeSet.activity(activity).isPresent())) {
            issues.add(factory.issue(LedesErrorCode.INVALID_ACTIVITY_CODE, p.line, Field.LINE_ITEM_ACTIVITY_CODE,
                    activity, "is not a UTBMS activity code (A101-A111)"));
        }
        if (expense != null && !cached(validExpenses, expense, () -> UtbmsCodeSet.expense(expense).isPresent())) {
            issues.add(factory.issue(LedesErrorCode.INVALID_EXPENSE_CODE, p.line, Field.LINE_ITEM_EXPENSE_CODE,
                    expense, "is not a UTBMS expense code (E101-E124)"));
        }
        if (p.type == null) {
            return;
        }
        if (p.type.isFee() && expense != null) {
            issues.add(factory.issue(LedesErrorCode.CODE_NOT_FOR_LINE_TYPE, p.line, Field.LINE_ITEM_EXPENSE_CODE,
                    expense, "is an expense code on an " + p.type.ledesCode() + " line"));
        }
        if (!p.type.isFee() && task != null) {
            issues.add(factory.issue(LedesErrorCode.CODE_NOT_FOR_LINE_TYPE, p.line, Field.LINE_ITEM_TASK_CODE, task,
                    "is a task code on an " + p.type.ledesCode() + " line"));
        }
        if (!p.type.isFee() && activity != null) {
            issues.add(factory.issue(LedesErrorCode.CODE_NOT_FOR_LINE_TYPE, p.line, Field.LINE_ITEM_ACTIVITY_CODE,
                    activity, "is an activity code on an " + p.type.ledesCode() + " line"));
        }
    }

    /** @return the answer remembered for the code, else the check's (remembered while the cache is not full) */
    private static boolean cached(Map<String, Boolean> cache, String code, BooleanSupplier check) {
        Boolean known = cache.get(code);
        if (known != null) {
            return known;
        }
        boolean valid = check.getAsBoolean();
        if (cache.size() < CACHE_LIMIT) {
            cache.put(code, valid);
        }
        return valid;
    }

    /** @return the classification a TIMEKEEPER_CLASSIFICATION text names, or null when it names none */
    private TimekeeperClassification classification(String text) {
        Object known = classifications.get(text);
        if (known == null) {
            known = TimekeeperClassification.isKnown(text) ? TimekeeperClassification.fromCode(text) : UNKNOWN;
            if (classifications.size() < CACHE_LIMIT) {
                classifications.put(text, known);
            }
        }
        return known == UNKNOWN ? null : (TimekeeperClassification) known;
    }

    private void checkArithmetic(Parsed p, Currency currency, Issues issues) {
        BigDecimal total = p.number(Field.LINE_ITEM_TOTAL);
        for (Field f : ARITHMETIC_INPUTS) {
            if (!p.usable(f)) {
                return;
            }
        }
        if (total == null || !p.usable(Field.LINE_ITEM_TOTAL)) {
            return;
        }
        BigDecimal cost = p.number(Field.LINE_ITEM_UNIT_COST);
        BigDecimal adjustment = p.number(Field.LINE_ITEM_ADJUSTMENT_AMOUNT);
        BigDecimal tax = format == LedesFormat.BI_V2 ? p.numberOrZero(Field.LINE_ITEM_TAX_TOTAL) : BigDecimal.ZERO;
        BigDecimal computed;
        BigDecimal units = null;
        BigDecimal adj = adjustment == null ? BigDecimal.ZERO : adjustment;
        if (cost != null) {
            units = p.numberOrZero(Field.LINE_ITEM_NUMBER_OF_UNITS);
            BigDecimal extended = units.multiply(cost).setScale(currencyDigits(currency), dialect.rounding());
            computed = plus(plus(extended, adj), tax);
        } else if (p.type.isInvoiceAdjustment()) {
            if (adjustment == null && dialect.adjustmentLineTotal() == LedesDialect.AdjustmentLineTotal.STATED) {
                return;
            }
            computed = plus(adj, tax);
        } else {
            return;
        }
        if ((!tolerant || computed.compareTo(total) != 0)
                && computed.subtract(total).abs().compareTo(dialect.tolerance()) > 0) {
            String taxText = tax.signum() == 0 ? "" : " + tax " + tax.toPlainString();
            String formula;
            if (cost != null) {
                formula = "units x unit cost + adjustment" + (taxText.isEmpty() ? "" : " + tax") + " = "
                        + units.toPlainString() + " x " + cost.toPlainString() + " + " + adj.toPlainString()
                        + taxText + " = " + computed.toPlainString();
            } else {
                formula = "the adjustment" + (taxText.isEmpty() ? "" : " + tax") + " of an " + p.type.ledesCode()
                        + " line without unit cost = " + adj.toPlainString() + taxText + " = "
                        + computed.toPlainString();
            }
            issues.add(factory.issue(LedesErrorCode.LINE_ARITHMETIC, p.line, Field.LINE_ITEM_TOTAL,
                    p.text(Field.LINE_ITEM_TOTAL), "is not " + formula));
        }
    }

    /**
     * 98BI: LINE_ITEM_TAX_TOTAL = taxable base x LINE_ITEM_TAX_RATE, rounded once to the currency with the dialect's
     * rounding. The base is units x unit cost (rounded) + adjustment, or the adjustment of an IF/IE line without unit
     * cost. Lines without a rate are not checked (nothing says what the tax should be).
     */
    private void checkLineTax(Parsed p, Currency currency, Issues issues) {
        BigDecimal rate = p.number(Field.LINE_ITEM_TAX_RATE);
        if (format != LedesFormat.BI_V2 || rate == null || !p.usable(Field.LINE_ITEM_TAX_RATE)) {
            return;
        }
        for (Field f : ARITHMETIC_INPUTS) {
            if (!p.usable(f)) {
                return;
            }
        }
        BigDecimal cost = p.number(Field.LINE_ITEM_UNIT_COST);
        BigDecimal adjustment = p.numberOrZero(Field.LINE_ITEM_ADJUSTMENT_AMOUNT);
        int scale = currencyDigits(currency);
        BigDecimal base;
        if (cost != null) {
            base = p.numberOrZero(Field.LINE_ITEM_NUMBER_OF_UNITS).multiply(cost).setScale(scale, dialect.rounding())
                    .add(adjustment);
        } else if (p.type.isInvoiceAdjustment()) {
            base = adjustment;
        } else {
            return;
        }
        BigDecimal expected = base.multiply(rate).setScale(scale, dialect.rounding());
        BigDecimal stated = p.numberOrZero(Field.LINE_ITEM_TAX_TOTAL);
        if (expected.subtract(stated).abs().compareTo(dialect.tolerance()) > 0) {
            issues.add(factory.issue(LedesErrorCode.LINE_TAX_ARITHMETIC, p.line, Field.LINE_ITEM_TAX_TOTAL,
                    p.text(Field.LINE_ITEM_TAX_TOTAL), "is not the taxable base x LINE_ITEM_TAX_RATE = "
                            + base.toPlainString() + " x " + rate.toPlainString() + " = " + expected.toPlainString()));
        }
    }

    /** @return {@code a.add(b)}, without making a new value when b is a zero that would not change a's scale */
    private static BigDecimal plus(BigDecimal a, BigDecimal b) {
        return b.signum() == 0 && b.scale() <= a.scale() ? a : a.add(b);
    }

    /** Invoice rules across rows; returns false when the rows cannot form one domain invoice. */
    private boolean checkInvoice(List<Parsed> rows, boolean complete, Currency currency, Issues issues) {
        boolean ok = true;
        Parsed first = rows.get(0);
        for (Field f : invoiceFields) {
            for (int r = 1; r < rows.size(); r++) {
                Parsed p = rows.get(r);
                if (!sameValue(f, first, p)) {
                    String expected = first.text(f) == null ? "blank" : "'" + IssueFactory.show(f, first.text(f))
                            + "'";
                    if (f == Field.INVOICE_TOTAL) {
                        issues.add(factory.issue(LedesErrorCode.INVOICE_TOTAL_INCONSISTENT, p.line, f, p.text(f),
                                "differs from " + expected + " on line " + first.line
                                        + "; it must be the same on every row"));
                    } else if (dialect.sameOnEveryRow().contains(f.ledesName())) {
                        issues.add(factory.issue(LedesErrorCode.INCONSISTENT_INVOICE_FIELD, Severity.ERROR, p.line,
                                f, p.text(f), "differs from " + expected + " on line " + first.line
                                        + "; dialect " + dialect.name() + " wants it the same on every row"));
                    } else {
                        issues.add(factory.issue(LedesErrorCode.INCONSISTENT_INVOICE_FIELD, p.line, f, p.text(f),
                                "differs from " + expected + " on line " + first.line + "; the first row counts"));
                    }
                }
            }
        }
        ok &= checkLineNumbers(rows, issues);
        LocalDate start = first.date(Field.BILLING_START_DATE);
        LocalDate end = first.date(Field.BILLING_END_DATE);
        if (start != null && end != null && end.isBefore(start)) {
            issues.add(factory.issue(LedesErrorCode.BILLING_PERIOD_REVERSED, first.line, Field.BILLING_END_DATE,
                    first.text(Field.BILLING_END_DATE), "is before BILLING_START_DATE "
                            + first.text(Field.BILLING_START_DATE)));
            ok = false;
        }
        LocalDate invoiceDate = first.date(Field.INVOICE_DATE);
        if (invoiceDate != null && start != null && invoiceDate.isBefore(start)) {
            issues.add(factory.issue(LedesErrorCode.INVOICE_DATE_BEFORE_PERIOD, first.line, Field.INVOICE_DATE,
                    first.text(Field.INVOICE_DATE), "is before BILLING_START_DATE "
                            + first.text(Field.BILLING_START_DATE)));
        }
        for (Parsed p : rows) {
            LocalDate d = p.date(Field.LINE_ITEM_DATE);
            if (d != null && ((start != null && d.isBefore(start)) || (end != null && d.isAfter(end)))) {
                issues.add(factory.issue(LedesErrorCode.LINE_DATE_OUTSIDE_PERIOD, p.line, Field.LINE_ITEM_DATE,
                        p.text(Field.LINE_ITEM_DATE), "is outside the billing period "
                                + (start == null ? "" : first.text(Field.BILLING_START_DATE)) + ".."
                                + (end == null ? "" : first.text(Field.BILLING_END_DATE))));
            }
        }
        checkTotals(rows, complete, issues);
        checkClientOfMatter(first, issues);
        return ok;
    }

    /**
     * DUPLICATE_LINE_NUMBER: a LINE_ITEM_NUMBER written as on an earlier row of the invoice. A number written as
     * files usually number their lines (a whole number without leading zeros, up to the row count and a little more)
     * is looked up in an array by its value, any other text in a map; a text of one kind never equals one of the
     * other.
     */
    private boolean checkLineNumbers(List<Parsed> rows, Issues issues) {
        boolean ok = true;
        int[] firstLineOf = new int[rows.size() + 64];
        Map<String, Integer> others = null;
        for (Parsed p : rows) {
            String n = p.text(Field.LINE_ITEM_NUMBER);
            if (n == null) {
                continue;
            }
            int value = plainNumber(n, firstLineOf.length);
            Integer earlier;
            if (value >= 0) {
                earlier = firstLineOf[value] == 0 ? null : firstLineOf[value];
                if (earlier == null) {
                    firstLineOf[value] = p.line;
                }
            } else {
                if (others == null) {
                    others = new HashMap<>();
                }
                earlier = others.putIfAbsent(n, p.line);
            }
            if (earlier != null) {
                issues.add(factory.issue(LedesErrorCode.DUPLICATE_LINE_NUMBER, p.line, Field.LINE_ITEM_NUMBER, n,
                        "is also used on line " + earlier));
                ok = false;
            }
        }
        return ok;
    }

    /**
     * @return the value of a text of decimal digits without a leading zero (or "0") when it is below
     *     {@code limit}, else -1
     */
    static int plainNumber(String text, int limit) {
        int length = text.length();
        if (length == 0 || length > 9 || (length > 1 && text.charAt(0) == '0')) {
            return -1;
        }
        int value = 0;
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value < limit ? value : -1;
    }

    /** The specification: only the first CLIENT_ID given for a LAW_FIRM_MATTER_ID in a file counts. */
    private void checkClientOfMatter(Parsed first, Issues issues) {
        String matter = first.text(Field.LAW_FIRM_MATTER_ID);
        String client = first.text(Field.CLIENT_ID);
        if (matter == null || client == null || matter.length() > 64 || client.length() > 64) {
            return;
        }
        Map.Entry<String, Integer> earlier = clientOfMatter.putIfAbsent(matter, Map.entry(client, first.line));
        if (earlier != null && !earlier.getKey().equals(client)) {
            issues.add(factory.issue(LedesErrorCode.INCONSISTENT_INVOICE_FIELD, first.line, Field.CLIENT_ID, client,
                    "differs from '" + earlier.getKey() + "' given for LAW_FIRM_MATTER_ID '" + matter + "' on line "
                            + earlier.getValue() + "; the specification counts only the first"));
        }
    }

    private boolean sameValue(Field f, Parsed a, Parsed b) {
        if (a.text(f) == b.text(f)) {
            return true;
        }
        Object x = a.value(f);
        Object y = b.value(f);
        if (x instanceof BigDecimal bx && y instanceof BigDecimal by) {
            return bx.compareTo(by) == 0;
        }
        String s = a.text(f);
        String t = b.text(f);
        return s == null ? t == null : s.equals(t);
    }

    private void checkTotals(List<Parsed> rows, boolean complete, Issues issues) {
        Parsed first = rows.get(0);
        BigDecimal stated = first.number(Field.INVOICE_TOTAL);
        if (complete && stated != null) {
            BigDecimal sum = BigDecimal.ZERO;
            boolean known = true;
            for (Parsed p : rows) {
                BigDecimal t = p.number(Field.LINE_ITEM_TOTAL);
                if (t == null) {
                    known = false;
                    break;
                }
                sum = sum.add(t);
            }
            if (known && sum.subtract(stated).abs().compareTo(dialect.tolerance()) > 0) {
                issues.add(factory.issue(LedesErrorCode.INVOICE_TOTAL_MISMATCH, first.line, Field.INVOICE_TOTAL,
                        first.text(Field.INVOICE_TOTAL), "is not the sum of the " + rows.size()
                                + " LINE_ITEM_TOTALs, " + sum.toPlainString()));
            }
        }
        if (format != LedesFormat.BI_V2) {
            return;
        }
        BigDecimal tax = first.number(Field.INVOICE_TAX_TOTAL);
        BigDecimal net = first.number(Field.INVOICE_NET_TOTAL);
        if (stated != null && tax != null && net != null
                && stated.subtract(tax).subtract(net).abs().compareTo(dialect.tolerance()) > 0) {
            issues.add(factory.issue(LedesErrorCode.TAX_ARITHMETIC, first.line, Field.INVOICE_NET_TOTAL,
                    first.text(Field.INVOICE_NET_TOTAL), "is not INVOICE_TOTAL - INVOICE_TAX_TOTAL = "
                            + stated.toPlainString() + " - " + tax.toPlainString() + " = "
                            + stated.subtract(tax).toPlainString()));
        }
        if (complete && tax != null && rows.stream().allMatch(p -> p.usable(Field.LINE_ITEM_TAX_TOTAL))) {
            BigDecimal sum = rows.stream().map(p -> p.numberOrZero(Field.LINE_ITEM_TAX_TOTAL))
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            if (sum.subtract(tax).abs().compareTo(dialect.tolerance()) > 0) {
                issues.add(factory.issue(LedesErrorCode.TAX_ARITHMETIC, first.line, Field.INVOICE_TAX_TOTAL,
                        first.text(Field.INVOICE_TAX_TOTAL), "is not the sum of the LINE_ITEM_TAX_TOTALs, "
                                + sum.toPlainString()));
            }
        }
    }

    private LedesInvoice build(List<Parsed> rows, Currency currency, Issues issues) {
        Parsed first = rows.get(0);
        int at = first.line;
        try {
            Set<String> blankHeader = new HashSet<>();
            String matter = first.text(Field.LAW_FIRM_MATTER_ID);
            String clientMatter = first.text(Field.CLIENT_MATTER_ID);
            if (matter == null) {
                if (clientMatter == null) {
                    issues.add(factory.issue(LedesErrorCode.INVOICE_NOT_REPRESENTABLE, at, Field.LAW_FIRM_MATTER_ID,
                            null, "is blank and there is no CLIENT_MATTER_ID to stand in for it"));
                    return null;
                }
                matter = clientMatter;
                blankHeader.add(Field.LAW_FIRM_MATTER_ID.ledesName());
            }
            LocalDate start = first.date(Field.BILLING_START_DATE);
            LocalDate end = first.date(Field.BILLING_END_DATE);
            if (start == null || end == null) {
                LocalDate min = null;
                LocalDate max = null;
                for (Parsed p : rows) {
                    LocalDate d = p.date(Field.LINE_ITEM_DATE);
                    if (d != null) {
                        min = min == null || d.isBefore(min) ? d : min;
                        max = max == null || d.isAfter(max) ? d : max;
                    }
                }
                if (start == null) {
                    start = min;
                    blankHeader.add(Field.BILLING_START_DATE.ledesName());
                }
                if (end == null) {
                    end = max;
                    blankHeader.add(Field.BILLING_END_DATE.ledesName());
                }
            }
            List<InvoiceLine> lines = new ArrayList<>();
            List<LedesLineDetails> details = new ArrayList<>();
            for (Parsed p : rows) {
                at = p.line;
                InvoiceLine line = line(p, currency, issues);
                if (line == null) {
                    return null;
                }
                lines.add(line);
                details.add(details(p));
            }
            at = first.line;
            Invoice invoice = Invoice.builder(InvoiceNumber.of(first.text(Field.INVOICE_NUMBER)),
                            ClientId.of(first.text(Field.CLIENT_ID)), MatterId.of(matter))
                    .clientMatterId(clientMatter)
                    .lawFirmId(first.text(Field.LAW_FIRM_ID))
                    .invoiceDate(first.date(Field.INVOICE_DATE))
                    .period(start, end)
                    .description(first.text(Field.INVOICE_DESCRIPTION))
                    .currency(currency)
                    .lines(lines)
                    .buildFinal();
            return LedesInvoice.of(invoice, header(first, currency, blankHeader), details);
        } catch (BillingException e) {
            issues.add(factory.issue(LedesErrorCode.INVOICE_NOT_REPRESENTABLE, at, null, null,
                    "the rows cannot form an invoice: " + e.getMessage()));
            return null;
        }
    }

    private InvoiceLine line(Parsed p, Currency currency, Issues issues) {
        for (Field f : LINE_FIELDS) {
            if (!p.has(f)) {
                issues.add(factory.issue(LedesErrorCode.INVOICE_NOT_REPRESENTABLE, p.line, f, null,
                        "is blank, but every invoice line needs one"));
                return null;
            }
        }
        Timekeeper timekeeper = null;
        String id = p.text(Field.TIMEKEEPER_ID);
        if (id != null) {
            timekeeper = timekeeper(id, ledesName(p.text(Field.TIMEKEEPER_NAME), p.text(Field.TIMEKEEPER_LAST_NAME)),
                    p.text(Field.TIMEKEEPER_LAST_NAME),
                    p.text(Field.TIMEKEEPER_FIRST_NAME), p.text(Field.TIMEKEEPER_CLASSIFICATION));
        }
        BigDecimal cost = p.number(Field.LINE_ITEM_UNIT_COST);
        BigDecimal adjustment = p.number(Field.LINE_ITEM_ADJUSTMENT_AMOUNT);
        String narrative = p.text(Field.LINE_ITEM_DESCRIPTION);
        return InvoiceLine.builder(p.text(Field.LINE_ITEM_NUMBER), p.type, p.date(Field.LINE_ITEM_DATE))
                .timekeeper(timekeeper)
                .units(p.numberOrZero(Field.LINE_ITEM_NUMBER_OF_UNITS))
                .unitCost(cost == null ? null : UnitPrice.of(cost, currency))
                .adjustment(Money.of(adjustment == null ? BigDecimal.ZERO : adjustment, currency))
                .total(Money.of(p.number(Field.LINE_ITEM_TOTAL), currency))
                .codes(p.text(Field.LINE_ITEM_TASK_CODE), p.text(Field.LINE_ITEM_ACTIVITY_CODE))
                .expenseCode(p.text(Field.LINE_ITEM_EXPENSE_CODE))
                .narrative(narrative == null ? "" : narrative)
                .sourceLine(p.line)
                .build();
    }

    /** @return true when the name texts give a last name, as for a timekeeper already built from them */
    private boolean hasLastName(String id, String ledesName, String last, String first) {
        BuiltTimekeeper built = timekeepers.get(id);
        if (built != null && Objects.equals(built.name(), ledesName) && Objects.equals(built.last(), last)
                && Objects.equals(built.first(), first)) {
            return true;
        }
        return Timekeepers.of(ledesName, last, first) != null;
    }

    /**
     * @return the timekeeper the texts describe: the one built for the same id from the same texts when there is
     *     one (timekeepers are values; a file names few), else a new one
     */
    /**
     * TIMEKEEPER_NAME as the specification writes it: unchanged, except in a {@code FIRST_LAST} dialect where a name
     * without a comma (and no 98BI last name) is turned from "First Last" into "Last, First".
     */
    private String ledesName(String written, String last) {
        if (written == null || dialect.timekeeperNameOrder() != LedesDialect.NameOrder.FIRST_LAST
                || (last != null && !last.isBlank()) || written.indexOf(',') >= 0) {
            return written;
        }
        String w = written.strip();
        int space = w.lastIndexOf(' ');
        if (space < 0) {
            return written;
        }
        return w.substring(space + 1) + ", " + w.substring(0, space).strip();
    }

    private Timekeeper timekeeper(String id, String ledesName, String last, String first, String classification) {
        BuiltTimekeeper built = timekeepers.get(id);
        if (built != null && built.madeFrom(ledesName, last, first, classification)) {
            return built.timekeeper();
        }
        Timekeepers.Name name = Timekeepers.of(ledesName, last, first);
        Timekeeper timekeeper = Timekeeper.of(id, name.last(), name.first(),
                TimekeeperClassification.fromCode(classification), null);
        if (built != null || timekeepers.size() < CACHE_LIMIT) {
            timekeepers.put(id, new BuiltTimekeeper(timekeeper, ledesName, last, first, classification));
        }
        return timekeeper;
    }

    private LedesLineDetails details(Parsed p) {
        boolean noUnits = !p.has(Field.LINE_ITEM_NUMBER_OF_UNITS);
        boolean noAdjustment = !p.has(Field.LINE_ITEM_ADJUSTMENT_AMOUNT);
        Set<String> blank = noUnits ? (noAdjustment ? BLANK_BOTH : BLANK_UNITS)
                : (noAdjustment ? BLANK_ADJUSTMENT : BLANK_NONE);
        return new LedesLineDetails(p.text(Field.LINE_ITEM_NUMBER), blank, p.text(Field.TIMEKEEPER_NAME),
                p.text(Field.TIMEKEEPER_CLASSIFICATION), p.text(Field.TIMEKEEPER_LAST_NAME),
                p.text(Field.TIMEKEEPER_FIRST_NAME), p.number(Field.LINE_ITEM_TAX_RATE),
                p.number(Field.LINE_ITEM_TAX_TOTAL), p.text(Field.LINE_ITEM_TAX_TYPE));
    }

    private LedesInvoiceHeader header(Parsed p, Currency currency, Set<String> blank) {
        BigDecimal stated = p.number(Field.INVOICE_TOTAL);
        return LedesInvoiceHeader.builder()
                .statedTotal(stated == null ? null : Money.of(stated, currency))
                .blankFields(blank)
                .poNumber(p.text(Field.PO_NUMBER))
                .clientTaxId(p.text(Field.CLIENT_TAX_ID))
                .matterName(p.text(Field.MATTER_NAME))
                .tax(p.number(Field.INVOICE_TAX_TOTAL), p.number(Field.INVOICE_NET_TOTAL))
                .accountType(p.text(Field.ACCOUNT_TYPE))
                .lawFirm(new LedesInvoiceHeader.Party(p.text(Field.LAW_FIRM_NAME), p.text(Field.LAW_FIRM_ADDRESS_1),
                        p.text(Field.LAW_FIRM_ADDRESS_2), p.text(Field.LAW_FIRM_CITY),
                        p.text(Field.LAW_FIRM_STATE_OR_REGION), p.text(Field.LAW_FIRM_POSTCODE),
                        p.text(Field.LAW_FIRM_COUNTRY)))
                .client(new LedesInvoiceHeader.Party(p.text(Field.CLIENT_NAME), p.text(Field.CLIENT_ADDRESS_1),
                        p.text(Field.CLIENT_ADDRESS_2), p.text(Field.CLIENT_CITY),
                        p.text(Field.CLIENT_STATE_OR_REGION), p.text(Field.CLIENT_POSTCODE),
                        p.text(Field.CLIENT_COUNTRY)))
                .reportedTax(p.number(Field.INVOICE_REPORTED_TAX_TOTAL),
                        (Currency) p.value(Field.INVOICE_TAX_CURRENCY))
                .build();
    }
}

package dev.legalbilling.ledes;

import dev.legalbilling.invoice.LineType;
import dev.legalbilling.ledes.LedesIssue.Severity;
import dev.legalbilling.ledes.internal.DialectProperties;
import dev.legalbilling.ledes.internal.Field;
import dev.legalbilling.utbms.UtbmsCodeSet;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Properties;
import java.util.Set;

/**
 * What one receiver of LEDES files accepts: field lengths, number formats, required fields, rows that must agree,
 * accepted encodings, sign rules, UTBMS code sets, arithmetic rounding, and the severity of each adjustable
 * {@link LedesErrorCode}.
 *
 * <p>E-billing platforms disagree with the specification and with each other, so a firm checks a file against the
 * dialect of the platform it will send it to. Built-in dialects are data, loaded from properties files under
 * {@code dev/legalbilling/ledes/dialects/}:
 * <ul>
 *   <li>{@link #spec()} {@code spec}: the LEDES specification as published (the default). ASCII only (non-ASCII is
 *       a warning), Char 20 identifiers, 15 KB descriptions, INVOICE_TOTAL 12.4, line amounts 10.4.</li>
 *   <li>{@link #legalTracker()} {@code legal-tracker}: units required on F and E lines and TIMEKEEPER_ID on F lines
 *       (both exempt on IF/IE lines); padded values are errors (no spaces in numbers); UTF-8 and Windows-1252
 *       accepted.</li>
 *   <li>{@link #brightflag()} {@code brightflag}: LINE_ITEM_DESCRIPTION under 1024 characters, CLIENT_MATTER_ID
 *       required, INVOICE_DESCRIPTION identical on every row, IF/IE lines must have a negative total (invoice
 *       discounts).</li>
 *   <li>{@link #collaborati()} {@code collaborati}: INVOICE_TOTAL 14.2, LAW_FIRM_MATTER_ID and billing dates
 *       optional, INVOICE_DESCRIPTION at most 2000 characters, ANSI (Windows-1252) encoding only, legacy two-letter
 *       classifications accepted, invoice date before the period an error.</li>
 *   <li>{@code clio}, {@code practicepanther}, {@code mycase}: the LEDES 1998B exports of those practice-management
 *       systems (the specification, plus: UTBMS codes optional for Clio firms that did not enable them; discounts
 *       spread into negative line adjustments for PracticePanther; "First Last" timekeeper names read as
 *       "Last, First" with a warning for MyCase).</li>
 * </ul>
 * Users add dialects by loading a properties file ({@link #load(Path)}, {@link #fromProperties(Properties, String)},
 * usually with {@code extends = spec}) or by deriving one in code ({@link #derive(String)}). The properties keys are
 * documented in {@code docs/ledes-errors.md} and in {@code spec.properties}.
 *
 * <p>Immutable and thread-safe.
 */
public final class LedesDialect {
    /** Which sign a value may have. */
    public enum Sign {
        /** Any sign. */
        ANY,
        /** Zero or negative. */
        NEGATIVE,
        /** Zero or positive. */
        POSITIVE;

        /**
         * @param value a number
         * @return true when the value has an allowed sign (zero is always allowed)
         */
        public boolean allows(BigDecimal value) {
            return switch (this) {
                case ANY -> true;
                case NEGATIVE -> value.signum() <= 0;
                case POSITIVE -> value.signum() >= 0;
            };
        }
    }

    /** How a TIMEKEEPER_NAME without a comma is read. */
    public enum NameOrder {
        /** As the specification: {@code "Last, First"}; a name without a comma is all last name. */
        LAST_FIRST,
        /**
         * {@code "First Last"} as some systems write it (MyCase): a name without a comma is split at its last space
         * and read as {@code "Last, First"}, with a {@link LedesErrorCode#TIMEKEEPER_NAME_ORDER} warning.
         */
        FIRST_LAST
    }

    /** How the total of an IF or IE line without a unit cost is checked. */
    public enum AdjustmentLineTotal {
        /** As the specification: LINE_ITEM_TOTAL must equal LINE_ITEM_ADJUSTMENT_AMOUNT. */
        ADJUSTMENT,
        /** A blank adjustment is accepted and the stated LINE_ITEM_TOTAL alone counts. */
        STATED
    }

    /** The forms of ISO 3166-1 country codes a dialect accepts in LAW_FIRM_COUNTRY and CLIENT_COUNTRY. */
    public enum CountryCode {
        /** Two letters, e.g. {@code GB}. */
        ALPHA_2,
        /** Three letters, e.g. {@code GBR}. */
        ALPHA_3;

        private static final Set<String> ALPHA_2_CODES = Set.of(Locale.getISOCountries());
        private static final Set<String> ALPHA_3_CODES = Set.copyOf(
                Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3));

        /**
         * @param code a country field's text
         * @return true when the text is an assigned ISO 3166-1 code of this form (upper case)
         */
        public boolean accepts(String code) {
            return (this == ALPHA_2 ? ALPHA_2_CODES : ALPHA_3_CODES).contains(code);
        }
    }

    /**
     * A number format such as {@code 10.4}: at most {@code precision - scale} integer digits and {@code scale}
     * decimals.
     *
     * @param precision total digits, at least 1
     * @param scale decimals, between 0 and precision
     */
    public record Digits(int precision, int scale) {
        /** Validates the format. */
        public Digits {
            if (precision < 1 || scale < 0 || scale > precision) {
                throw new dev.legalbilling.InvalidValueException("digits", precision + "." + scale,
                        "must be precision.scale with 0 <= scale <= precision and precision >= 1");
            }
        }

        /** @return {@code precision.scale}, e.g. {@code 10.4} */
        @Override
        public String toString() {
            return precision + "." + scale;
        }
    }

    /** The name of the default dialect. */
    public static final String SPEC = "spec";

    private static final List<String> BUILT_IN_NAMES = List.of(SPEC, "legal-tracker", "brightflag", "collaborati",
            "clio", "practicepanther", "mycase");
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private final String name;
    private final String description;
    private final Map<String, Integer> maxLengths;
    private final Map<String, Digits> digits;
    private final Set<String> required;
    private final Map<LineType, Set<String>> requiredByType;
    private final Set<String> sameOnEveryRow;
    private final Map<LedesErrorCode, Severity> severities;
    private final Set<LedesErrorCode> off;
    private final Set<Charset> charsets;
    private final Sign adjustmentSign;
    private final Sign invoiceAdjustmentSign;
    private final AdjustmentLineTotal adjustmentLineTotal;
    private final Set<UtbmsCodeSet> taskCodeSets;
    private final RoundingMode rounding;
    private final BigDecimal tolerance;
    private final Set<String> accountTypes;
    private final Set<CountryCode> countryCodes;
    private final BigDecimal maxTaxRate;
    private final NameOrder nameOrder;

    private LedesDialect(Builder b) {
        this.name = b.name;
        this.description = b.description;
        this.maxLengths = Collections.unmodifiableMap(new LinkedHashMap<>(b.maxLengths));
        this.digits = Collections.unmodifiableMap(new LinkedHashMap<>(b.digits));
        this.required = Collections.unmodifiableSet(new LinkedHashSet<>(b.required));
        Map<LineType, Set<String>> byType = new EnumMap<>(LineType.class);
        for (LineType t : LineType.values()) {
            byType.put(t, Collections.unmodifiableSet(new LinkedHashSet<>(b.requiredByType.get(t))));
        }
        this.requiredByType = Collections.unmodifiableMap(byType);
        this.sameOnEveryRow = Collections.unmodifiableSet(new LinkedHashSet<>(b.sameOnEveryRow));
        this.severities = Collections.unmodifiableMap(new EnumMap<>(b.severities));
        this.off = b.off.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(b.off));
        this.charsets = Collections.unmodifiableSet(new LinkedHashSet<>(b.charsets));
        this.adjustmentSign = b.adjustmentSign;
        this.invoiceAdjustmentSign = b.invoiceAdjustmentSign;
        this.adjustmentLineTotal = b.adjustmentLineTotal;
        this.taskCodeSets = b.taskCodeSets.isEmpty() ? Set.of()
                : Collections.unmodifiableSet(EnumSet.copyOf(b.taskCodeSets));
        this.rounding = b.rounding;
        this.tolerance = b.tolerance;
        this.accountTypes = Collections.unmodifiableSet(new LinkedHashSet<>(b.accountTypes));
        this.countryCodes = b.countryCodes.isEmpty() ? Set.of()
                : Collections.unmodifiableSet(EnumSet.copyOf(b.countryCodes));
        this.maxTaxRate = b.maxTaxRate;
        this.nameOrder = b.nameOrder;
    }

    /** @return the specification dialect, the default */
    public static LedesDialect spec() {
        return BuiltIns.get(SPEC);
    }

    /** @return the Thomson Reuters Legal Tracker dialect */
    public static LedesDialect legalTracker() {
        return BuiltIns.get("legal-tracker");
    }

    /** @return the Brightflag dialect */
    public static LedesDialect brightflag() {
        return BuiltIns.get("brightflag");
    }

    /** @return the Mitratech Collaborati dialect */
    public static LedesDialect collaborati() {
        return BuiltIns.get("collaborati");
    }

    /** @return every built-in dialect, spec first */
    public static List<LedesDialect> builtIns() {
        return BUILT_IN_NAMES.stream().map(BuiltIns::get).toList();
    }

    /**
     * @param name a built-in name: {@code spec}, {@code legal-tracker}, {@code brightflag}, {@code collaborati},
     *     {@code clio}, {@code practicepanther} or {@code mycase} (case ignored)
     * @return the built-in dialect of that name, if there is one
     */
    public static Optional<LedesDialect> builtIn(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String n = name.strip().toLowerCase(Locale.ROOT);
        return BUILT_IN_NAMES.contains(n) ? Optional.of(BuiltIns.get(n)) : Optional.empty();
    }

    /**
     * Reads a dialect from properties. Key {@code extends} names a built-in dialect to start from (otherwise every
     * rule starts empty and permissive); the other keys replace the parent's value. All problems are reported at
     * once.
     *
     * @param properties the definition; {@code name} is required
     * @param source where it came from, for messages (e.g. a file path)
     * @return the dialect
     * @throws LedesDialectException listing every unknown key, field name, code or malformed value
     */
    public static LedesDialect fromProperties(Properties properties, String source) {
        Objects.requireNonNull(properties, "properties");
        return DialectProperties.parse(properties, Objects.requireNonNull(source, "source"), BuiltIns::lookup);
    }

    /**
     * Loads a dialect from a properties file (ISO 8859-1 escapes or UTF-8 text are both fine for ASCII content).
     *
     * @param file the properties file
     * @return the dialect
     * @throws LedesDialectException when the definition is invalid
     * @throws LedesFormatException with {@link LedesErrorCode#IO_ERROR} when the file cannot be read
     */
    public static LedesDialect load(Path file) {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException e) {
            throw new LedesFormatException(LedesErrorCode.IO_ERROR, file.toString(), null, null, null,
                    "cannot be read: " + e.getMessage(), e);
        }
        return fromProperties(p, file.toString());
    }

    /**
     * Starts a new dialect that has every rule of this one.
     *
     * @param newName name of the new dialect
     * @return a builder
     */
    public Builder derive(String newName) {
        Builder b = new Builder(newName);
        b.description = description;
        b.maxLengths.putAll(maxLengths);
        b.digits.putAll(digits);
        b.required.addAll(required);
        requiredByType.forEach((t, s) -> b.requiredByType.get(t).addAll(s));
        b.sameOnEveryRow.addAll(sameOnEveryRow);
        b.severities.putAll(severities);
        b.off.addAll(off);
        b.charsets.clear();
        b.charsets.addAll(charsets);
        b.adjustmentSign = adjustmentSign;
        b.invoiceAdjustmentSign = invoiceAdjustmentSign;
        b.adjustmentLineTotal = adjustmentLineTotal;
        b.taskCodeSets.clear();
        b.taskCodeSets.addAll(taskCodeSets);
        b.rounding = rounding;
        b.tolerance = tolerance;
        b.accountTypes.addAll(accountTypes);
        b.countryCodes.clear();
        b.countryCodes.addAll(countryCodes);
        b.maxTaxRate = maxTaxRate;
        b.nameOrder = nameOrder;
        return b;
    }

    /**
     * @param name the dialect name
     * @return a builder with no rules: no lengths, nothing required, every encoding accepted, all UTBMS sets
     */
    public static Builder builder(String name) {
        return new Builder(name);
    }

    /** @return the dialect's name, e.g. {@code brightflag} */
    public String name() {
        return name;
    }

    /** @return what the dialect is and where its rules come from; possibly empty */
    public String description() {
        return description;
    }

    /**
     * @param field a LEDES field name
     * @return the most characters (Unicode code points) the field may hold, if limited
     */
    public OptionalInt maxLength(String field) {
        Integer max = maxLengths.get(field);
        return max == null ? OptionalInt.empty() : OptionalInt.of(max);
    }

    /**
     * @param field a LEDES field name
     * @return the number format of the field, if limited
     */
    public Optional<Digits> digits(String field) {
        return Optional.ofNullable(digits.get(field));
    }

    /** @return the fields required on every row (fields absent from a format are ignored), unmodifiable */
    public Set<String> requiredFields() {
        return required;
    }

    /**
     * @param type a line type
     * @return the fields required, in addition to {@link #requiredFields()}, on lines of that type
     */
    public Set<String> requiredFields(LineType type) {
        return requiredByType.get(type);
    }

    /**
     * @param field a LEDES field name
     * @param type the line's type, or null when unknown
     * @return true when the field must not be blank on such a line
     */
    public boolean isRequired(String field, LineType type) {
        return required.contains(field) || (type != null && requiredByType.get(type).contains(field));
    }

    /** @return invoice-level fields that must be identical on every row of an invoice (else an error) */
    public Set<String> sameOnEveryRow() {
        return sameOnEveryRow;
    }

    /**
     * @param code an error code
     * @return the severity issues with that code get, or empty when the dialect switches the check off
     */
    public Optional<Severity> severity(LedesErrorCode code) {
        if (off.contains(code)) {
            return Optional.empty();
        }
        return Optional.of(severities.getOrDefault(code, code.defaultSeverity()));
    }

    /** @return the encodings accepted without {@link LedesErrorCode#ENCODING_NOT_ACCEPTED}: US-ASCII, UTF-8 and/or windows-1252 */
    public Set<Charset> charsets() {
        return charsets;
    }

    /** @return the sign LINE_ITEM_ADJUSTMENT_AMOUNT may have on F and E lines */
    public Sign adjustmentSign() {
        return adjustmentSign;
    }

    /** @return the sign LINE_ITEM_TOTAL may have on IF and IE lines */
    public Sign invoiceAdjustmentSign() {
        return invoiceAdjustmentSign;
    }

    /** @return how the total of an IF/IE line without a unit cost is checked */
    public AdjustmentLineTotal adjustmentLineTotal() {
        return adjustmentLineTotal;
    }

    /** @return the UTBMS code sets task codes are checked against; empty means task codes are not checked */
    public Set<UtbmsCodeSet> taskCodeSets() {
        return taskCodeSets;
    }

    /** @return how units x unit cost is rounded to the currency's minor unit before comparing with the total */
    public RoundingMode rounding() {
        return rounding;
    }

    /** @return the largest difference between stated and computed amounts that is not reported; zero by default */
    public BigDecimal tolerance() {
        return tolerance;
    }

    /**
     * @return the values ACCOUNT_TYPE may take (98BI; {@code O} operating and {@code T} trust under {@code spec});
     *     empty when any value is accepted
     */
    public Set<String> accountTypes() {
        return accountTypes;
    }

    /**
     * @return the ISO 3166-1 forms LAW_FIRM_COUNTRY and CLIENT_COUNTRY may use (98BI); empty when countries are not
     *     checked
     */
    public Set<CountryCode> countryCodes() {
        return countryCodes;
    }

    /**
     * @return the largest LINE_ITEM_TAX_RATE accepted (98BI; 1 under {@code spec}, rates being fractions: 0.20 is
     *     20 %), if limited; rates are never negative
     */
    public Optional<BigDecimal> maxTaxRate() {
        return Optional.ofNullable(maxTaxRate);
    }

    /** @return how a TIMEKEEPER_NAME without a comma is read; {@link NameOrder#LAST_FIRST} by default */
    public NameOrder timekeeperNameOrder() {
        return nameOrder;
    }

    /** @return {@code LedesDialect[name]} */
    @Override
    public String toString() {
        return "LedesDialect[" + name + "]";
    }

    /**
     * Builds a {@link LedesDialect}; obtained from {@link LedesDialect#derive(String)} or
     * {@link LedesDialect#builder(String)}. Field names are LEDES names such as {@code LINE_ITEM_DESCRIPTION};
     * mistakes are reported together by {@link #build()}. Not thread-safe.
     */
    public static final class Builder {
        private final String name;
        private String description = "";
        private final Map<String, Integer> maxLengths = new LinkedHashMap<>();
        private final Map<String, Digits> digits = new LinkedHashMap<>();
        private final Set<String> required = new LinkedHashSet<>();
        private final Map<LineType, Set<String>> requiredByType = new EnumMap<>(LineType.class);
        private final Set<String> sameOnEveryRow = new LinkedHashSet<>();
        private final Map<LedesErrorCode, Severity> severities = new EnumMap<>(LedesErrorCode.class);
        private final Set<LedesErrorCode> off = EnumSet.noneOf(LedesErrorCode.class);
        private final Set<Charset> charsets = new LinkedHashSet<>(List.of(StandardCharsets.US_ASCII,
                StandardCharsets.UTF_8, WINDOWS_1252));
        private Sign adjustmentSign = Sign.ANY;
        private Sign invoiceAdjustmentSign = Sign.ANY;
        private AdjustmentLineTotal adjustmentLineTotal = AdjustmentLineTotal.ADJUSTMENT;
        private final Set<UtbmsCodeSet> taskCodeSets = EnumSet.allOf(UtbmsCodeSet.class);
        private RoundingMode rounding = RoundingMode.HALF_UP;
        private BigDecimal tolerance = BigDecimal.ZERO;
        private final Set<String> accountTypes = new LinkedHashSet<>();
        private final Set<CountryCode> countryCodes = EnumSet.noneOf(CountryCode.class);
        private BigDecimal maxTaxRate;
        private NameOrder nameOrder = NameOrder.LAST_FIRST;

        private Builder(String name) {
            this.name = name;
            for (LineType t : LineType.values()) {
                requiredByType.put(t, new LinkedHashSet<>());
            }
        }

        /** @param value what the dialect is, with sources @return this builder */
        public Builder description(String value) {
            this.description = value == null ? "" : value;
            return this;
        }

        /** @param field a text field @param max most characters, at least 1 @return this builder */
        public Builder maxLength(String field, int max) {
            maxLengths.put(field, max);
            return this;
        }

        /** @param field a text field whose length is not limited @return this builder */
        public Builder noMaxLength(String field) {
            maxLengths.remove(field);
            return this;
        }

        /**
         * @param field a number field
         * @param precision total digits
         * @param scale decimals
         * @return this builder
         */
        public Builder digits(String field, int precision, int scale) {
            digits.put(field, new Digits(precision, scale));
            return this;
        }

        /** @param field a number field whose digits are not limited @return this builder */
        public Builder noDigits(String field) {
            digits.remove(field);
            return this;
        }

        /** @param fields fields that become required on every row @return this builder */
        public Builder require(String... fields) {
            required.addAll(List.of(fields));
            return this;
        }

        /**
         * @param type a line type
         * @param fields fields that become required on lines of that type
         * @return this builder
         */
        public Builder require(LineType type, String... fields) {
            requiredByType.get(type).addAll(List.of(fields));
            return this;
        }

        /** @param fields the fields required on every row, replacing the current list @return this builder */
        public Builder requiredFields(Collection<String> fields) {
            required.clear();
            required.addAll(fields);
            return this;
        }

        /**
         * @param type a line type
         * @param fields the fields additionally required on lines of that type, replacing the current list
         * @return this builder
         */
        public Builder requiredFields(LineType type, Collection<String> fields) {
            requiredByType.get(type).clear();
            requiredByType.get(type).addAll(fields);
            return this;
        }

        /** @param fields the fields that must be identical on every row, replacing the list @return this builder */
        public Builder sameOnEveryRow(Collection<String> fields) {
            sameOnEveryRow.clear();
            sameOnEveryRow.addAll(fields);
            return this;
        }

        /** @param fields fields that are no longer required, on any line type @return this builder */
        public Builder optional(String... fields) {
            List<String> list = List.of(fields);
            required.removeAll(list);
            requiredByType.values().forEach(s -> s.removeAll(list));
            return this;
        }

        /** @param fields invoice-level fields that must also be identical on every row @return this builder */
        public Builder sameOnEveryRow(String... fields) {
            sameOnEveryRow.addAll(List.of(fields));
            return this;
        }

        /** @param fields fields that may vary between rows again (first row counts) @return this builder */
        public Builder mayVaryBetweenRows(String... fields) {
            sameOnEveryRow.removeAll(List.of(fields));
            return this;
        }

        /**
         * @param code an {@linkplain LedesErrorCode#adjustable() adjustable} code
         * @param severity the severity its issues get
         * @return this builder
         */
        public Builder severity(LedesErrorCode code, Severity severity) {
            off.remove(code);
            severities.put(Objects.requireNonNull(code, "code"), Objects.requireNonNull(severity, "severity"));
            return this;
        }

        /** @param code an adjustable code whose check is switched off @return this builder */
        public Builder off(LedesErrorCode code) {
            severities.remove(code);
            off.add(Objects.requireNonNull(code, "code"));
            return this;
        }

        /** @param values accepted encodings: any of US-ASCII, UTF-8, windows-1252 @return this builder */
        public Builder charsets(Collection<Charset> values) {
            charsets.clear();
            charsets.addAll(values);
            return this;
        }

        /** @param value sign allowed for adjustments on F and E lines @return this builder */
        public Builder adjustmentSign(Sign value) {
            this.adjustmentSign = Objects.requireNonNull(value, "adjustmentSign");
            return this;
        }

        /** @param value sign allowed for totals of IF and IE lines @return this builder */
        public Builder invoiceAdjustmentSign(Sign value) {
            this.invoiceAdjustmentSign = Objects.requireNonNull(value, "invoiceAdjustmentSign");
            return this;
        }

        /** @param value how IF/IE totals without a unit cost are checked @return this builder */
        public Builder adjustmentLineTotal(AdjustmentLineTotal value) {
            this.adjustmentLineTotal = Objects.requireNonNull(value, "adjustmentLineTotal");
            return this;
        }

        /** @param values task code sets to check against; empty to skip task code checks @return this builder */
        public Builder taskCodeSets(Collection<UtbmsCodeSet> values) {
            taskCodeSets.clear();
            taskCodeSets.addAll(values);
            return this;
        }

        /** @param value rounding of units x unit cost @return this builder */
        public Builder rounding(RoundingMode value) {
            this.rounding = Objects.requireNonNull(value, "rounding");
            return this;
        }

        /** @param value largest unreported difference in arithmetic checks, not negative @return this builder */
        public Builder tolerance(BigDecimal value) {
            this.tolerance = Objects.requireNonNull(value, "tolerance");
            return this;
        }

        /** @param value how a TIMEKEEPER_NAME without a comma is read @return this builder */
        public Builder timekeeperNameOrder(NameOrder value) {
            this.nameOrder = Objects.requireNonNull(value, "timekeeperNameOrder");
            return this;
        }

        /**
         * @param values the values ACCOUNT_TYPE may take (98BI); empty to accept any
         * @return this builder
         */
        public Builder accountTypes(Collection<String> values) {
            accountTypes.clear();
            accountTypes.addAll(values);
            return this;
        }

        /**
         * @param values the ISO 3166-1 forms country fields may use (98BI); empty to leave countries unchecked
         * @return this builder
         */
        public Builder countryCodes(Collection<CountryCode> values) {
            countryCodes.clear();
            countryCodes.addAll(values);
            return this;
        }

        /**
         * @param value the largest LINE_ITEM_TAX_RATE accepted, not negative; null for no limit
         * @return this builder
         */
        public Builder maxTaxRate(BigDecimal value) {
            this.maxTaxRate = value;
            return this;
        }

        /**
         * @return the dialect
         * @throws LedesDialectException listing every unknown field, misuse of a field, fixed code or bad value
         */
        public LedesDialect build() {
            List<String> problems = new ArrayList<>();
            if (name == null || name.isBlank()) {
                problems.add("name: must not be blank");
            }
            maxLengths.forEach((f, max) -> {
                checkField(problems, "length." + f, f, EnumSet.of(Field.Kind.TEXT, Field.Kind.NARRATIVE,
                        Field.Kind.CURRENCY));
                if (max < 1) {
                    problems.add("length." + f + ": must be at least 1, was " + max);
                }
            });
            digits.keySet().forEach(f -> checkField(problems, "digits." + f, f,
                    EnumSet.of(Field.Kind.AMOUNT, Field.Kind.NUMBER)));
            required.forEach(f -> checkField(problems, "required", f, EnumSet.allOf(Field.Kind.class)));
            requiredByType.forEach((t, s) -> s.forEach(f -> checkField(problems, "required." + t.ledesCode(), f,
                    EnumSet.allOf(Field.Kind.class))));
            for (String f : sameOnEveryRow) {
                checkField(problems, "sameOnEveryRow", f, EnumSet.allOf(Field.Kind.class));
                if (Field.byName(f).filter(x -> !x.invoiceLevel()).isPresent()) {
                    problems.add("sameOnEveryRow: " + f + " is a line field, not an invoice field");
                }
            }
            for (LedesErrorCode c : severities.keySet()) {
                if (!c.adjustable()) {
                    problems.add("severity." + c.name() + ": " + c.code() + " is fixed and cannot be changed");
                }
            }
            for (LedesErrorCode c : off) {
                if (!c.adjustable()) {
                    problems.add("severity." + c.name() + ": " + c.code() + " is fixed and cannot be switched off");
                }
            }
            for (Charset c : charsets) {
                if (!c.equals(StandardCharsets.US_ASCII) && !c.equals(StandardCharsets.UTF_8)
                        && !c.equals(WINDOWS_1252)) {
                    problems.add("charsets: " + c.name() + " is not one the reader detects (US-ASCII, UTF-8,"
                            + " windows-1252)");
                }
            }
            if (tolerance.signum() < 0) {
                problems.add("tolerance: must not be negative, was " + tolerance.toPlainString());
            }
            if (maxTaxRate != null && maxTaxRate.signum() < 0) {
                problems.add("maxTaxRate: must not be negative, was " + maxTaxRate.toPlainString());
            }
            for (String t : accountTypes) {
                if (t.isBlank()) {
                    problems.add("accountTypes: an account type must not be blank");
                }
            }
            if (!problems.isEmpty()) {
                throw new LedesDialectException(name == null ? "builder" : name, problems);
            }
            return new LedesDialect(this);
        }

        private static void checkField(List<String> problems, String key, String field, Set<Field.Kind> kinds) {
            Optional<Field> f = Field.byName(field);
            if (f.isEmpty()) {
                problems.add(key + ": unknown LEDES field '" + field + "'");
            } else if (!kinds.contains(f.get().kind())) {
                problems.add(key + ": " + field + " is not a field of that kind");
            }
        }
    }

    /** Loads the built-in dialects once, on first use. */
    private static final class BuiltIns {
        private static final Map<String, LedesDialect> ALL = new LinkedHashMap<>();

        static {
            for (String n : BUILT_IN_NAMES) {
                ALL.put(n, loadResource(n));
            }
        }

        private static LedesDialect loadResource(String n) {
            String resource = "dialects/" + n + ".properties";
            Properties p = new Properties();
            try (InputStream in = LedesDialect.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException(resource + " is missing from the billing-core jar");
                }
                p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new IllegalStateException("cannot read " + resource, e);
            }
            return DialectProperties.parse(p, resource, BuiltIns::lookup);
        }

        static Optional<LedesDialect> lookup(String n) {
            return Optional.ofNullable(ALL.get(n));
        }

        static LedesDialect get(String n) {
            return ALL.get(n);
        }
    }
}

package dev.legalbilling.benchmarks.baseline;

import dev.legalbilling.InvalidValueException;
import dev.legalbilling.money.UnitPrice;
import dev.legalbilling.party.TimekeeperClassification;
import dev.legalbilling.party.TimekeeperId;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The parameters of the standard guideline pack, with the defaults of {@code docs/guideline-pack-spec.md}
 * ({@link #defaults()}), for the hand-coded checks and for the engine it is compared with.
 *
 * <p>Units: hours for every hour limit, days for every age limit, percentages as numbers from 0 to 100, and money
 * limits (caps, threshold) as plain amounts in the invoice's currency. Codes (UTBMS activity and expense codes) are
 * held upper case. Phrases are held {@linkplain Narratives#normalise(String) normalised}, as they are compared.
 * Defaults are typical outside-counsel-guideline values, not law.
 *
 * <p>Immutable and thread-safe; build variants with {@link #toBuilder()}.
 */
public final class GuidelineProfile {
    private static final GuidelineProfile DEFAULTS = builder().build();

    private final BigDecimal increment;
    private final int blockBillingMinTasks;
    private final BigDecimal blockBillingReductionPercent;
    private final int vagueMinWords;
    private final List<String> vaguePhrases;
    private final BigDecimal dailyMaxHours;
    private final BigDecimal longEntryMaxHours;
    private final List<String> clericalPhrases;
    private final boolean internalConferenceAllowed;
    private final int maxAttendees;
    private final BigDecimal travelRatePercent;
    private final List<String> travelPhrases;
    private final Map<TimekeeperId, UnitPrice> approvedRates;
    private final Map<TimekeeperClassification, UnitPrice> approvedClassRates;
    private final Set<TimekeeperId> approvedTimekeepers;
    private final Set<TimekeeperClassification> seniorClassifications;
    private final Set<String> juniorActivities;
    private final BigDecimal researchMaxHours;
    private final List<String> trainingPhrases;
    private final int chippingMinEntries;
    private final BigDecimal chippingSmallEntryHours;
    private final int lateEntryMaxAgeDays;
    private final int lateSubmissionMaxDays;
    private final Set<String> disallowedExpenseCodes;
    private final Map<String, BigDecimal> expenseUnitCaps;
    private final Map<String, BigDecimal> expenseItemCaps;
    private final BigDecimal receiptThreshold;
    private final Set<String> travelExpenseCodes;
    private final List<String> luxuryPhrases;

    private GuidelineProfile(Builder b) {
        this.increment = positive("increment", b.increment);
        this.blockBillingMinTasks = atLeast("blockBillingMinTasks", b.blockBillingMinTasks, 2);
        this.blockBillingReductionPercent = percent("blockBillingReductionPercent", b.blockBillingReductionPercent);
        this.vagueMinWords = atLeast("vagueMinWords", b.vagueMinWords, 0);
        this.vaguePhrases = phrases("vaguePhrases", b.vaguePhrases);
        this.dailyMaxHours = notNegative("dailyMaxHours", b.dailyMaxHours);
        this.longEntryMaxHours = notNegative("longEntryMaxHours", b.longEntryMaxHours);
        this.clericalPhrases = phrases("clericalPhrases", b.clericalPhrases);
        this.internalConferenceAllowed = b.internalConferenceAllowed;
        this.maxAttendees = atLeast("maxAttendees", b.maxAttendees, 1);
        this.travelRatePercent = percent("travelRatePercent", b.travelRatePercent);
        this.travelPhrases = phrases("travelPhrases", b.travelPhrases);
        this.approvedRates = Map.copyOf(b.approvedRates);
        this.approvedClassRates = Map.copyOf(b.approvedClassRates);
        this.approvedTimekeepers = Set.copyOf(b.approvedTimekeepers);
        this.seniorClassifications = Set.copyOf(b.seniorClassifications);
        this.juniorActivities = codes(b.juniorActivities);
        this.researchMaxHours = notNegative("researchMaxHours", b.researchMaxHours);
        this.trainingPhrases = phrases("trainingPhrases", b.trainingPhrases);
        this.chippingMinEntries = atLeast("chippingMinEntries", b.chippingMinEntries, 1);
        this.chippingSmallEntryHours = notNegative("chippingSmallEntryHours", b.chippingSmallEntryHours);
        this.lateEntryMaxAgeDays = atLeast("lateEntryMaxAgeDays", b.lateEntryMaxAgeDays, 0);
        this.lateSubmissionMaxDays = atLeast("lateSubmissionMaxDays", b.lateSubmissionMaxDays, 0);
        this.disallowedExpenseCodes = codes(b.disallowedExpenseCodes);
        this.expenseUnitCaps = caps("expenseUnitCaps", b.expenseUnitCaps);
        this.expenseItemCaps = caps("expenseItemCaps", b.expenseItemCaps);
        this.receiptThreshold = notNegative("receiptThreshold", b.receiptThreshold);
        this.travelExpenseCodes = codes(b.travelExpenseCodes);
        this.luxuryPhrases = phrases("luxuryPhrases", b.luxuryPhrases);
    }

    /** @return the spec's defaults, with no approved rates or timekeepers (those rules stay silent) */
    public static GuidelineProfile defaults() {
        return DEFAULTS;
    }

    /** @return a builder starting from the spec's defaults */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder starting from this profile */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.increment = increment;
        b.blockBillingMinTasks = blockBillingMinTasks;
        b.blockBillingReductionPercent = blockBillingReductionPercent;
        b.vagueMinWords = vagueMinWords;
        b.vaguePhrases = vaguePhrases;
        b.dailyMaxHours = dailyMaxHours;
        b.longEntryMaxHours = longEntryMaxHours;
        b.clericalPhrases = clericalPhrases;
        b.internalConferenceAllowed = internalConferenceAllowed;
        b.maxAttendees = maxAttendees;
        b.travelRatePercent = travelRatePercent;
        b.travelPhrases = travelPhrases;
        b.approvedRates = approvedRates;
        b.approvedClassRates = approvedClassRates;
        b.approvedTimekeepers = approvedTimekeepers;
        b.seniorClassifications = seniorClassifications;
        b.juniorActivities = juniorActivities;
        b.researchMaxHours = researchMaxHours;
        b.trainingPhrases = trainingPhrases;
        b.chippingMinEntries = chippingMinEntries;
        b.chippingSmallEntryHours = chippingSmallEntryHours;
        b.lateEntryMaxAgeDays = lateEntryMaxAgeDays;
        b.lateSubmissionMaxDays = lateSubmissionMaxDays;
        b.disallowedExpenseCodes = disallowedExpenseCodes;
        b.expenseUnitCaps = expenseUnitCaps;
        b.expenseItemCaps = expenseItemCaps;
        b.receiptThreshold = receiptThreshold;
        b.travelExpenseCodes = travelExpenseCodes;
        b.luxuryPhrases = luxuryPhrases;
        return b;
    }

    /** @return OCG-INCREMENT: the billing increment in hours (default 0.1) */
    public BigDecimal increment() {
        return increment;
    }

    /** @return OCG-BLOCK-BILLING: tasks in one narrative that make it block billing (default 2) */
    public int blockBillingMinTasks() {
        return blockBillingMinTasks;
    }

    /** @return OCG-BLOCK-BILLING: the percentage of a block-billed line that is paid (default 50) */
    public BigDecimal blockBillingReductionPercent() {
        return blockBillingReductionPercent;
    }

    /** @return OCG-VAGUE-DESCRIPTION: fewer words than this is vague (default 4) */
    public int vagueMinWords() {
        return vagueMinWords;
    }

    /** @return OCG-VAGUE-DESCRIPTION: vague phrases, normalised */
    public List<String> vaguePhrases() {
        return vaguePhrases;
    }

    /** @return OCG-DAILY-HOURS: most hours a timekeeper may bill on one day (default 10.0) */
    public BigDecimal dailyMaxHours() {
        return dailyMaxHours;
    }

    /** @return OCG-LONG-ENTRY: most hours of one entry (default 8.0) */
    public BigDecimal longEntryMaxHours() {
        return longEntryMaxHours;
    }

    /** @return OCG-CLERICAL: clerical phrases, normalised */
    public List<String> clericalPhrases() {
        return clericalPhrases;
    }

    /** @return OCG-INTERNAL-CONFERENCE: whether one timekeeper per date may bill an internal conference */
    public boolean internalConferenceAllowed() {
        return internalConferenceAllowed;
    }

    /** @return OCG-MULTIPLE-ATTENDEES: timekeepers allowed to attend per date and task (default 1) */
    public int maxAttendees() {
        return maxAttendees;
    }

    /** @return OCG-TRAVEL: percentage of the rate billable for non-working travel (default 50) */
    public BigDecimal travelRatePercent() {
        return travelRatePercent;
    }

    /** @return OCG-TRAVEL: phrases that make a fee line non-working travel besides the flag and B195, normalised */
    public List<String> travelPhrases() {
        return travelPhrases;
    }

    /** @return OCG-RATE-ABOVE-APPROVED: approved hourly rates by timekeeper (default none) */
    public Map<TimekeeperId, UnitPrice> approvedRates() {
        return approvedRates;
    }

    /** @return OCG-RATE-ABOVE-APPROVED: approved hourly rates by classification, used when no rate by id */
    public Map<TimekeeperClassification, UnitPrice> approvedClassRates() {
        return approvedClassRates;
    }

    /** @return OCG-UNAPPROVED-TIMEKEEPER: approved timekeepers; empty means the rule is silent */
    public Set<TimekeeperId> approvedTimekeepers() {
        return approvedTimekeepers;
    }

    /** @return OCG-STAFFING-LEVEL: classifications too senior for junior work (default PARTNR) */
    public Set<TimekeeperClassification> seniorClassifications() {
        return seniorClassifications;
    }

    /** @return OCG-STAFFING-LEVEL: junior activity codes (default A110) */
    public Set<String> juniorActivities() {
        return juniorActivities;
    }

    /** @return OCG-RESEARCH-LIMIT: most research (A102) hours on the matter, history included (default 10.0) */
    public BigDecimal researchMaxHours() {
        return researchMaxHours;
    }

    /** @return OCG-TRAINING: training phrases, normalised */
    public List<String> trainingPhrases() {
        return trainingPhrases;
    }

    /** @return OCG-CHIPPING: small entries of one timekeeper, date and task that make chipping (default 4) */
    public int chippingMinEntries() {
        return chippingMinEntries;
    }

    /** @return OCG-CHIPPING: an entry of at most this many hours is small (default 0.2) */
    public BigDecimal chippingSmallEntryHours() {
        return chippingSmallEntryHours;
    }

    /** @return OCG-LATE-ENTRY: oldest a line may be, in days before the invoice date (default 90) */
    public int lateEntryMaxAgeDays() {
        return lateEntryMaxAgeDays;
    }

    /** @return OCG-LATE-SUBMISSION: latest an invoice may be, in days after the billing end (default 60) */
    public int lateSubmissionMaxDays() {
        return lateSubmissionMaxDays;
    }

    /** @return OCG-EXPENSE-NOT-ALLOWED: disallowed expense codes (default E103, E104, E105) */
    public Set<String> disallowedExpenseCodes() {
        return disallowedExpenseCodes;
    }

    /** @return OCG-EXPENSE-CAP: most per unit, by expense code (default E101: 0.10) */
    public Map<String, BigDecimal> expenseUnitCaps() {
        return expenseUnitCaps;
    }

    /** @return OCG-EXPENSE-CAP: most per line total, by expense code (default E111: 50.00) */
    public Map<String, BigDecimal> expenseItemCaps() {
        return expenseItemCaps;
    }

    /** @return OCG-RECEIPT-REQUIRED: expenses above this total need a receipt (default 75.00) */
    public BigDecimal receiptThreshold() {
        return receiptThreshold;
    }

    /** @return OCG-TRAVEL-CLASS: travel expense codes (default E109, E110) */
    public Set<String> travelExpenseCodes() {
        return travelExpenseCodes;
    }

    /** @return OCG-TRAVEL-CLASS: luxury phrases, normalised */
    public List<String> luxuryPhrases() {
        return luxuryPhrases;
    }

    /** @return a summary without the rate tables */
    @Override
    public String toString() {
        return "GuidelineProfile[increment " + increment + ", daily " + dailyMaxHours + " h, entry "
                + longEntryMaxHours + " h, research " + researchMaxHours + " h, " + approvedRates.size()
                + " approved rates, " + approvedTimekeepers.size() + " approved timekeepers]";
    }

    private static BigDecimal positive(String field, BigDecimal value) {
        if (notNegative(field, value).signum() == 0) {
            throw new InvalidValueException(field, value.toPlainString(), "must be positive");
        }
        return value;
    }

    private static BigDecimal notNegative(String field, BigDecimal value) {
        Objects.requireNonNull(value, field);
        if (value.signum() < 0) {
            throw new InvalidValueException(field, value.toPlainString(), "must not be negative");
        }
        return value;
    }

    private static BigDecimal percent(String field, BigDecimal value) {
        if (notNegative(field, value).compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new InvalidValueException(field, value.toPlainString(), "must be between 0 and 100");
        }
        return value;
    }

    private static int atLeast(String field, int value, int min) {
        if (value < min) {
            throw new InvalidValueException(field, value, "must be at least " + min);
        }
        return value;
    }

    private static List<String> phrases(String field, List<String> values) {
        return values.stream().map(p -> {
            String n = Narratives.normalise(p);
            if (n.isEmpty()) {
                throw new InvalidValueException(field, p, "must contain a letter or digit");
            }
            return n;
        }).distinct().toList();
    }

    private static Set<String> codes(Set<String> values) {
        return Set.copyOf(values.stream().map(GuidelineProfile::code).toList());
    }

    private static Map<String, BigDecimal> caps(String field, Map<String, BigDecimal> values) {
        Map<String, BigDecimal> out = new LinkedHashMap<>();
        values.forEach((code, cap) -> out.put(code(code), notNegative(field + "[" + code + "]", cap)));
        return Map.copyOf(out);
    }

    static String code(String value) {
        return value.strip().toUpperCase(Locale.ROOT);
    }

    /** Builds a {@link GuidelineProfile}; starts from the spec's defaults. Not thread-safe. */
    public static final class Builder {
        private BigDecimal increment = new BigDecimal("0.1");
        private int blockBillingMinTasks = 2;
        private BigDecimal blockBillingReductionPercent = BigDecimal.valueOf(50);
        private int vagueMinWords = 4;
        private List<String> vaguePhrases = List.of("attention to matter", "attention to file", "review file",
                "work on file", "work on matter", "file review");
        private BigDecimal dailyMaxHours = new BigDecimal("10.0");
        private BigDecimal longEntryMaxHours = new BigDecimal("8.0");
        private List<String> clericalPhrases = List.of("bates stamp", "bates stamping", "bates label",
                "bates number", "photocopy", "photocopying", "copying", "scanning", "calendaring", "calendared",
                "schedule deposition", "scheduling", "transmittal letter", "indexing", "e-filing", "efiling",
                "electronically file");
        private boolean internalConferenceAllowed;
        private int maxAttendees = 1;
        private BigDecimal travelRatePercent = BigDecimal.valueOf(50);
        private List<String> travelPhrases = List.of("non-working travel", "nonworking travel", "travel to",
                "travel from", "travel time");
        private Map<TimekeeperId, UnitPrice> approvedRates = Map.of();
        private Map<TimekeeperClassification, UnitPrice> approvedClassRates = Map.of();
        private Set<TimekeeperId> approvedTimekeepers = Set.of();
        private Set<TimekeeperClassification> seniorClassifications = EnumSet.of(TimekeeperClassification.PARTNR);
        private Set<String> juniorActivities = Set.of("A110");
        private BigDecimal researchMaxHours = new BigDecimal("10.0");
        private List<String> trainingPhrases = List.of("familiar with the file", "familiarize", "get up to speed",
                "learning the file", "background materials", "training", "orientation", "summer associate",
                "first-year associate");
        private int chippingMinEntries = 4;
        private BigDecimal chippingSmallEntryHours = new BigDecimal("0.2");
        private int lateEntryMaxAgeDays = 90;
        private int lateSubmissionMaxDays = 60;
        private Set<String> disallowedExpenseCodes = Set.of("E103", "E104", "E105");
        private Map<String, BigDecimal> expenseUnitCaps = Map.of("E101", new BigDecimal("0.10"));
        private Map<String, BigDecimal> expenseItemCaps = Map.of("E111", new BigDecimal("50.00"));
        private BigDecimal receiptThreshold = new BigDecimal("75.00");
        private Set<String> travelExpenseCodes = Set.of("E109", "E110");
        private List<String> luxuryPhrases = List.of("first class", "first-class", "business class", "luxury",
                "suite upgrade");

        private Builder() {
        }

        /** @param value billing increment in hours, positive @return this builder */
        public Builder increment(BigDecimal value) {
            this.increment = value;
            return this;
        }

        /** @param minTasks tasks that make block billing, at least 2 @param reductionPercent share paid, 0–100
         * @return this builder */
        public Builder blockBilling(int minTasks, BigDecimal reductionPercent) {
            this.blockBillingMinTasks = minTasks;
            this.blockBillingReductionPercent = reductionPercent;
            return this;
        }

        /** @param minWords fewer words is vague @param phrases vague phrases @return this builder */
        public Builder vagueDescription(int minWords, List<String> phrases) {
            this.vagueMinWords = minWords;
            this.vaguePhrases = List.copyOf(phrases);
            return this;
        }

        /** @param value daily cap in hours @return this builder */
        public Builder dailyMaxHours(BigDecimal value) {
            this.dailyMaxHours = value;
            return this;
        }

        /** @param value per-entry cap in hours @return this builder */
        public Builder longEntryMaxHours(BigDecimal value) {
            this.longEntryMaxHours = value;
            return this;
        }

        /** @param values clerical phrases @return this builder */
        public Builder clericalPhrases(List<String> values) {
            this.clericalPhrases = List.copyOf(values);
            return this;
        }

        /** @param value whether one internal conference per date is allowed @return this builder */
        public Builder internalConferenceAllowed(boolean value) {
            this.internalConferenceAllowed = value;
            return this;
        }

        /** @param value attendees allowed per date and task, at least 1 @return this builder */
        public Builder maxAttendees(int value) {
            this.maxAttendees = value;
            return this;
        }

        /** @param value percentage of the rate for non-working travel, 0–100 @return this builder */
        public Builder travelRatePercent(BigDecimal value) {
            this.travelRatePercent = value;
            return this;
        }

        /** @param values phrases that make a fee line travel (empty: flag and B195 only) @return this builder */
        public Builder travelPhrases(List<String> values) {
            this.travelPhrases = List.copyOf(values);
            return this;
        }

        /** @param values approved hourly rate by timekeeper @return this builder */
        public Builder approvedRates(Map<TimekeeperId, UnitPrice> values) {
            this.approvedRates = Map.copyOf(values);
            return this;
        }

        /** @param values approved hourly rate by classification @return this builder */
        public Builder approvedClassRates(Map<TimekeeperClassification, UnitPrice> values) {
            this.approvedClassRates = Map.copyOf(values);
            return this;
        }

        /** @param values approved timekeepers; empty silences OCG-UNAPPROVED-TIMEKEEPER @return this builder */
        public Builder approvedTimekeepers(Set<TimekeeperId> values) {
            this.approvedTimekeepers = Set.copyOf(values);
            return this;
        }

        /** @param senior senior classifications @param junior junior activity codes @return this builder */
        public Builder staffingLevel(Set<TimekeeperClassification> senior, Set<String> junior) {
            this.seniorClassifications = Set.copyOf(senior);
            this.juniorActivities = Set.copyOf(junior);
            return this;
        }

        /** @param value research cap in hours, history included @return this builder */
        public Builder researchMaxHours(BigDecimal value) {
            this.researchMaxHours = value;
            return this;
        }

        /** @param values training phrases @return this builder */
        public Builder trainingPhrases(List<String> values) {
            this.trainingPhrases = List.copyOf(values);
            return this;
        }

        /** @param minEntries small entries that make chipping @param smallEntryHours small entry size in hours
         * @return this builder */
        public Builder chipping(int minEntries, BigDecimal smallEntryHours) {
            this.chippingMinEntries = minEntries;
            this.chippingSmallEntryHours = smallEntryHours;
            return this;
        }

        /** @param value oldest line age in days @return this builder */
        public Builder lateEntryMaxAgeDays(int value) {
            this.lateEntryMaxAgeDays = value;
            return this;
        }

        /** @param value latest submission in days after the billing end @return this builder */
        public Builder lateSubmissionMaxDays(int value) {
            this.lateSubmissionMaxDays = value;
            return this;
        }

        /** @param values disallowed expense codes @return this builder */
        public Builder disallowedExpenseCodes(Set<String> values) {
            this.disallowedExpenseCodes = Set.copyOf(values);
            return this;
        }

        /** @param unitCaps per-unit caps by expense code @param itemCaps per-item caps by expense code
         * @return this builder */
        public Builder expenseCaps(Map<String, BigDecimal> unitCaps, Map<String, BigDecimal> itemCaps) {
            this.expenseUnitCaps = Map.copyOf(unitCaps);
            this.expenseItemCaps = Map.copyOf(itemCaps);
            return this;
        }

        /** @param value receipt threshold in the invoice's currency @return this builder */
        public Builder receiptThreshold(BigDecimal value) {
            this.receiptThreshold = value;
            return this;
        }

        /** @param codes travel expense codes @param phrases luxury phrases @return this builder */
        public Builder travelClass(Set<String> codes, List<String> phrases) {
            this.travelExpenseCodes = Set.copyOf(codes);
            this.luxuryPhrases = List.copyOf(phrases);
            return this;
        }

        /**
         * @return the validated profile
         * @throws InvalidValueException when a parameter is out of range (a negative limit, a percentage above
         *     100, a phrase with no letter or digit)
         */
        public GuidelineProfile build() {
            return new GuidelineProfile(this);
        }
    }
}

package dev.legalbilling.rules;

import dev.legalbilling.InvalidValueException;
import dev.legalbilling.internal.Checks;
import dev.legalbilling.party.ClientId;
import dev.legalbilling.party.Timekeeper;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * A client's billing guidelines as the engine applies them: per-rule settings (enabled, severity, action,
 * citation) and named parameters (thresholds) that override the defaults the rule sets document.
 *
 * <p>A rule not mentioned keeps its rule set's defaults; a parameter not set keeps its documented default. Rules
 * read parameters as {@link dev.legalbilling.rules.fact.Parameter} facts, never as literals in DRL. Settings for
 * rule ids no loaded rule set defines are kept and ignored (a profile may serve several packs).
 *
 * <p>Immutable and thread-safe; build with {@link #builder(String)}.
 *
 * @param id the profile id, e.g. {@code "acme-2026"}; not blank
 * @param client the client the profile belongs to, or null for a generic profile
 * @param effectiveDate the first day the profile applies
 * @param rules settings by rule id; unmodifiable
 * @param barAdmissionYears the year of first bar admission of timekeepers on the client's roster, by timekeeper
 *     id; rules read it on {@link dev.legalbilling.rules.fact.TimekeeperFact} for a timekeeper whose invoice does not
 *     say it (LEDES cannot); unmodifiable, empty when the profile has no roster
 */
public record GuidelineProfile(String id, ClientId client, LocalDate effectiveDate, Map<String, RuleSettings> rules,
        Map<String, Integer> barAdmissionYears) {

    private static final GuidelineProfile DEFAULTS =
            new GuidelineProfile("defaults", null, LocalDate.of(1970, 1, 1), Map.of());

    /** Validates and copies. */
    public GuidelineProfile {
        Checks.identifier("profileId", id);
        Objects.requireNonNull(effectiveDate, "effectiveDate");
        rules = Map.copyOf(rules);
        barAdmissionYears = barAdmissionYears == null ? Map.of() : Map.copyOf(barAdmissionYears);
        barAdmissionYears.forEach((timekeeper, year) -> {
            Checks.notBlank("timekeeperId", timekeeper);
            if (year < Timekeeper.MIN_BAR_ADMISSION_YEAR || year > Timekeeper.MAX_BAR_ADMISSION_YEAR) {
                throw new InvalidValueException("barAdmissionYear", year, "must be a year between "
                        + Timekeeper.MIN_BAR_ADMISSION_YEAR + " and " + Timekeeper.MAX_BAR_ADMISSION_YEAR);
            }
        });
    }

    /**
     * A profile without a timekeeper roster.
     *
     * @param id the profile id
     * @param client the client, or null
     * @param effectiveDate the first day the profile applies
     * @param rules settings by rule id
     */
    public GuidelineProfile(String id, ClientId client, LocalDate effectiveDate, Map<String, RuleSettings> rules) {
        this(id, client, effectiveDate, rules, Map.of());
    }

    /**
     * @param timekeeperId a timekeeper id as on invoices
     * @return the year of first bar admission the profile's roster gives, or null
     */
    public Integer barAdmissionYear(String timekeeperId) {
        return barAdmissionYears.get(timekeeperId);
    }

    /** @return the profile that keeps every rule set default */
    public static GuidelineProfile defaults() {
        return DEFAULTS;
    }

    /**
     * @param id the profile id
     * @return a builder for a generic profile effective from 1970-01-01
     */
    public static Builder builder(String id) {
        return new Builder(id);
    }

    /** @return the client, for a client profile */
    public Optional<ClientId> clientIfSet() {
        return Optional.ofNullable(client);
    }

    /**
     * @param ruleId a rule id
     * @return the settings for the rule, overriding nothing when the profile does not mention it
     */
    public RuleSettings settings(String ruleId) {
        return rules.getOrDefault(ruleId, RuleSettings.inherit());
    }

    /** Builds a {@link GuidelineProfile}; not thread-safe. */
    public static final class Builder {
        private final String id;
        private ClientId client;
        private LocalDate effectiveDate = LocalDate.of(1970, 1, 1);
        private final Map<String, RuleSettings> rules = new LinkedHashMap<>();
        private final Map<String, Integer> barAdmissionYears = new LinkedHashMap<>();

        private Builder(String id) {
            this.id = id;
        }

        /** @param value the client, or null @return this builder */
        public Builder client(ClientId value) {
            this.client = value;
            return this;
        }

        /** @param value first day the profile applies @return this builder */
        public Builder effectiveDate(LocalDate value) {
            this.effectiveDate = value;
            return this;
        }

        /**
         * @param ruleId a rule id
         * @param change how to change its settings
         * @return this builder
         */
        public Builder rule(String ruleId, UnaryOperator<RuleSettings> change) {
            Checks.identifier("ruleId", ruleId);
            rules.put(ruleId, change.apply(rules.getOrDefault(ruleId, RuleSettings.inherit())));
            return this;
        }

        /** @param ruleId rule to switch off @return this builder */
        public Builder disable(String ruleId) {
            return rule(ruleId, s -> s.withEnabled(false));
        }

        /** @param ruleId rule to switch on @return this builder */
        public Builder enable(String ruleId) {
            return rule(ruleId, s -> s.withEnabled(true));
        }

        /** @param ruleId rule @param value severity @return this builder */
        public Builder severity(String ruleId, Severity value) {
            return rule(ruleId, s -> s.withSeverity(value));
        }

        /** @param ruleId rule @param value action @return this builder */
        public Builder action(String ruleId, Action value) {
            return rule(ruleId, s -> s.withAction(value));
        }

        /** @param ruleId rule @param value guideline clause to cite @return this builder */
        public Builder citation(String ruleId, String value) {
            return rule(ruleId, s -> s.withCitation(value));
        }

        /**
         * @param ruleId rule
         * @param name parameter name
         * @param value parameter value
         * @return this builder
         */
        public Builder parameter(String ruleId, String name, ParameterValue value) {
            return rule(ruleId, s -> s.withParameter(name, value));
        }

        /**
         * @param timekeeperId a timekeeper id as on invoices
         * @param year the year of first bar admission, {@value Timekeeper#MIN_BAR_ADMISSION_YEAR} to
         *     {@value Timekeeper#MAX_BAR_ADMISSION_YEAR}
         * @return this builder
         */
        public Builder barAdmissionYear(String timekeeperId, int year) {
            barAdmissionYears.put(timekeeperId, year);
            return this;
        }

        /** @return the profile */
        public GuidelineProfile build() {
            return new GuidelineProfile(id, client, effectiveDate, rules, barAdmissionYears);
        }
    }
}

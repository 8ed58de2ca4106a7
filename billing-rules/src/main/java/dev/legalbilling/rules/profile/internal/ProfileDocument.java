package dev.legalbilling.rules.profile.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.legalbilling.party.MatterType;
import dev.legalbilling.party.PracticeArea;
import dev.legalbilling.rules.Action;
import dev.legalbilling.rules.Severity;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A guideline profile file as written, key by key (see {@code docs/profiles.md}); every field is null when the file
 * leaves the key out, so that a profile that extends another can tell "not said" from "said".
 *
 * @param id the profile id
 * @param parent what it extends: a bundled profile id, or a file path relative to this file
 * @param description free text
 * @param clientId the client the profile belongs to
 * @param effectiveDate the first day it applies
 * @param scope the matters it applies to
 * @param guidelines the title of the client's guidelines, put in front of each rule's {@code clause}
 * @param timekeepers the approved staffing list
 * @param classRates approved hourly rates by LEDES classification
 * @param rules settings by rule id
 */
public record ProfileDocument(String id, @JsonProperty("extends") String parent, String description, String clientId,
        LocalDate effectiveDate, Scope scope, String guidelines, List<Timekeeper> timekeepers,
        Map<String, BigDecimal> classRates, Map<String, Rule> rules) {

    /**
     * @param practiceAreas practice areas the profile applies to; empty or null for any
     * @param matterTypes matter types it applies to; empty or null for any
     */
    public record Scope(List<PracticeArea> practiceAreas, List<MatterType> matterTypes) {
    }

    /**
     * @param id the timekeeper id as on invoices
     * @param classification LEDES classification code, informative
     * @param rate the approved hourly rate, or null
     * @param barAdmissionYear the year of first bar admission, or null; a number, checked to be a whole year
     */
    public record Timekeeper(String id, String classification, BigDecimal rate, Number barAdmissionYear) {
    }

    /**
     * @param enabled whether the rule runs
     * @param severity severity of its findings
     * @param action flag, adjust or reject
     * @param citation the whole citation
     * @param clause the clause number, cited after {@code guidelines}
     * @param parameters parameter values by name, typed later from the rule's definition
     */
    public record Rule(Boolean enabled, Severity severity, Action action, String citation, String clause,
            Map<String, Located> parameters) {
    }
}

package dev.legalbilling.connect;

import dev.legalbilling.InvalidValueException;
import dev.legalbilling.fee.BillingIncrement;
import dev.legalbilling.money.Money;
import dev.legalbilling.party.Jurisdiction;
import dev.legalbilling.party.TimekeeperClassification;
import dev.legalbilling.utbms.UtbmsCodeSet;
import java.util.Currency;
import java.util.Map;
import java.util.Objects;

/**
 * How a system's records become billing-core values where the system does not say. Every default is an assumption
 * the import states in its summary; each has a CLI option.
 *
 * @param lawFirmId LEDES LAW_FIRM_ID written into every matter file (none of the three APIs exposes the firm's tax
 *     id); {@code --law-firm-id}
 * @param currency the currency of every matter and amount; entries in another currency are skipped;
 *     {@code --currency}, default USD
 * @param jurisdiction the matters' jurisdiction; {@code --jurisdiction}, default US
 * @param codeSet the UTBMS code set task codes must belong to; {@code --code-set}, default LITIGATION
 * @param defaultClassification the LEDES classification of a timekeeper the system gives none for (none of the
 *     three does); {@code --default-classification}, default {@code ASSOC}
 * @param classifications classification per system user id (or timekeeper id); {@code --classification ID=CODE}
 * @param defaultTaskCode task code for work the system has none for (MyCase never has one), or null to skip such
 *     work with a reason; {@code --default-task-code}
 * @param defaultActivityCode activity code likewise; {@code --default-activity-code}
 * @param defaultExpenseCode expense code for expenses without a UTBMS code; {@code --default-expense-code}
 * @param increment the billing increment of the imported hourly arrangement; default exact (the system already
 *     rounded the time it recorded); {@code --billing-increment}
 */
public record MappingOptions(String lawFirmId, Currency currency, Jurisdiction jurisdiction, UtbmsCodeSet codeSet,
        TimekeeperClassification defaultClassification, Map<String, TimekeeperClassification> classifications,
        String defaultTaskCode, String defaultActivityCode, String defaultExpenseCode, BillingIncrement increment) {

    /** Validates the options. */
    public MappingOptions {
        if (lawFirmId == null || lawFirmId.isBlank()) {
            throw new InvalidValueException("--law-firm-id", lawFirmId, "must not be blank");
        }
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(jurisdiction, "jurisdiction");
        Objects.requireNonNull(codeSet, "codeSet");
        Objects.requireNonNull(defaultClassification, "defaultClassification");
        classifications = Map.copyOf(classifications);
        if (defaultTaskCode != null && !codeSet.isValidTask(defaultTaskCode)) {
            throw new InvalidValueException("--default-task-code", defaultTaskCode, "must be a billable task code of"
                    + " the " + codeSet + " code set");
        }
        if (defaultActivityCode != null) {
            defaultActivityCode = UtbmsCodeSet.requireActivity("--default-activity-code", defaultActivityCode);
        }
        if (defaultExpenseCode != null) {
            defaultExpenseCode = UtbmsCodeSet.requireExpense("--default-expense-code", defaultExpenseCode);
        }
        Objects.requireNonNull(increment, "increment");
    }

    /**
     * @param lawFirmId the firm's LEDES id
     * @return options with every default: USD, US, LITIGATION, ASSOC, no default codes, exact increment
     */
    public static MappingOptions defaults(String lawFirmId) {
        return new MappingOptions(lawFirmId, Money.currency("USD"), Jurisdiction.of("US"), UtbmsCodeSet.LITIGATION,
                TimekeeperClassification.ASSOC, Map.of(), null, null, null, BillingIncrement.exact());
    }

    /**
     * @param task default task code
     * @param activity default activity code
     * @param expense default expense code
     * @return these options with those defaults
     */
    public MappingOptions withDefaultCodes(String task, String activity, String expense) {
        return new MappingOptions(lawFirmId, currency, jurisdiction, codeSet, defaultClassification,
                classifications, task, activity, expense, increment);
    }

    /**
     * @param values classification per user id
     * @param fallback classification of the others
     * @return these options with those classifications
     */
    public MappingOptions withClassifications(Map<String, TimekeeperClassification> values,
            TimekeeperClassification fallback) {
        return new MappingOptions(lawFirmId, currency, jurisdiction, codeSet, fallback, values, defaultTaskCode,
                defaultActivityCode, defaultExpenseCode, increment);
    }

    /**
     * @param value the currency code
     * @return these options with that currency
     */
    public MappingOptions withCurrency(String value) {
        return new MappingOptions(lawFirmId, Money.currency(value), jurisdiction, codeSet, defaultClassification,
                classifications, defaultTaskCode, defaultActivityCode, defaultExpenseCode, increment);
    }

    /**
     * @param set code set
     * @param where jurisdiction
     * @param value billing increment
     * @return these options with them
     */
    public MappingOptions with(UtbmsCodeSet set, Jurisdiction where, BillingIncrement value) {
        return new MappingOptions(lawFirmId, currency, where, set, defaultClassification, classifications,
                defaultTaskCode, defaultActivityCode, defaultExpenseCode, value);
    }
}

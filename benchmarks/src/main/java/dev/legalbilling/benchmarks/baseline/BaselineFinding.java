package dev.legalbilling.benchmarks.baseline;

import dev.legalbilling.InvalidValueException;
import dev.legalbilling.invoice.InvoiceNumber;
import dev.legalbilling.money.Money;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * One finding of the hand-coded checks, reduced to what the rule engine must agree on: which rule, where, how much
 * is at stake and what to do about it. Messages and severities are left out (the severity follows from the rule
 * id, see {@link GuidelineRule}).
 *
 * <p>Values are normalised so that equal findings are {@link #equals equal}: the suggestion value has its trailing
 * zeros removed ({@code 9.50} and {@code 9.5} are the same suggestion). Immutable and thread-safe.
 *
 * @param ruleId the rule id, e.g. {@code OCG-DAILY-HOURS}; not blank
 * @param invoiceNumber the invoice the finding is about
 * @param lineNumber the line's LINE_ITEM_NUMBER, or the empty string for an invoice-level finding; never null
 * @param amountAtStake the amount the finding puts in question, in the invoice's currency; not negative
 * @param suggestionKind what to do; {@link SuggestionKind#NONE} when nothing is suggested
 * @param suggestionValue units, percentage or amount, as {@link SuggestionKind} describes; null exactly when the
 *     kind carries no value
 */
public record BaselineFinding(String ruleId, InvoiceNumber invoiceNumber, String lineNumber, Money amountAtStake,
        SuggestionKind suggestionKind, BigDecimal suggestionValue) {

    /** Validates and normalises the finding. */
    public BaselineFinding {
        if (ruleId == null || ruleId.isBlank()) {
            throw new InvalidValueException("ruleId", ruleId, "must not be blank");
        }
        Objects.requireNonNull(invoiceNumber, "invoiceNumber");
        Objects.requireNonNull(lineNumber, "lineNumber");
        Objects.requireNonNull(amountAtStake, "amountAtStake");
        if (amountAtStake.isNegative()) {
            throw new InvalidValueException("amountAtStake", amountAtStake, "must not be negative");
        }
        Objects.requireNonNull(suggestionKind, "suggestionKind");
        if (suggestionKind.hasValue() != (suggestionValue != null)) {
            throw new InvalidValueException("suggestionValue", suggestionValue,
                    suggestionKind.hasValue() ? "is required for " + suggestionKind
                            : "must be absent for " + suggestionKind);
        }
        suggestionValue = suggestionValue == null ? null : suggestionValue.stripTrailingZeros();
    }

    /** @return true for an invoice-level finding (no line) */
    public boolean isInvoiceLevel() {
        return lineNumber.isEmpty();
    }

    /** @return the suggestion's value, when its kind carries one */
    public Optional<BigDecimal> suggestionValueIfAny() {
        return Optional.ofNullable(suggestionValue);
    }
}

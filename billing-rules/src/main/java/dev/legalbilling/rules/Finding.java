package dev.legalbilling.rules;

import dev.legalbilling.internal.Checks;
import dev.legalbilling.invoice.InvoiceNumber;
import dev.legalbilling.money.Money;
import java.util.Objects;
import java.util.Optional;

/**
 * One problem a rule found on an invoice, explained: which rule, how serious, where, why (a sentence naming the
 * facts and the limit), on what authority, how much is at stake and what to do about it.
 *
 * <p>The message may quote privileged narratives, so {@link #toString()} leaves it out. Immutable and thread-safe.
 *
 * @param ruleId the stable rule id (the DRL rule name), e.g. {@code DEMO-DAILY-HOURS}
 * @param ruleSetId the id of the rule set that holds the rule
 * @param severity ERROR, WARNING or INFO
 * @param action what applying adjustments does with this finding
 * @param invoiceNumber the invoice
 * @param lineItemNumber the line concerned, or null for a finding about the whole invoice
 * @param sourceLine the line in the source file of that invoice line, 0 when unknown or not from a file
 * @param message the finding as a sentence; not blank
 * @param citation the authority, e.g. {@code "ABA Model Rule 1.5(a)"} or a guideline clause; {@code ""} when none
 * @param amountAtStake the amount in question, not negative, in the invoice currency
 * @param adjustment the suggested adjustment, or null
 */
public record Finding(String ruleId, String ruleSetId, Severity severity, Action action, InvoiceNumber invoiceNumber,
        String lineItemNumber, int sourceLine, String message, String citation, Money amountAtStake,
        Adjustment adjustment) {

    /** Validates the finding. */
    public Finding {
        Checks.identifier("ruleId", ruleId);
        Checks.identifier("ruleSetId", ruleSetId);
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(invoiceNumber, "invoiceNumber");
        if (lineItemNumber != null && lineItemNumber.isBlank()) {
            lineItemNumber = null;
        }
        if (sourceLine < 0) {
            throw new dev.legalbilling.InvalidValueException("sourceLine", sourceLine, "must not be negative");
        }
        Checks.notBlank("message", message);
        citation = citation == null ? "" : citation;
        Objects.requireNonNull(amountAtStake, "amountAtStake");
        if (amountAtStake.isNegative()) {
            throw new dev.legalbilling.InvalidValueException("amountAtStake", amountAtStake, "must not be negative");
        }
    }

    /** @return the line concerned, if the finding is about a line */
    public Optional<String> lineItemNumberIfAny() {
        return Optional.ofNullable(lineItemNumber);
    }

    /** @return the suggested adjustment, if any */
    public Optional<Adjustment> adjustmentIfAny() {
        return Optional.ofNullable(adjustment);
    }

    /** @return rule, severity, invoice and line; never the message */
    @Override
    public String toString() {
        return "Finding[" + ruleId + ", " + severity + ", " + invoiceNumber + "/"
                + (lineItemNumber == null ? "-" : lineItemNumber) + ", " + amountAtStake + "]";
    }
}

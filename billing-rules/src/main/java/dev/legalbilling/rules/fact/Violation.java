package dev.legalbilling.rules.fact;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * What a rule inserts when it finds a problem. The engine attributes it to the inserting rule (its name is the
 * stable rule id) and turns it into a {@code dev.legalbilling.rules.Finding}, adding severity, action and citation
 * from the rule set's manifest and the profile. Rules never modify their input facts; they only insert these.
 *
 * <pre>{@code
 * then
 *     insert(Violation.onLine($l, "Entry of " + $l.hours() + " hours exceeds the " + $max + " hour cap")
 *             .withSuggestion(Suggestion.reduceUnitsTo($max)));
 * }</pre>
 *
 * <p>The message should read as a sentence a billing manager understands: who, what, when, which limit, how much.
 * It appears in reports, never in logs.
 *
 * @param invoiceNumber the invoice
 * @param lineNumber the line concerned, or {@code ""} for a finding about the whole invoice
 * @param message the finding as a sentence; not blank
 * @param amountAtStake the amount in question in the invoice currency, or null to let the engine derive it (the
 *     write-down of the suggestion, else the line total, else zero)
 * @param suggestion the proposed adjustment, or null
 */
public record Violation(String invoiceNumber, String lineNumber, String message, BigDecimal amountAtStake,
        Suggestion suggestion) {

    /**
     * Validates the violation.
     *
     * @throws IllegalArgumentException when the message is blank or the amount negative
     */
    public Violation {
        Objects.requireNonNull(invoiceNumber, "invoiceNumber");
        Objects.requireNonNull(lineNumber, "lineNumber");
        if (message == null || message.isBlank()) {
            throw new IllegalArgumentException("a violation needs a message");
        }
        if (amountAtStake != null && amountAtStake.signum() < 0) {
            throw new IllegalArgumentException("amount at stake must not be negative, was " + amountAtStake);
        }
    }

    /**
     * @param line the line concerned
     * @param message the finding as a sentence
     * @return a violation on that line
     */
    public static Violation onLine(LineFact line, String message) {
        return new Violation(line.invoiceNumber(), line.lineNumber(), message, null, null);
    }

    /**
     * @param invoiceNumber the invoice
     * @param lineNumber the line concerned (e.g. {@link TimekeeperDay#largestLineNumber()})
     * @param message the finding as a sentence
     * @return a violation on that line
     */
    public static Violation onLine(String invoiceNumber, String lineNumber, String message) {
        return new Violation(invoiceNumber, lineNumber, message, null, null);
    }

    /**
     * @param invoice the invoice
     * @param message the finding as a sentence
     * @return a violation about the invoice as a whole
     */
    public static Violation onInvoice(InvoiceFact invoice, String message) {
        return new Violation(invoice.invoiceNumber(), "", message, null, null);
    }

    /**
     * @param value the proposed adjustment
     * @return a copy with the suggestion
     */
    public Violation withSuggestion(Suggestion value) {
        return new Violation(invoiceNumber, lineNumber, message, amountAtStake, Objects.requireNonNull(value));
    }

    /**
     * @param value the amount in question, not negative
     * @return a copy with the amount at stake
     */
    public Violation withAmountAtStake(BigDecimal value) {
        return new Violation(invoiceNumber, lineNumber, message, Objects.requireNonNull(value), suggestion);
    }

    /** @return invoice, line and rule-visible data only; the message may quote narratives and is left out */
    @Override
    public String toString() {
        return "Violation[" + invoiceNumber + "/" + (lineNumber.isEmpty() ? "-" : lineNumber) + "]";
    }
}

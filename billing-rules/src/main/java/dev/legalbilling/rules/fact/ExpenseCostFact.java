package dev.legalbilling.rules.fact;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * What an expense line bills next to what the firm actually paid for it, as the ethics context records it
 * ({@code dev.legalbilling.rules.ExpenseCost}). One per E line whose actual cost is known.
 *
 * <pre>{@code
 * $x : ExpenseCostFact(markupDisclosed == false, billed > actualCost)
 * }</pre>
 *
 * @param invoiceNumber the invoice
 * @param lineNumber the expense line
 * @param expenseCode the line's UTBMS expense code, or {@code ""}
 * @param billed the line total as billed, in the invoice currency
 * @param actualCost what the firm actually paid for the item, in the invoice currency
 * @param markup {@code billed − actualCost}; negative when billed below cost
 * @param markupDisclosed whether the client was told in advance that the item is billed above cost
 */
public record ExpenseCostFact(String invoiceNumber, String lineNumber, String expenseCode, BigDecimal billed,
        BigDecimal actualCost, BigDecimal markup, boolean markupDisclosed) {

    /** Checks that nothing is null. */
    public ExpenseCostFact {
        Objects.requireNonNull(invoiceNumber, "invoiceNumber");
        Objects.requireNonNull(lineNumber, "lineNumber");
        Objects.requireNonNull(expenseCode, "expenseCode");
        Objects.requireNonNull(billed, "billed");
        Objects.requireNonNull(actualCost, "actualCost");
        Objects.requireNonNull(markup, "markup");
    }
}

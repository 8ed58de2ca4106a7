package dev.legalbilling.rules;

import dev.legalbilling.InvalidValueException;
import dev.legalbilling.internal.Checks;
import dev.legalbilling.invoice.InvoiceNumber;
import dev.legalbilling.money.Money;
import dev.legalbilling.work.Expense;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * What the firm actually paid for the item an expense line bills, and whether the client was told in advance that
 * the item is billed above cost (ABA Formal Op. 93-379: disbursements are passed through at cost unless a mark-up
 * is disclosed). Input to the ethics rule {@code ETH-EXPENSE-MARKUP}, given in an {@link EthicsContext}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param invoice the invoice the line is on; entries for other invoices are ignored by a check
 * @param lineNumber the expense line (LEDES LINE_ITEM_NUMBER); not blank
 * @param actualCost what the firm paid for the line's items in total, in the invoice currency; not negative
 * @param markupDisclosed whether the client agreed in advance to the item being billed above cost
 */
public record ExpenseCost(InvoiceNumber invoice, String lineNumber, Money actualCost, boolean markupDisclosed) {

    /**
     * Validates the cost.
     *
     * @throws InvalidValueException when the line number is blank or the cost negative
     */
    public ExpenseCost {
        Objects.requireNonNull(invoice, "invoice");
        Checks.notBlank("lineNumber", lineNumber);
        Objects.requireNonNull(actualCost, "actualCost");
        if (actualCost.isNegative()) {
            throw new InvalidValueException("actualCost", actualCost, "must not be negative on line " + lineNumber
                    + " of invoice " + invoice);
        }
    }

    /**
     * The recorded expense's actual cost, for the invoice line that bills it.
     *
     * @param invoice the invoice
     * @param lineNumber the line that bills the expense
     * @param expense the expense, with its actual cost recorded
     * @param markupDisclosed whether a mark-up was disclosed to the client in advance
     * @return the cost in the expense's currency, rounded half-up once to its minor unit
     * @throws InvalidValueException when the expense has no recorded actual cost
     */
    public static ExpenseCost of(InvoiceNumber invoice, String lineNumber, Expense expense, boolean markupDisclosed) {
        Objects.requireNonNull(expense, "expense");
        if (expense.actualCost() == null) {
            throw new InvalidValueException("actualCost", null, "is not recorded on the expense billed on line "
                    + lineNumber + " of invoice " + invoice);
        }
        return new ExpenseCost(invoice, lineNumber,
                Money.rounded(expense.actualCost(), expense.unitCost().currency(), RoundingMode.HALF_UP),
                markupDisclosed);
    }
}

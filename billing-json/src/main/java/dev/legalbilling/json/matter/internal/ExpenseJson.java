package dev.legalbilling.json.matter.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import dev.legalbilling.party.TimekeeperId;
import dev.legalbilling.work.Expense;
import dev.legalbilling.work.Receipt;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The file shape of an {@link Expense} in a work file (the matter and currency come from the matter file). Not API.
 *
 * @param date the day incurred
 * @param expenseCode UTBMS expense code E101–E124
 * @param quantity units (pages, miles, items)
 * @param unitCost price per unit in the matter currency, at most four decimals
 * @param narrative description
 * @param receipt ATTACHED, MISSING or UNKNOWN; null means UNKNOWN
 * @param timekeeper who incurred it, a timekeeper of the matter file, or null
 * @param actualCost what the firm actually paid in total, or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ExpenseJson(LocalDate date, String expenseCode, BigDecimal quantity, BigDecimal unitCost,
        String narrative, Receipt receipt, TimekeeperId timekeeper, BigDecimal actualCost) {

    /**
     * @param scope the matter the expense belongs to
     * @return the expense
     * @throws KeyedException or a domain exception when a value is invalid
     */
    public Expense toExpense(WorkScope scope) {
        return new Expense(scope.matter(), date, expenseCode, quantity,
                DocumentCurrency.price("unitCost", KeyedException.required("unitCost", unitCost), scope.currency()),
                narrative, receipt, scope.known("timekeeper", timekeeper), actualCost);
    }

    /**
     * @param expense an expense
     * @return its file shape, defaults left out
     */
    public static ExpenseJson of(Expense expense) {
        return new ExpenseJson(expense.date(), expense.expenseCode(), expense.quantity(), expense.unitCost().amount(),
                expense.narrative(), expense.receipt() == Receipt.UNKNOWN ? null : expense.receipt(),
                expense.timekeeper(), expense.actualCost());
    }

    /** Reads an expense. */
    public static final class Deserializer extends ConvertingDeserializer<ExpenseJson, Expense> {
        private static final long serialVersionUID = 1L;

        /** Creates the deserializer. */
        public Deserializer() {
            super(Expense.class, ExpenseJson.class);
        }

        @Override
        protected Expense convert(ExpenseJson read, DeserializationContext ctxt) {
            return read.toExpense(WorkScope.of(ctxt));
        }
    }

    /** Writes an expense, refusing one in another currency than the document's. */
    public static final class Serializer extends ShapeSerializer<Expense> {
        private static final long serialVersionUID = 1L;

        /** Creates the serializer. */
        public Serializer() {
            super(Expense.class);
        }

        @Override
        protected Object shapeOf(Expense value, SerializerProvider provider) {
            DocumentCurrency.plain(value.unitCost(), provider);
            return of(value);
        }
    }
}

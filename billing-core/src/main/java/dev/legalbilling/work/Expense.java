package dev.legalbilling.work;

import dev.legalbilling.InvalidValueException;
import dev.legalbilling.internal.Checks;
import dev.legalbilling.money.UnitPrice;
import dev.legalbilling.party.MatterId;
import dev.legalbilling.party.TimekeeperId;
import dev.legalbilling.utbms.UtbmsCodeSet;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A disbursement on a matter: quantity × unit cost, with a UTBMS expense code.
 *
 * <p>The narrative is privileged: {@link #toString()} does not print it.
 *
 * @param matter the matter
 * @param date the day incurred
 * @param expenseCode UTBMS expense code, E101–E124 (stored upper case)
 * @param quantity number of units (pages, miles, items), 0–1,000,000, at most four decimals
 * @param unitCost price per unit
 * @param narrative description; not blank
 * @param receipt whether a receipt is attached
 * @param timekeeper who incurred it, or null
 * @param actualCost what the firm actually paid in total, when known (to detect mark-ups), else null
 */
public record Expense(MatterId matter, LocalDate date, String expenseCode, BigDecimal quantity, UnitPrice unitCost,
        String narrative, Receipt receipt, TimekeeperId timekeeper, BigDecimal actualCost) {

    private static final BigDecimal MAX_QUANTITY = BigDecimal.valueOf(1_000_000);

    /** Validates the expense. */
    public Expense {
        Objects.requireNonNull(matter, "matter");
        if (date == null) {
            throw new InvalidValueException("date", null, "is required");
        }
        expenseCode = UtbmsCodeSet.requireExpense("expenseCode", expenseCode);
        Checks.quantity("quantity", quantity, MAX_QUANTITY);
        Objects.requireNonNull(unitCost, "unitCost");
        Checks.notBlank("narrative", narrative);
        receipt = receipt == null ? Receipt.UNKNOWN : receipt;
        if (actualCost != null && actualCost.signum() < 0) {
            throw new InvalidValueException("actualCost", actualCost.toPlainString(), "must not be negative");
        }
    }

    /**
     * @param matter the matter
     * @param date the day incurred
     * @param expenseCode UTBMS expense code
     * @param quantity units as decimal text
     * @param unitCost price per unit
     * @param narrative description
     * @param receipt receipt status
     * @return the expense, with no timekeeper and unknown actual cost
     */
    public static Expense of(MatterId matter, LocalDate date, String expenseCode, String quantity, UnitPrice unitCost,
            String narrative, Receipt receipt) {
        return new Expense(matter, date, expenseCode, new BigDecimal(quantity), unitCost, narrative, receipt, null,
                null);
    }

    /**
     * @param rounding how to round to the currency's minor unit
     * @return quantity × unit cost, rounded once
     */
    public dev.legalbilling.money.Money amount(RoundingMode rounding) {
        return unitCost.times(quantity, rounding);
    }

    /** @return the expense without its privileged narrative */
    @Override
    public String toString() {
        return "Expense[" + matter + ", " + date + ", " + expenseCode + ", " + quantity.toPlainString() + " x "
                + unitCost + ", receipt " + receipt + "]";
    }
}

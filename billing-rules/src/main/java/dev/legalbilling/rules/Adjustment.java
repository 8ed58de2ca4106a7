package dev.legalbilling.rules;

import dev.legalbilling.InvalidValueException;
import dev.legalbilling.invoice.InvoiceLine;
import dev.legalbilling.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * A suggested change to one invoice line, proposed by a rule with a {@link Finding}. Applying it never edits the
 * line: {@link ComplianceReport#applyTo} appends an adjustment line for the difference.
 *
 * <p>{@link #adjustedTotal(InvoiceLine)} is the one place an adjustment turns into money; it rounds once, half up,
 * to the currency's minor unit, and never raises a line. Immutable and thread-safe.
 */
public sealed interface Adjustment {

    /**
     * @param line the line the adjustment is for
     * @return what the line total becomes, never more than the line's total nor less than zero
     */
    Money adjustedTotal(InvoiceLine line);

    /** @return a stable upper-case kind for reports: REDUCE_UNITS, BILL_AT_PERCENT, DISALLOW, CAP_AMOUNT */
    String kind();

    /** @return the value as plain text (units, percent or amount), empty for DISALLOW */
    String value();

    /** @return a short phrase, e.g. {@code "reduce units to 8.0"} */
    String describe();

    /**
     * @param line the line
     * @return how much the adjustment writes off: line total minus adjusted total, never negative
     */
    default Money writeDown(InvoiceLine line) {
        return line.total().minus(adjustedTotal(line));
    }

    /**
     * Bill the line for fewer units at its rate.
     *
     * @param units the units to bill; not negative
     */
    record ReduceUnits(BigDecimal units) implements Adjustment {
        /** Validates the units. */
        public ReduceUnits {
            Objects.requireNonNull(units, "units");
            if (units.signum() < 0) {
                throw new InvalidValueException("units", units.toPlainString(), "must not be negative");
            }
        }

        @Override
        public Money adjustedTotal(InvoiceLine line) {
            if (line.unitCost() == null || units.compareTo(line.units()) >= 0) {
                return line.total();
            }
            return clamp(line, line.unitCost().times(units, RoundingMode.HALF_UP).plus(line.adjustment()));
        }

        @Override
        public String kind() {
            return "REDUCE_UNITS";
        }

        @Override
        public String value() {
            return units.toPlainString();
        }

        @Override
        public String describe() {
            return "reduce units to " + units.toPlainString();
        }
    }

    /**
     * Bill the line at a percentage of its total.
     *
     * @param percent 0 to 100
     */
    record BillAtPercent(BigDecimal percent) implements Adjustment {
        /** Validates the percentage. */
        public BillAtPercent {
            Objects.requireNonNull(percent, "percent");
            if (percent.signum() < 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0) {
                throw new InvalidValueException("percent", percent.toPlainString(), "must be between 0 and 100");
            }
        }

        @Override
        public Money adjustedTotal(InvoiceLine line) {
            return clamp(line, line.total().multiply(percent.movePointLeft(2), RoundingMode.HALF_UP));
        }

        @Override
        public String kind() {
            return "BILL_AT_PERCENT";
        }

        @Override
        public String value() {
            return percent.toPlainString();
        }

        @Override
        public String describe() {
            return "bill at " + percent.toPlainString() + " % of the amount";
        }
    }

    /** Write the whole line off. */
    record Disallow() implements Adjustment {
        @Override
        public Money adjustedTotal(InvoiceLine line) {
            return line.total().isNegative() ? line.total() : Money.zero(line.currency());
        }

        @Override
        public String kind() {
            return "DISALLOW";
        }

        @Override
        public String value() {
            return "";
        }

        @Override
        public String describe() {
            return "disallow the line";
        }
    }

    /**
     * Cap the line total.
     *
     * @param cap the most the line may bill; not negative
     */
    record CapAmount(Money cap) implements Adjustment {
        /** Validates the cap. */
        public CapAmount {
            Objects.requireNonNull(cap, "cap");
            if (cap.isNegative()) {
                throw new InvalidValueException("cap", cap, "must not be negative");
            }
        }

        @Override
        public Money adjustedTotal(InvoiceLine line) {
            return clamp(line, cap);
        }

        @Override
        public String kind() {
            return "CAP_AMOUNT";
        }

        @Override
        public String value() {
            return cap.amount().toPlainString();
        }

        @Override
        public String describe() {
            return "cap the line at " + cap;
        }
    }

    private static Money clamp(InvoiceLine line, Money proposed) {
        Money total = line.total();
        if (total.isNegative() || proposed.compareTo(total) >= 0) {
            return total;
        }
        return proposed.isNegative() ? Money.zero(total.currency()) : proposed;
    }
}

package dev.legalbilling.invoice;

import dev.legalbilling.InvalidValueException;
import dev.legalbilling.money.Money;
import dev.legalbilling.money.UnitPrice;
import dev.legalbilling.party.Timekeeper;
import dev.legalbilling.work.Receipt;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Objects;
import java.util.Optional;

/**
 * One line of an invoice: a fee, an expense, or an invoice-level adjustment (LEDES F, E, IF, IE).
 *
 * <p>Arithmetic: for F and E lines, {@code total = units × unitCost + adjustment}, rounded once to the currency's
 * minor unit ({@link #computedTotal(RoundingMode)}). For IF and IE lines with no unit cost, {@code total = adjustment}
 * (units are ignored), as in the LEDES 1998B sample. A line built with {@link Builder#price(RoundingMode)} always
 * satisfies this; a line read from a file keeps the stated total, and validators compare the two.
 *
 * <p>The narrative is privileged and not printed by {@link #toString()}. Immutable and thread-safe.
 *
 * @param lineNumber LEDES LINE_ITEM_NUMBER, unique within the invoice
 * @param type fee, expense or invoice-level adjustment
 * @param date the day of the work or expense
 * @param timekeeper who did the work (fee lines), else null
 * @param units hours for fees, item count for expenses; not negative
 * @param unitCost rate or price per unit; null on adjustment lines without one
 * @param adjustment line-level adjustment: positive is a premium, negative a discount; zero when none
 * @param total the line total
 * @param taskCode UTBMS task code, or null
 * @param activityCode UTBMS activity code, or null
 * @param expenseCode UTBMS expense code, or null
 * @param narrative the description; may be empty, never null
 * @param nonWorkingTravel true for non-working travel time
 * @param receipt receipt status of an expense; UNKNOWN for other lines
 * @param actualTime time actually spent when known, else null
 * @param rateBasis why this rate applied (e.g. {@code "client-negotiated rate for PARTNR from 2026-01-01"}), or null
 * @param sourceLine line number in the file the line was read from, or 0 when it was not read from a file
 */
public record InvoiceLine(String lineNumber, LineType type, LocalDate date, Timekeeper timekeeper, BigDecimal units,
        UnitPrice unitCost, Money adjustment, Money total, String taskCode, String activityCode, String expenseCode,
        String narrative, boolean nonWorkingTravel, Receipt receipt, Duration actualTime, String rateBasis,
        int sourceLine) {

    /** Validates the line. */
    public InvoiceLine {
        if (lineNumber == null || lineNumber.isBlank()) {
            throw new InvalidValueException("lineNumber", lineNumber, "must not be blank");
        }
        Objects.requireNonNull(type, "type");
        if (date == null) {
            throw new InvalidValueException("date", null, "is required");
        }
        units = units == null ? BigDecimal.ZERO : units;
        if (units.signum() < 0) {
            throw new InvalidValueException("units", units.toPlainString(), "must not be negative");
        }
        Objects.requireNonNull(total, "total");
        adjustment = adjustment == null ? Money.zero(total.currency()) : adjustment;
        if (!adjustment.currency().equals(total.currency())) {
            throw new dev.legalbilling.money.CurrencyMismatchException(total.currency(), adjustment.currency());
        }
        if (unitCost != null && !unitCost.currency().equals(total.currency())) {
            throw new dev.legalbilling.money.CurrencyMismatchException(total.currency(), unitCost.currency());
        }
        if (unitCost == null && !type.isInvoiceAdjustment()) {
            throw new InvalidValueException("unitCost", null, "is required on " + type.ledesCode() + " lines");
        }
        narrative = narrative == null ? "" : narrative;
        receipt = receipt == null ? Receipt.UNKNOWN : receipt;
        if (sourceLine < 0) {
            throw new InvalidValueException("sourceLine", sourceLine, "must not be negative");
        }
    }

    /**
     * @param lineNumber line number
     * @param type line type
     * @param date date
     * @return a builder
     */
    public static Builder builder(String lineNumber, LineType type, LocalDate date) {
        return new Builder(lineNumber, type, date);
    }

    /** @return the currency of the line */
    public Currency currency() {
        return total.currency();
    }

    /**
     * What the total should be by the line's own figures.
     *
     * @param rounding how the product is rounded to the currency's minor unit
     * @return {@code units × unitCost + adjustment}, or the adjustment alone for IF/IE lines without a unit cost
     */
    public Money computedTotal(RoundingMode rounding) {
        if (unitCost == null) {
            return adjustment;
        }
        return unitCost.times(units, rounding).plus(adjustment);
    }

    /** @return the timekeeper, for fee lines */
    public Optional<Timekeeper> timekeeperIfAny() {
        return Optional.ofNullable(timekeeper);
    }

    /** @return the line without its privileged narrative */
    @Override
    public String toString() {
        return "InvoiceLine[" + lineNumber + ", " + type.ledesCode() + ", " + date + ", "
                + (timekeeper == null ? "-" : timekeeper.id()) + ", " + units.toPlainString() + " x "
                + (unitCost == null ? "-" : unitCost.amount().toPlainString()) + " + "
                + adjustment.amount().toPlainString() + " = " + total + "]";
    }

    /** Builds an {@link InvoiceLine}; not thread-safe. */
    public static final class Builder {
        private final String lineNumber;
        private final LineType type;
        private final LocalDate date;
        private Timekeeper timekeeper;
        private BigDecimal units = BigDecimal.ZERO;
        private UnitPrice unitCost;
        private Money adjustment;
        private Money total;
        private String taskCode;
        private String activityCode;
        private String expenseCode;
        private String narrative = "";
        private boolean nonWorkingTravel;
        private Receipt receipt = Receipt.UNKNOWN;
        private Duration actualTime;
        private String rateBasis;
        private int sourceLine;

        private Builder(String lineNumber, LineType type, LocalDate date) {
            this.lineNumber = lineNumber;
            this.type = type;
            this.date = date;
        }

        /** @param value timekeeper @return this builder */
        public Builder timekeeper(Timekeeper value) {
            this.timekeeper = value;
            return this;
        }

        /** @param value hours or item count @return this builder */
        public Builder units(BigDecimal value) {
            this.units = value;
            return this;
        }

        /** @param value hours or item count as text @return this builder */
        public Builder units(String value) {
            this.units = new BigDecimal(value);
            return this;
        }

        /** @param value rate or price per unit @return this builder */
        public Builder unitCost(UnitPrice value) {
            this.unitCost = value;
            return this;
        }

        /** @param value line adjustment (negative discount, positive premium) @return this builder */
        public Builder adjustment(Money value) {
            this.adjustment = value;
            return this;
        }

        /** @param value stated total (as read from a file) @return this builder */
        public Builder total(Money value) {
            this.total = value;
            return this;
        }

        /** @param task task code @param activity activity code @return this builder */
        public Builder codes(String task, String activity) {
            this.taskCode = task;
            this.activityCode = activity;
            return this;
        }

        /** @param value expense code @return this builder */
        public Builder expenseCode(String value) {
            this.expenseCode = value;
            return this;
        }

        /** @param value description @return this builder */
        public Builder narrative(String value) {
            this.narrative = value;
            return this;
        }

        /** @param value non-working travel flag @return this builder */
        public Builder nonWorkingTravel(boolean value) {
            this.nonWorkingTravel = value;
            return this;
        }

        /** @param value receipt status @return this builder */
        public Builder receipt(Receipt value) {
            this.receipt = value;
            return this;
        }

        /** @param value actual time spent @return this builder */
        public Builder actualTime(Duration value) {
            this.actualTime = value;
            return this;
        }

        /** @param value explanation of the rate @return this builder */
        public Builder rateBasis(String value) {
            this.rateBasis = value;
            return this;
        }

        /** @param value source line number @return this builder */
        public Builder sourceLine(int value) {
            this.sourceLine = value;
            return this;
        }

        /**
         * Computes the total from units, unit cost and adjustment, rounding once, and builds the line.
         *
         * @param rounding how the product is rounded to the currency's minor unit
         * @return the line
         */
        public InvoiceLine price(RoundingMode rounding) {
            Objects.requireNonNull(rounding, "rounding");
            if (unitCost == null) {
                if (adjustment == null) {
                    throw new InvalidValueException("adjustment", null,
                            "is required on a line without a unit cost");
                }
                total = adjustment;
            } else {
                Money adj = adjustment == null ? Money.zero(unitCost.currency()) : adjustment;
                total = unitCost.times(units, rounding).plus(adj);
            }
            return build();
        }

        /** @return the line with the stated total */
        public InvoiceLine build() {
            return new InvoiceLine(lineNumber, type, date, timekeeper, units, unitCost, adjustment, total, taskCode,
                    activityCode, expenseCode, narrative, nonWorkingTravel, receipt, actualTime, rateBasis,
                    sourceLine);
        }
    }
}

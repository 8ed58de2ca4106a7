package dev.legalbilling.fee;

import dev.legalbilling.InvalidValueException;
import dev.legalbilling.money.CurrencyMismatchException;
import dev.legalbilling.money.Money;
import dev.legalbilling.utbms.UtbmsCode;
import dev.legalbilling.utbms.UtbmsCodeSet;
import dev.legalbilling.work.TimeEntry;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A fixed fee: one or more {@link Charge}s, each an amount due on a date, optionally for one UTBMS phase or task.
 *
 * <ul>
 *   <li>whole matter: one charge ({@link #wholeMatter(LocalDate, Money)});
 *   <li>per phase: one charge per phase or task code ({@link Charge#forPhase(String, LocalDate, Money)}), due when
 *       the phase is agreed to be billed;
 *   <li>installments: several charges without a code ({@link Charge#installment(LocalDate, Money)}).
 * </ul>
 *
 * <p>A charge is billed on the invoice whose period contains its due date, as a fee line of one unit at the amount
 * carrying the phase code. Time is still shown so the client sees the work: every time entry becomes a zero-value fee
 * line (hours shown, unit cost and total zero). Expenses are not covered by the fee and are billed at cost, rounded
 * with {@code rounding}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param charges the charges, sorted by due date; not empty, all in one currency
 * @param rounding how expense line totals are rounded; not {@code UNNECESSARY}
 */
public record FlatFee(List<Charge> charges, RoundingMode rounding) implements FeeArrangement {

    /**
     * Validates the fee.
     *
     * @throws InvalidValueException when there are no charges, or the rounding is {@code UNNECESSARY}
     * @throws CurrencyMismatchException when charges are in different currencies
     */
    public FlatFee {
        List<Charge> sorted = new ArrayList<>(charges);
        sorted.sort(Comparator.comparing(Charge::due));
        charges = List.copyOf(sorted);
        if (charges.isEmpty()) {
            throw new InvalidValueException("flatFee.charges", "[]", "must not be empty");
        }
        for (Charge c : charges) {
            if (!c.amount().currency().equals(charges.get(0).amount().currency())) {
                throw new CurrencyMismatchException(charges.get(0).amount().currency(), c.amount().currency());
            }
        }
        HourlyFee.requireRounding(rounding);
    }

    /**
     * @param due the day the fee is billed
     * @param amount the fee for the whole matter
     * @return a single-charge flat fee
     */
    public static FlatFee wholeMatter(LocalDate due, Money amount) {
        return of(Charge.installment(due, amount));
    }

    /**
     * @param charges per-phase charges or installments
     * @return a flat fee of those charges, expense lines rounded half up
     */
    public static FlatFee of(Charge... charges) {
        return new FlatFee(Arrays.asList(charges), RoundingMode.HALF_UP);
    }

    /** @return the sum of all charges: the whole fee */
    public Money total() {
        Money sum = Money.zero(charges.get(0).amount().currency());
        for (Charge c : charges) {
            sum = sum.plus(c.amount());
        }
        return sum;
    }

    @Override
    public PricedWork bill(UnbilledWork work) {
        LineSheet sheet = new LineSheet(work, rounding);
        for (TimeEntry entry : work.time()) {
            sheet.timeAtNoCharge(entry, entry.billable()
                    ? "covered by the flat fee: time recorded for information" : LineSheet.NO_CHARGE);
        }
        long installments = charges.stream().filter(c -> c.taskCode() == null).count();
        int installment = 0;
        for (Charge charge : charges) {
            String scope;
            if (charge.taskCode() == null) {
                installment++;
                scope = installments == 1 ? "for the matter" : "installment " + installment + " of " + installments;
            } else {
                UtbmsCode code = phaseOrTask(work, charge.taskCode());
                scope = "for " + code.code() + " " + code.name();
            }
            if (!charge.due().isBefore(work.periodStart()) && !charge.due().isAfter(work.periodEnd())) {
                sheet.fixedFee(charge.due(), charge.amount(), charge.taskCode(), "Flat fee " + scope,
                        "flat fee " + charge.amount() + " due " + charge.due() + ", " + scope);
            }
        }
        work.expenses().forEach(sheet::expenseAtCost);
        return sheet.finish(List.of());
    }

    private static UtbmsCode phaseOrTask(UnbilledWork work, String code) {
        UtbmsCodeSet set = work.codeSet();
        return set.codes().stream().filter(c -> c.code().equals(code)).findFirst()
                .orElseThrow(() -> new InvalidValueException("flatFee.taskCode", code, "is not a phase or task of the "
                        + set + " code set of matter " + work.matterId()));
    }

    /**
     * One fixed amount of a flat fee.
     *
     * @param due the day it is billed
     * @param amount the amount, not negative
     * @param taskCode the UTBMS phase or task it pays for (stored upper case), or null for an installment
     */
    public record Charge(LocalDate due, Money amount, String taskCode) {
        /**
         * Validates the charge.
         *
         * @throws InvalidValueException when the date is missing, the amount negative, or the code is not a phase or
         *     task of any UTBMS code set
         */
        public Charge {
            if (due == null) {
                throw new InvalidValueException("flatFee.due", null, "is required");
            }
            Objects.requireNonNull(amount, "amount");
            if (amount.isNegative()) {
                throw new InvalidValueException("flatFee.amount", amount, "must not be negative");
            }
            if (taskCode != null) {
                String upper = taskCode.strip().toUpperCase(Locale.ROOT);
                boolean known = Arrays.stream(UtbmsCodeSet.values())
                        .anyMatch(s -> s.codes().stream().anyMatch(c -> c.code().equals(upper)));
                if (!known) {
                    throw new InvalidValueException("flatFee.taskCode", taskCode,
                            "is not a UTBMS phase or task code");
                }
                taskCode = upper;
            }
        }

        /**
         * @param due the day it is billed
         * @param amount the amount
         * @return an installment (no phase)
         */
        public static Charge installment(LocalDate due, Money amount) {
            return new Charge(due, amount, null);
        }

        /**
         * @param code a UTBMS phase or task code, e.g. {@code L200}
         * @param due the day it is billed
         * @param amount the fixed fee for the phase
         * @return a per-phase charge
         */
        public static Charge forPhase(String code, LocalDate due, Money amount) {
            return new Charge(due, amount, Objects.requireNonNull(code, "code"));
        }

        /** @return the phase or task code, empty for an installment */
        public Optional<String> taskCodeIfAny() {
            return Optional.ofNullable(taskCode);
        }
    }
}

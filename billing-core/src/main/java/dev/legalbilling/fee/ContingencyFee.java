package dev.legalbilling.fee;

import dev.legalbilling.InvalidValueException;
import dev.legalbilling.contingency.Basis;
import dev.legalbilling.contingency.Recovery;
import dev.legalbilling.contingency.Stage;
import dev.legalbilling.money.CurrencyMismatchException;
import dev.legalbilling.money.Fraction;
import dev.legalbilling.money.Money;
import dev.legalbilling.money.TieredAmount;
import dev.legalbilling.money.TieredSchedule;
import dev.legalbilling.work.Expense;
import dev.legalbilling.work.TimeEntry;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A contingent fee: a share of what is recovered, which may rise with the {@link Stage} the matter reached
 * and may be a tiered marginal schedule (each rate only on its band).
 *
 * <p>Each stage has a {@link TieredSchedule}; a stage without its own uses the schedule of the nearest earlier stage,
 * so {@code 33⅓ % pre-suit, 40 % from trial} is two entries. The {@link Basis} says whether costs are deducted
 * before the fee is computed (net) or after (gross), as ABA Model Rule 1.5(c) requires the agreement to state.
 *
 * <p>On invoices, time and costs are shown at zero value (time: hours at a zero rate; expenses: their cost offset by
 * an equal negative adjustment), because the firm is paid out of the recovery. When a {@link Recovery} falls in the
 * billing period, its fee appears as a fee line and its {@link ClosingStatement} is returned with the lines.
 *
 * <p>Immutable and thread-safe.
 *
 * @param schedules the schedule of each stage that has its own; must include {@link Stage#PRE_SUIT}; every
 *     schedule open-ended
 * @param basis whether costs come off before or after the fee
 * @param rounding how the fee is rounded (once); not {@code UNNECESSARY}
 */
public record ContingencyFee(Map<Stage, TieredSchedule> schedules, Basis basis, RoundingMode rounding)
        implements FeeArrangement {

    /**
     * Validates the fee.
     *
     * @throws InvalidValueException when there is no pre-suit schedule, a schedule is not open-ended, or the rounding
     *     is {@code UNNECESSARY}
     * @throws CurrencyMismatchException when schedules are in different currencies
     */
    public ContingencyFee {
        Objects.requireNonNull(schedules, "schedules");
        Map<Stage, TieredSchedule> copy = new EnumMap<>(Stage.class);
        copy.putAll(schedules);
        if (!copy.containsKey(Stage.PRE_SUIT)) {
            throw new InvalidValueException("contingency.schedules", copy.keySet(),
                    "must include the PRE_SUIT stage, which later stages fall back to");
        }
        copy.forEach((stage, schedule) -> {
            if (!schedule.isOpenEnded()) {
                throw new InvalidValueException("contingency.schedules." + stage, schedule,
                        "must be open-ended (its top tier needs no upper bound)");
            }
        });
        Currency currency = null;
        for (TieredSchedule schedule : copy.values()) {
            Currency own = schedule.currency().orElse(null);
            if (currency == null) {
                currency = own;
            } else if (own != null && !own.equals(currency)) {
                throw new CurrencyMismatchException(currency, own);
            }
        }
        schedules = Collections.unmodifiableMap(copy);
        Objects.requireNonNull(basis, "basis");
        HourlyFee.requireRounding(rounding);
    }

    /**
     * @param share the share of every recovery, at every stage
     * @param basis net of costs or gross
     * @return a single-percentage contingency fee, rounded half up
     */
    public static ContingencyFee of(Fraction share, Basis basis) {
        return new ContingencyFee(Map.of(Stage.PRE_SUIT, TieredSchedule.flat(share)), basis,
                RoundingMode.HALF_UP);
    }

    /**
     * @param preSuit the schedule before suit is filed (and for later stages without their own)
     * @return a builder, net of costs and rounding half up until told otherwise
     */
    public static Builder builder(TieredSchedule preSuit) {
        return new Builder(preSuit);
    }

    /**
     * @param stage a stage
     * @return its schedule, or that of the nearest earlier stage that has one ({@link Stage#ADMINISTRATIVE}, the
     *     only stage before {@link Stage#PRE_SUIT}, uses the pre-suit schedule unless it has its own)
     */
    public TieredSchedule scheduleFor(Stage stage) {
        for (int i = stage.ordinal(); i >= 0; i--) {
            TieredSchedule s = schedules.get(Stage.values()[i]);
            if (s != null) {
                return s;
            }
        }
        return schedules.get(Stage.PRE_SUIT); // ADMINISTRATIVE comes before PRE_SUIT, which is required
    }

    /**
     * Computes the fee on a recovery and what is left for the client.
     *
     * @param recovery the recovery, with its stage and costs
     * @return the closing statement
     * @throws CurrencyMismatchException when the recovery is not in the schedules' currency
     */
    public ClosingStatement closingStatement(Recovery recovery) {
        Money amount = recovery.amount();
        Money feeBase = recovery.feeBase(basis);
        TieredAmount fee = scheduleFor(recovery.stage()).apply(feeBase, rounding);
        return new ClosingStatement(recovery, basis, feeBase, fee,
                amount.minus(recovery.costs()).minus(fee.total()));
    }

    @Override
    public PricedWork bill(UnbilledWork work) {
        LineSheet sheet = new LineSheet(work, rounding);
        for (TimeEntry entry : work.time()) {
            sheet.timeAtNoCharge(entry, entry.billable()
                    ? "contingent fee: time recorded for information, not charged" : LineSheet.NO_CHARGE);
        }
        List<ClosingStatement> statements = new ArrayList<>();
        for (Recovery recovery : work.recoveries()) {
            ClosingStatement statement = closingStatement(recovery);
            statements.add(statement);
            sheet.fixedFee(recovery.date(), statement.fee(), null,
                    "Contingency fee on the recovery of " + recovery.amount(), statement.summary());
        }
        for (Expense expense : work.expenses()) {
            sheet.expenseAtNoCharge(expense, "advanced cost: reimbursed out of the recovery, not charged here");
        }
        return sheet.finish(statements);
    }

    /** Builds a {@link ContingencyFee}; not thread-safe. */
    public static final class Builder {
        private final Map<Stage, TieredSchedule> schedules = new EnumMap<>(Stage.class);
        private Basis basis = Basis.NET;
        private RoundingMode rounding = RoundingMode.HALF_UP;

        private Builder(TieredSchedule preSuit) {
            schedules.put(Stage.PRE_SUIT, Objects.requireNonNull(preSuit, "preSuit"));
        }

        /**
         * @param stage a later stage
         * @param schedule the schedule from that stage on (until a later stage has its own)
         * @return this builder
         */
        public Builder from(Stage stage, TieredSchedule schedule) {
            schedules.put(Objects.requireNonNull(stage, "stage"), Objects.requireNonNull(schedule, "schedule"));
            return this;
        }

        /** @param value net of costs or gross @return this builder */
        public Builder basis(Basis value) {
            this.basis = value;
            return this;
        }

        /** @param value how the fee is rounded @return this builder */
        public Builder rounding(RoundingMode value) {
            this.rounding = value;
            return this;
        }

        /** @return the validated fee */
        public ContingencyFee build() {
            return new ContingencyFee(schedules, basis, rounding);
        }
    }
}

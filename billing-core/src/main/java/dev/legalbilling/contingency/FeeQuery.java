package dev.legalbilling.contingency;

import dev.legalbilling.InvalidValueException;
import dev.legalbilling.money.CurrencyMismatchException;
import dev.legalbilling.money.Money;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The facts a schedule needs to compute the maximum fee: the recovery, the costs, the stage, the basis, whether the
 * client is a minor, and the governing date ({@link ContingencySchedule#governingDate()} says which date that is).
 *
 * <p>Start with {@link #of(Money, LocalDate)} and add facts with the {@code with...} methods:
 * <pre>{@code
 * FeeQuery q = FeeQuery.of(Money.of("2000000", "USD"), LocalDate.of(2024, 1, 15))
 *         .withCosts(Money.of("150000", "USD")).withStage(Stage.PRE_SUIT).withMinor(true);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param recovery the gross amount recovered (settlement, judgment, past-due benefits); not negative
 * @param costs costs and disbursements of the matter, in the same currency; not negative
 * @param stage the stage at which the matter was resolved; null when the schedule does not depend on it
 * @param basis the basis to measure the fee on; null for the schedule's default
 * @param minor whether the client was a minor or incapacitated when the agreement was made
 * @param date the governing date that selects the schedule version
 */
public record FeeQuery(Money recovery, Money costs, Stage stage, Basis basis, boolean minor, LocalDate date) {

    /**
     * Validates the query.
     *
     * @throws InvalidValueException when the recovery or costs are negative
     * @throws CurrencyMismatchException when costs and recovery are in different currencies
     */
    public FeeQuery {
        Objects.requireNonNull(recovery, "recovery");
        Objects.requireNonNull(costs, "costs");
        Objects.requireNonNull(date, "date");
        if (recovery.isNegative()) {
            throw new InvalidValueException("recovery", recovery, "must not be negative");
        }
        if (costs.isNegative()) {
            throw new InvalidValueException("costs", costs, "must not be negative");
        }
        if (!costs.currency().equals(recovery.currency())) {
            throw new CurrencyMismatchException(recovery.currency(), costs.currency());
        }
    }

    /**
     * @param recovery the gross recovery
     * @param date the governing date
     * @return a query with no costs, no stage, the default basis and an adult client
     */
    public static FeeQuery of(Money recovery, LocalDate date) {
        return new FeeQuery(recovery, Money.zero(recovery.currency()), null, null, false, date);
    }

    /**
     * @param recovery how the matter ended
     * @param date the governing date
     * @return a query on the recovery's amount, costs and stage, with the default basis and an adult client
     */
    public static FeeQuery of(Recovery recovery, LocalDate date) {
        return new FeeQuery(recovery.amount(), recovery.costs(), recovery.stage(), null, false, date);
    }

    /** @param value costs and disbursements @return a copy with these costs */
    public FeeQuery withCosts(Money value) {
        return new FeeQuery(recovery, value, stage, basis, minor, date);
    }

    /** @param value the stage, or null @return a copy at this stage */
    public FeeQuery withStage(Stage value) {
        return new FeeQuery(recovery, costs, value, basis, minor, date);
    }

    /** @param value the basis, or null for the schedule's default @return a copy on this basis */
    public FeeQuery withBasis(Basis value) {
        return new FeeQuery(recovery, costs, stage, value, minor, date);
    }

    /** @param value whether the client is a minor or incapacitated @return a copy with this flag */
    public FeeQuery withMinor(boolean value) {
        return new FeeQuery(recovery, costs, stage, basis, value, date);
    }

    /** @param value the governing date @return a copy on this date */
    public FeeQuery withDate(LocalDate value) {
        return new FeeQuery(recovery, costs, stage, basis, minor, value);
    }

    /** @return the stage, when given */
    public Optional<Stage> stageIfSet() {
        return Optional.ofNullable(stage);
    }

    /** @return the basis, when given */
    public Optional<Basis> basisIfSet() {
        return Optional.ofNullable(basis);
    }
}

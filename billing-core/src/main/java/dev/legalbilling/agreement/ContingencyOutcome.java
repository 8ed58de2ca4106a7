package dev.legalbilling.agreement;

import dev.legalbilling.InvalidValueException;
import dev.legalbilling.contingency.Stage;
import dev.legalbilling.money.CurrencyMismatchException;
import dev.legalbilling.money.Money;
import java.time.LocalDate;
import java.util.Objects;

/**
 * How a contingent matter ended: when, at which stage, what was recovered and what the matter cost. A zero
 * recovery is a loss. The outcome starts the duty to deliver a closing statement and, with the agreement's terms,
 * gives the agreed fee to compare with a statutory cap.
 *
 * <p>Immutable and thread-safe.
 *
 * @param resolvedOn the date of the settlement, judgment or final decision
 * @param stage the stage at which the matter was resolved
 * @param recovery the gross amount recovered; zero when lost
 * @param costs the costs and expenses of the matter, in the same currency
 */
public record ContingencyOutcome(LocalDate resolvedOn, Stage stage, Money recovery, Money costs) {

    /**
     * Validates the outcome.
     *
     * @throws InvalidValueException when the recovery or costs are negative
     * @throws CurrencyMismatchException when costs and recovery are in different currencies
     */
    public ContingencyOutcome {
        Objects.requireNonNull(resolvedOn, "resolvedOn");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(recovery, "recovery");
        Objects.requireNonNull(costs, "costs");
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

    /** @return true when nothing was recovered */
    public boolean isLoss() {
        return recovery.isZero();
    }
}

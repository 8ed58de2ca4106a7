package dev.legalbilling.benchmarks.baseline;

import dev.legalbilling.InvalidValueException;
import dev.legalbilling.money.CurrencyMismatchException;
import dev.legalbilling.money.Money;
import dev.legalbilling.utbms.UtbmsCodeSet;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * What the guideline checks need to know about an invoice's matter beyond the invoice itself: its UTBMS code set,
 * its fee budget and its billing history.
 *
 * <p>Immutable and thread-safe.
 *
 * @param codeSet the matter's task code set, or null when unknown (the checks then use Litigation)
 * @param budget the agreed fee budget, or null when there is none (OCG-BUDGET is then silent)
 * @param priorBilledFees fees billed on earlier invoices of the matter, or null for none; in the budget's currency
 * @param priorResearchHours research (A102) hours billed on earlier invoices; not negative
 */
public record MatterContext(UtbmsCodeSet codeSet, Money budget, Money priorBilledFees,
        BigDecimal priorResearchHours) {
    private static final MatterContext LITIGATION = new MatterContext(UtbmsCodeSet.LITIGATION, null, null,
            BigDecimal.ZERO);

    /** Validates the context. */
    public MatterContext {
        Objects.requireNonNull(priorResearchHours, "priorResearchHours");
        if (priorResearchHours.signum() < 0) {
            throw new InvalidValueException("priorResearchHours", priorResearchHours.toPlainString(),
                    "must not be negative");
        }
        if (priorBilledFees != null && priorBilledFees.isNegative()) {
            throw new InvalidValueException("priorBilledFees", priorBilledFees, "must not be negative");
        }
        if (budget != null && priorBilledFees != null && !budget.currency().equals(priorBilledFees.currency())) {
            throw new CurrencyMismatchException(budget.currency(), priorBilledFees.currency());
        }
    }

    /** @return a Litigation matter with no budget and no history */
    public static MatterContext litigation() {
        return LITIGATION;
    }

    /**
     * @param value the fee budget, or null for none
     * @return a copy with that budget
     */
    public MatterContext withBudget(Money value) {
        return new MatterContext(codeSet, value, priorBilledFees, priorResearchHours);
    }

    /**
     * @param fees fees billed on earlier invoices, or null for none
     * @param researchHours research hours billed on earlier invoices
     * @return a copy with that history
     */
    public MatterContext withHistory(Money fees, BigDecimal researchHours) {
        return new MatterContext(codeSet, budget, fees, researchHours);
    }

    /** @return the code set the checks use: the matter's, or Litigation when unknown */
    public UtbmsCodeSet effectiveCodeSet() {
        return codeSet == null ? UtbmsCodeSet.LITIGATION : codeSet;
    }

    /** @return the budget, when there is one */
    public Optional<Money> budgetIfSet() {
        return Optional.ofNullable(budget);
    }
}

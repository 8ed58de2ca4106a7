package dev.legalbilling.rules.fact;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Derived: fees on this invoice and cumulative fees of the matter, computed once by the engine. Exactly one per
 * session. Prior fees come from the check request (zero when the host does not supply them).
 *
 * <pre>{@code
 * MatterFees(hasBudget, cumulativeFees > budget)
 * }</pre>
 *
 * @param matterId the matter
 * @param invoiceFees the fee total (F and IF lines) of this invoice
 * @param priorFees fees billed on the matter before this invoice
 * @param cumulativeFees {@code priorFees + invoiceFees}
 * @param budget the matter's fee budget; zero when {@code hasBudget} is false
 * @param hasBudget true when a budget is agreed
 */
public record MatterFees(String matterId, BigDecimal invoiceFees, BigDecimal priorFees, BigDecimal cumulativeFees,
        BigDecimal budget, boolean hasBudget) {

    /** Checks that nothing is null. */
    public MatterFees {
        Objects.requireNonNull(matterId, "matterId");
        Objects.requireNonNull(invoiceFees, "invoiceFees");
        Objects.requireNonNull(priorFees, "priorFees");
        Objects.requireNonNull(cumulativeFees, "cumulativeFees");
        Objects.requireNonNull(budget, "budget");
    }
}

package dev.legalbilling.fee;

import dev.legalbilling.InvalidValueException;
import dev.legalbilling.contingency.Basis;
import dev.legalbilling.contingency.Recovery;
import dev.legalbilling.contingency.Stage;
import dev.legalbilling.money.Money;
import dev.legalbilling.money.TieredAmount;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The written statement a contingent matter ends with (ABA Model Rule 1.5(c)): the recovery, the costs, the fee and
 * what remains for the client, with how each was computed, tier by tier.
 *
 * <p>Under {@link Basis#NET} the costs are deducted before the fee is computed, so the fee
 * base is {@code recovery − costs} (never below zero); under {@link Basis#GROSS} the fee is computed on
 * the whole recovery and the costs are deducted after. Either way
 * {@code netToClient = recovery − costs − fee}; it is negative when the costs exceed what is left, a shortfall that
 * the agreement decides whether the client owes.
 *
 * <p>Contains no names or narratives. Immutable and thread-safe.
 *
 * @param recovery the recovery, with its stage and costs
 * @param basis whether costs were deducted before or after the fee
 * @param feeBase the amount the fee schedule was applied to
 * @param feeComputation the fee, tier by tier
 * @param netToClient what the client receives
 */
public record ClosingStatement(Recovery recovery, Basis basis, Money feeBase,
        TieredAmount feeComputation, Money netToClient) {

    /**
     * Validates the statement.
     *
     * @throws InvalidValueException when the net to the client is not the recovery less costs and fee
     */
    public ClosingStatement {
        Objects.requireNonNull(recovery, "recovery");
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(feeBase, "feeBase");
        Objects.requireNonNull(feeComputation, "feeComputation");
        Objects.requireNonNull(netToClient, "netToClient");
        Money expected = recovery.amount().minus(recovery.costs()).minus(feeComputation.total());
        if (!expected.equals(netToClient)) {
            throw new InvalidValueException("netToClient", netToClient,
                    "must be the recovery less costs less fee, " + expected);
        }
    }

    /** @return the fee */
    public Money fee() {
        return feeComputation.total();
    }

    /** @return the costs reimbursed out of the recovery */
    public Money costs() {
        return recovery.costs();
    }

    /** @return the stage the matter had reached */
    public Stage stage() {
        return recovery.stage();
    }

    /** @return one line for an invoice's rate basis, e.g. {@code "contingency fee at the trial stage: 40% of ..."} */
    public String summary() {
        String base = basis == Basis.NET
                ? "net recovery " + feeBase + " (" + recovery.amount() + " less costs " + costs() + ")"
                : "gross recovery " + feeBase;
        List<TieredAmount.Part> parts = feeComputation.parts();
        String rate = parts.size() == 1 ? parts.get(0).rate().toPercentString() : "tiered schedule";
        return "contingency fee at the " + stage().label() + " stage: " + rate + " of " + base + " = " + fee();
    }

    /**
     * The statement as the client reads it, one computation per line.
     *
     * @return e.g. recovery, costs, fee base, each tier, fee, net to client
     */
    public List<String> explanation() {
        List<String> lines = new ArrayList<>();
        Money amount = recovery.amount();
        lines.add("Recovery on " + recovery.date() + " at the " + stage().label() + " stage: " + amount);
        if (basis == Basis.NET) {
            lines.add("Costs: " + costs() + ", deducted before the fee is computed");
            lines.add("Fee base: " + amount + " - " + costs() + " = " + feeBase
                    + (amount.isLessThan(costs()) ? " (costs exceed the recovery: no fee)" : ""));
        } else {
            lines.add("Costs: " + costs() + ", deducted after the fee is computed");
            lines.add("Fee base: the gross recovery, " + feeBase);
        }
        for (TieredAmount.Part part : feeComputation.parts()) {
            lines.add("Fee: " + part.explanation());
        }
        lines.add("Fee total: " + fee());
        lines.add("Net to client: " + amount + " - " + costs() + " - " + fee() + " = " + netToClient);
        return List.copyOf(lines);
    }

    /** @return the {@link #summary()} */
    @Override
    public String toString() {
        return summary();
    }
}

package dev.legalbilling.matter;

import dev.legalbilling.contingency.Recovery;
import dev.legalbilling.fee.ClosingStatement;
import dev.legalbilling.invoice.Invoice;
import dev.legalbilling.work.Expense;
import dev.legalbilling.work.TimeEntry;
import java.util.List;
import java.util.Objects;

/**
 * A drafted invoice with everything the draft left out and the closing statements of contingent recoveries.
 *
 * <p>Immutable and thread-safe.
 *
 * @param invoice the draft invoice
 * @param closingStatements one per contingent recovery billed; usually empty
 * @param excludedTime time entries given but dated outside the period
 * @param excludedExpenses expenses given but dated outside the period
 * @param excludedRecoveries recoveries given but dated outside the period
 */
public record DraftResult(Invoice invoice, List<ClosingStatement> closingStatements,
        List<Exclusion<TimeEntry>> excludedTime, List<Exclusion<Expense>> excludedExpenses,
        List<Exclusion<Recovery>> excludedRecoveries) {

    /** Copies the lists. */
    public DraftResult {
        Objects.requireNonNull(invoice, "invoice");
        closingStatements = List.copyOf(closingStatements);
        excludedTime = List.copyOf(excludedTime);
        excludedExpenses = List.copyOf(excludedExpenses);
        excludedRecoveries = List.copyOf(excludedRecoveries);
    }

    /** @return true when some given work was left off the invoice */
    public boolean hasExclusions() {
        return !excludedTime.isEmpty() || !excludedExpenses.isEmpty() || !excludedRecoveries.isEmpty();
    }
}

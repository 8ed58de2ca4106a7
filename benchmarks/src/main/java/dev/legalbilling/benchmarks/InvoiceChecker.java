package dev.legalbilling.benchmarks;

import dev.legalbilling.benchmarks.baseline.BaselineFinding;
import dev.legalbilling.benchmarks.baseline.MatterContext;
import dev.legalbilling.invoice.Invoice;
import java.util.ArrayList;
import java.util.List;

/**
 * What the check benchmarks time: one implementation of the standard guideline pack, loaded once and reused for
 * many invoices. The hand-coded baseline and the Drools engine are both seen through this interface, so a
 * benchmark times them on the same data in the same run.
 *
 * <p>{@link #check} returns the implementation's own findings, so that converting them is not timed;
 * {@link #toBaselineFinding} reduces one to what both implementations must agree on, for the agreement test.
 * Implementations must be safe to call from one thread at a time at least; JMH runs these benchmarks on one thread.
 *
 * @param <F> the implementation's own finding type
 */
public interface InvoiceChecker<F> {
    /**
     * @param invoice the invoice to check
     * @param matter its matter's code set, budget and history
     * @return the findings, in the implementation's own type; never null
     */
    List<F> check(Invoice invoice, MatterContext matter);

    /**
     * @param invoice the invoice the finding was raised on
     * @param finding one finding returned by {@link #check} for that invoice
     * @return the finding reduced to rule id, line, amount at stake and suggestion
     */
    BaselineFinding toBaselineFinding(Invoice invoice, F finding);

    /**
     * Checks an invoice and reduces every finding, for comparing implementations (not for timing).
     *
     * @param invoice the invoice to check
     * @param matter its matter's context
     * @return the reduced findings, in the implementation's order
     */
    default List<BaselineFinding> baselineFindings(Invoice invoice, MatterContext matter) {
        List<F> findings = check(invoice, matter);
        List<BaselineFinding> out = new ArrayList<>(findings.size());
        for (F f : findings) {
            out.add(toBaselineFinding(invoice, f));
        }
        return out;
    }
}

package dev.legalbilling.benchmarks.data;

import dev.legalbilling.benchmarks.baseline.GuidelineProfile;
import dev.legalbilling.benchmarks.baseline.MatterContext;
import dev.legalbilling.invoice.Invoice;
import java.util.List;
import java.util.Objects;

/**
 * A set of generated invoices to check, with the profile and matter context they are checked under.
 *
 * <p>Immutable and thread-safe (invoices are immutable).
 *
 * @param invoices the invoices, in generation order; not empty
 * @param profile the guideline parameters: the spec's defaults plus the invoices' approved rosters and rates
 * @param matter the matter context every invoice is checked with
 */
public record Workload(List<Invoice> invoices, GuidelineProfile profile, MatterContext matter) {
    /** Copies the list and validates. */
    public Workload {
        invoices = List.copyOf(invoices);
        if (invoices.isEmpty()) {
            throw new IllegalArgumentException("a workload needs at least one invoice");
        }
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(matter, "matter");
    }

    /** @return the number of lines over all invoices */
    public long lineCount() {
        long lines = 0;
        for (Invoice invoice : invoices) {
            lines += invoice.lines().size();
        }
        return lines;
    }
}

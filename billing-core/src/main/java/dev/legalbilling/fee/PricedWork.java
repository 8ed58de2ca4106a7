package dev.legalbilling.fee;

import dev.legalbilling.invoice.InvoiceLine;
import dev.legalbilling.money.Money;
import java.util.Currency;
import java.util.List;
import java.util.Objects;

/**
 * What a {@link FeeArrangement} made of a period's work: the invoice lines, numbered {@code "1"}, {@code "2"}, … in
 * order (fee lines, then expense lines, then invoice-level adjustments), and the closing statement of every
 * contingent recovery.
 *
 * <p>Immutable and thread-safe.
 *
 * @param lines the invoice lines, each rounded once where it was created
 * @param closingStatements closing statements of contingency recoveries in the period; usually empty
 */
public record PricedWork(List<InvoiceLine> lines, List<ClosingStatement> closingStatements) {
    /** Copies the lists. */
    public PricedWork {
        lines = List.copyOf(lines);
        closingStatements = List.copyOf(closingStatements);
    }

    /**
     * @param currency the matter's currency (for an empty list)
     * @return the exact sum of the line totals
     */
    public Money total(Currency currency) {
        Objects.requireNonNull(currency, "currency");
        Money sum = Money.zero(currency);
        for (InvoiceLine line : lines) {
            sum = sum.plus(line.total());
        }
        return sum;
    }
}

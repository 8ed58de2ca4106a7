package dev.legalbilling.rules.fact;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The invoice being checked: header and totals. Exactly one per session.
 *
 * <pre>{@code
 * $i : InvoiceFact(total > 100000)
 * }</pre>
 *
 * <p>Class reactive (facts are never modified), so constraints on it may test other patterns' lines.
 *
 * @param invoiceNumber the invoice number; not blank
 * @param clientId the client's id (never the client's name)
 * @param matterId the firm's matter id
 * @param invoiceDate the invoice date
 * @param periodStart first day of the billing period
 * @param periodEnd last day of the billing period, inclusive
 * @param currency ISO 4217 code of every amount, e.g. {@code "USD"}
 * @param total the invoice total
 * @param feeTotal the total of fee lines (F and IF)
 * @param expenseTotal the total of expense lines (E and IE)
 * @param lineCount the number of lines
 */
@org.kie.api.definition.type.ClassReactive
public record InvoiceFact(String invoiceNumber, String clientId, String matterId, LocalDate invoiceDate,
        LocalDate periodStart, LocalDate periodEnd, String currency, BigDecimal total, BigDecimal feeTotal,
        BigDecimal expenseTotal, int lineCount) {

    /** Checks that nothing is null. */
    public InvoiceFact {
        Objects.requireNonNull(invoiceNumber, "invoiceNumber");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(matterId, "matterId");
        Objects.requireNonNull(invoiceDate, "invoiceDate");
        Objects.requireNonNull(periodStart, "periodStart");
        Objects.requireNonNull(periodEnd, "periodEnd");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(total, "total");
        Objects.requireNonNull(feeTotal, "feeTotal");
        Objects.requireNonNull(expenseTotal, "expenseTotal");
    }
}

package dev.legalbilling.receivables.aging;

import dev.legalbilling.InvalidValueException;
import dev.legalbilling.invoice.InvoiceNumber;
import dev.legalbilling.money.Money;
import dev.legalbilling.party.ClientId;
import dev.legalbilling.party.MatterId;
import dev.legalbilling.receivables.ReceivableState;
import dev.legalbilling.receivables.ReceivableStatus;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One open invoice in an aging report. Immutable and thread-safe.
 *
 * @param invoice the invoice
 * @param client the client
 * @param matter the matter
 * @param invoiceDate the invoice date
 * @param dueDate the due date
 * @param daysPastDue calendar days past due on the report date (negative when not yet due)
 * @param status the invoice's status on the report date (open, partially paid or disputed)
 * @param balance the open balance; above zero
 * @param bucket the band of {@code daysPastDue}
 */
public record AgingLine(InvoiceNumber invoice, ClientId client, MatterId matter, LocalDate invoiceDate,
        LocalDate dueDate, long daysPastDue, ReceivableStatus status, Money balance, AgingBucket bucket) {

    /**
     * Validates the line.
     *
     * @throws InvalidValueException when the balance is not above zero or the bucket does not match the days
     */
    public AgingLine {
        Objects.requireNonNull(invoice, "invoice");
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(matter, "matter");
        Objects.requireNonNull(invoiceDate, "invoiceDate");
        Objects.requireNonNull(dueDate, "dueDate");
        Objects.requireNonNull(status, "status");
        if (balance == null || !balance.isPositive()) {
            throw new InvalidValueException("balance", balance, "must be above zero on aging line " + invoice);
        }
        if (bucket != AgingBucket.of(daysPastDue)) {
            throw new InvalidValueException("bucket", bucket, "must be " + AgingBucket.of(daysPastDue) + " for "
                    + daysPastDue + " days past due");
        }
    }

    /**
     * @param state an open receivable's state
     * @return its aging line
     * @throws InvalidValueException when the balance is zero
     */
    public static AgingLine of(ReceivableState state) {
        return new AgingLine(state.invoice(), state.client(), state.matter(), state.receivable().invoiceDate(),
                state.dueDate(), state.daysPastDue(), state.status(), state.balance(),
                AgingBucket.of(state.daysPastDue()));
    }
}

package dev.legalbilling.receivables;

import dev.legalbilling.InvalidValueException;
import dev.legalbilling.invoice.InvoiceNumber;
import dev.legalbilling.money.Money;
import dev.legalbilling.party.ClientId;
import dev.legalbilling.receivables.internal.Arguments;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One line of the append-only receivables ledger. Entries are never changed or removed; a mistake is corrected by a
 * further entry. Balances and statuses are sums over entries ({@link EntryKind} gives each kind's effect).
 *
 * <p>Immutable and thread-safe.
 *
 * @param sequence position in the ledger, from 1, in posting order
 * @param date the value date
 * @param kind what the entry records
 * @param client the client whose invoice or credit account the entry belongs to
 * @param invoice the invoice, or null for client-credit entries ({@link EntryKind#OVERPAYMENT},
 *     {@link EntryKind#CREDIT_REFUNDED})
 * @param amount a non-negative amount; its effect depends on the kind
 * @param reference the payment id or credit note number that produced the entry, or empty
 * @param reason why a write-off or credit note was made; null for other kinds
 */
public record LedgerEntry(int sequence, LocalDate date, EntryKind kind, ClientId client, InvoiceNumber invoice,
        Money amount, String reference, AdjustmentReason reason) {

    /**
     * Validates the entry.
     *
     * @throws InvalidValueException when the sequence is below 1, the date is missing, the amount negative, the
     *     invoice is present on a client-credit entry or missing on an invoice entry, or a reason is missing on a
     *     write-off or credit note or present on another kind
     */
    public LedgerEntry {
        if (sequence < 1) {
            throw new InvalidValueException("sequence", sequence, "must be at least 1");
        }
        Arguments.date("entryDate", date);
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(client, "client");
        if (kind.onInvoice() != (invoice != null)) {
            throw new InvalidValueException("invoice", invoice,
                    kind.onInvoice() ? "is required on " + kind + " entries" : "must be absent on " + kind
                            + " entries");
        }
        Arguments.notNegative("entryAmount", amount);
        reference = reference == null ? "" : reference;
        boolean adjustment = kind == EntryKind.WRITE_OFF || kind == EntryKind.CREDIT_NOTE;
        if (adjustment != (reason != null)) {
            throw new InvalidValueException("reason", reason,
                    adjustment ? "is required on " + kind + " entries" : "must be absent on " + kind + " entries");
        }
    }

    /** @return the invoice, for invoice entries */
    public Optional<InvoiceNumber> invoiceIfAny() {
        return Optional.ofNullable(invoice);
    }

    /** @return the reason of a write-off or credit note */
    public Optional<AdjustmentReason> reasonIfAny() {
        return Optional.ofNullable(reason);
    }

    /** @return the signed change this entry makes to its invoice's balance */
    public Money invoiceEffect() {
        return signed(kind.invoiceSign());
    }

    /** @return the signed change this entry makes to the client's unapplied credit */
    public Money creditEffect() {
        return signed(kind.creditSign());
    }

    private Money signed(int sign) {
        if (sign == 0) {
            return Money.zero(amount.currency());
        }
        return sign > 0 ? amount : amount.negate();
    }
}

package dev.legalbilling.trust;

import dev.legalbilling.invoice.InvoiceNumber;
import dev.legalbilling.money.Money;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One movement on a {@link LedgerStatement}: the journal entry, what it was, the signed amount it posted to the
 * ledger and the ledger's running balance after it.
 *
 * <p>{@link #payee()} and {@link #memo()} may be privileged; renderers show them only when asked. Immutable.
 *
 * @param entry the journal entry; never null
 * @param date the transaction date; never null
 * @param type the transaction type; never null
 * @param purpose for a deposit, why the money was received; null otherwise
 * @param payeeKind for a disbursement, the client or a third party; null otherwise
 * @param payee for a disbursement, who was paid (privileged); null otherwise
 * @param invoice for an earned-fee transfer or its reversal, the invoice; null otherwise
 * @param reference the bank reference (check number, deposit slip, wire); null when none was recorded
 * @param reverses for a reversal, the entry it reverses; null otherwise
 * @param reversedBy the reversal of this entry dated on or before the statement date; null when none
 * @param memo the memo (privileged), possibly empty; never null
 * @param amount the signed amount posted to this ledger (credits positive); never null or zero
 * @param balanceAfter the ledger's balance after this movement, in date order; never null
 */
public record LedgerStatementLine(TrustEntryId entry, LocalDate date, TransactionType type, DepositPurpose purpose,
        PayeeKind payeeKind, String payee, InvoiceNumber invoice, String reference, TrustEntryId reverses,
        TrustEntryId reversedBy, String memo, Money amount, Money balanceAfter) {
    /** Checks the required fields. */
    public LedgerStatementLine {
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(memo, "memo");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(balanceAfter, "balanceAfter");
    }

    /** @return the positive amount when the line credits the ledger */
    public Optional<Money> credit() {
        return amount.isPositive() ? Optional.of(amount) : Optional.empty();
    }

    /** @return the positive amount when the line debits the ledger */
    public Optional<Money> debit() {
        return amount.isNegative() ? Optional.of(amount.negate()) : Optional.empty();
    }

    /**
     * @return what the movement was, in words, without privileged text: {@code Deposit (advance fee)},
     *     {@code Disbursement to third party}, {@code Earned-fee transfer, invoice 2025-0301},
     *     {@code Reversal of IOLTA-0001#4}
     */
    public String description() {
        switch (type) {
            case DEPOSIT:
                return "Deposit" + (purpose == null ? "" : " (" + words(purpose.name()) + ")");
            case DISBURSEMENT:
                return "Disbursement" + (payeeKind == null ? "" : " to " + words(payeeKind.name()));
            case EARNED_FEE_TRANSFER:
                return "Earned-fee transfer" + (invoice == null ? "" : ", invoice " + invoice);
            case REFUND:
                return "Refund to client";
            case BANK_CHARGE:
                return "Bank charge";
            case FIRM_FUNDS_DEPOSIT:
                return "Firm funds deposit";
            case INTEREST:
                return "Interest";
            case IDENTIFICATION:
                return "Identification of unidentified funds";
            case REVERSAL:
                return "Reversal of " + reverses;
            case LEDGER_TRANSFER:
                return amount.isNegative() ? "Transfer to another ledger" : "Transfer from another ledger";
            default:
                return words(type.name());
        }
    }

    private static String words(String constant) {
        return constant.toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
}

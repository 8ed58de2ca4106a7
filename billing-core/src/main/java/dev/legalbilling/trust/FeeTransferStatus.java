package dev.legalbilling.trust;

import dev.legalbilling.invoice.InvoiceNumber;
import dev.legalbilling.money.Money;
import java.util.Objects;

/**
 * For one invoice, what has been transferred from trust to operating against what is earned and undisputed: plain
 * data for an "unearned withdrawal" rule. The journal refuses unearned transfers when it posts them, but the
 * earned figures may change later (a client disputes an invoice, a write-down), and rules may also inspect journals
 * restored from elsewhere.
 *
 * @param invoice the invoice; never null
 * @param ledger the client ledger the (first) transfer debited; never null
 * @param invoiceKnown whether the invoice was in the {@link EarnedFees} consulted
 * @param earnedUndisputed the earned undisputed amount (zero when the invoice is unknown); never null
 * @param transferred the net amount transferred (transfers less their reversals); never null
 */
public record FeeTransferStatus(InvoiceNumber invoice, LedgerId ledger, boolean invoiceKnown, Money earnedUndisputed,
        Money transferred) {
    /** Checks for nulls. */
    public FeeTransferStatus {
        Objects.requireNonNull(invoice, "invoice");
        Objects.requireNonNull(ledger, "ledger");
        Objects.requireNonNull(earnedUndisputed, "earnedUndisputed");
        Objects.requireNonNull(transferred, "transferred");
    }

    /** @return true when more was transferred than is earned and undisputed */
    public boolean unearnedWithdrawal() {
        return transferred.isGreaterThan(earnedUndisputed);
    }

    /** @return how much more was transferred than is earned, zero when none */
    public Money excess() {
        return transferred.minus(earnedUndisputed).max(Money.zero(transferred.currency()));
    }

    /** @return how much earned undisputed fee is still in trust for the invoice, zero when none */
    public Money remaining() {
        return earnedUndisputed.minus(transferred).max(Money.zero(transferred.currency()));
    }
}

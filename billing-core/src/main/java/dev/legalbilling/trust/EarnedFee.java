package dev.legalbilling.trust;

import dev.legalbilling.InvalidValueException;
import dev.legalbilling.invoice.Invoice;
import dev.legalbilling.invoice.InvoiceNumber;
import dev.legalbilling.invoice.InvoiceStatus;
import dev.legalbilling.money.Money;
import dev.legalbilling.party.ClientId;
import dev.legalbilling.party.MatterId;
import java.util.Objects;

/**
 * What the caller vouches has been invoiced, earned and is not disputed for one invoice: the most that may be
 * transferred from trust to operating for it, in total, over all transfers.
 *
 * <p>The caller decides the figure: typically the invoice total less any part the client disputes (Rule 1.15(e):
 * disputed funds stay in trust) and less any part already paid from other sources.
 *
 * @param invoice the invoice; never null
 * @param client the invoice's client; never null
 * @param matter the invoice's matter; never null
 * @param earnedUndisputed the earned, undisputed amount; zero or more
 */
public record EarnedFee(InvoiceNumber invoice, ClientId client, MatterId matter, Money earnedUndisputed) {
    /** Validates the figure. */
    public EarnedFee {
        Objects.requireNonNull(invoice, "invoice");
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(matter, "matter");
        Objects.requireNonNull(earnedUndisputed, "earnedUndisputed");
        if (earnedUndisputed.isNegative()) {
            throw new InvalidValueException("earnedUndisputed", earnedUndisputed,
                    "must not be negative for invoice " + invoice);
        }
    }

    /**
     * @param invoice a final invoice; not null
     * @param disputed the part of its total the client disputes (zero for none); not more than the total
     * @return the invoice's total less the disputed part
     * @throws InvalidValueException when the invoice is still a draft or the disputed amount is negative or too big
     */
    public static EarnedFee of(Invoice invoice, Money disputed) {
        Objects.requireNonNull(invoice, "invoice");
        Objects.requireNonNull(disputed, "disputed");
        if (invoice.status() != InvoiceStatus.FINAL) {
            throw new InvalidValueException("invoice", invoice.number(),
                    "is a draft; only a final invoice has earned fees to transfer");
        }
        if (disputed.isNegative() || disputed.isGreaterThan(invoice.total())) {
            throw new InvalidValueException("disputed", disputed,
                    "must be between zero and the invoice total " + invoice.total());
        }
        return new EarnedFee(invoice.number(), invoice.client(), invoice.matter(), invoice.total().minus(disputed));
    }
}

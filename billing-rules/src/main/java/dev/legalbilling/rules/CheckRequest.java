package dev.legalbilling.rules;

import dev.legalbilling.invoice.Invoice;
import dev.legalbilling.matter.Matter;
import dev.legalbilling.money.CurrencyMismatchException;
import dev.legalbilling.money.Money;
import java.util.Objects;
import java.util.Optional;

/**
 * What to check: an invoice, the matter it bills (optional: without it the matter fact carries only the ids on the
 * invoice), the guideline profile in force and the fees billed on the matter before this invoice.
 *
 * @param invoice the invoice; not null
 * @param matter the matter, or null
 * @param profile the profile; {@link GuidelineProfile#defaults()} when null
 * @param priorFees fees billed on the matter before this invoice, in the invoice currency; zero when null
 * @param ethics what the ethics rules need beyond the invoice and its matter (other invoices, trust records,
 *     collections), or null when none is given
 */
public record CheckRequest(Invoice invoice, Matter matter, GuidelineProfile profile, Money priorFees,
        EthicsContext ethics) {

    /**
     * Validates the request.
     *
     * @throws dev.legalbilling.InvalidValueException when the matter is not the invoice's matter
     * @throws CurrencyMismatchException when prior fees are in another currency
     */
    public CheckRequest {
        Objects.requireNonNull(invoice, "invoice");
        if (matter != null && !matter.id().equals(invoice.matter())) {
            throw new dev.legalbilling.InvalidValueException("matter", matter.id(),
                    "is not the matter of invoice " + invoice.number() + " (" + invoice.matter() + ")");
        }
        profile = profile == null ? GuidelineProfile.defaults() : profile;
        priorFees = priorFees == null ? Money.zero(invoice.currency()) : priorFees;
        if (!priorFees.currency().equals(invoice.currency())) {
            throw new CurrencyMismatchException(invoice.currency(), priorFees.currency());
        }
    }

    /**
     * @param invoice the invoice
     * @param matter the matter, or null
     * @param profile the profile, or null for the defaults
     * @return a request with no prior fees
     */
    public static CheckRequest of(Invoice invoice, Matter matter, GuidelineProfile profile) {
        return new CheckRequest(invoice, matter, profile, null);
    }

    /** @return the matter, when given */
    public Optional<Matter> matterIfAny() {
        return Optional.ofNullable(matter);
    }

    /**
     * A request without an ethics context.
     *
     * @param invoice the invoice
     * @param matter the matter, or null
     * @param profile the profile, or null for the defaults
     * @param priorFees fees billed before this invoice, or null for zero
     */
    public CheckRequest(Invoice invoice, Matter matter, GuidelineProfile profile, Money priorFees) {
        this(invoice, matter, profile, priorFees, null);
    }

    /**
     * @param value the ethics context, or null for none
     * @return a copy of this request with that context
     */
    public CheckRequest withEthics(EthicsContext value) {
        return new CheckRequest(invoice, matter, profile, priorFees, value);
    }

    /** @return the ethics context, when given */
    public Optional<EthicsContext> ethicsIfAny() {
        return Optional.ofNullable(ethics);
    }
}

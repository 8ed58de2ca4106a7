package dev.legalbilling.json.receivables;

import dev.legalbilling.InvalidValueException;
import dev.legalbilling.agreement.InterestTerms;
import dev.legalbilling.invoice.Invoice;
import dev.legalbilling.invoice.InvoiceStateException;
import dev.legalbilling.invoice.InvoiceStatus;
import dev.legalbilling.party.Jurisdiction;
import dev.legalbilling.party.MatterType;
import dev.legalbilling.party.TimekeeperId;
import dev.legalbilling.receivables.PaymentTerms;
import dev.legalbilling.receivables.Receivable;
import java.util.Objects;
import java.util.Optional;

/**
 * One entry of an invoices file: a final invoice plus the terms that govern collecting it. It becomes a
 * {@link Receivable} with {@link #toReceivable()}.
 *
 * <p>In a file, an entry is either a plain invoice (as {@link dev.legalbilling.json.BillingJson} writes it), which
 * gets {@linkplain PaymentTerms#standard() net 30} terms and nothing else, or a wrapper object
 * <pre>
 * { "paymentTermsDays": 15,
 *   "interestTerms": { "agreed": true, "annualRatePercent": "9", "graceDays": 10 },
 *   "jurisdiction": "US-CA",
 *   "matterType": "GENERAL",
 *   "responsiblePartner": "P-DUBOIS",
 *   "invoice": { ... } }
 * </pre>
 * in which every key but {@code invoice} is optional. See the package documentation for the whole format.
 *
 * <p>Immutable and thread-safe when the invoice is (billing-core invoices are).
 *
 * @param invoice the invoice; never null; must be {@linkplain InvoiceStatus#FINAL final}
 * @param paymentTerms when the invoice falls due; {@link PaymentTerms#standard()} when null
 * @param interestTerms the fee agreement's late-payment interest terms; {@link InterestTerms#none()} when null
 * @param jurisdiction the matter's governing jurisdiction, or null when unknown
 * @param matterType the matter's type; {@link MatterType#GENERAL} when null
 * @param responsiblePartner the timekeeper reminders escalate to, or null when none is recorded
 */
public record ReceivableInvoice(Invoice invoice, PaymentTerms paymentTerms, InterestTerms interestTerms,
        Jurisdiction jurisdiction, MatterType matterType, TimekeeperId responsiblePartner) {

    /**
     * Fills defaults and checks that the invoice can be a receivable.
     *
     * @throws InvalidValueException when the invoice is missing or its total is negative
     * @throws InvoiceStateException when the invoice is a draft
     */
    public ReceivableInvoice {
        if (invoice == null) {
            throw new InvalidValueException("invoice", null, "is required");
        }
        if (invoice.status() != InvoiceStatus.FINAL) {
            throw new InvoiceStateException(invoice.number(),
                    "is a draft; only final invoices (\"status\": \"FINAL\") become receivables");
        }
        paymentTerms = paymentTerms == null ? PaymentTerms.standard() : paymentTerms;
        interestTerms = interestTerms == null ? InterestTerms.none() : interestTerms;
        matterType = matterType == null ? MatterType.GENERAL : matterType;
        build(invoice, paymentTerms, interestTerms, jurisdiction, matterType, responsiblePartner);
    }

    /**
     * @param invoice a final invoice
     * @return the entry with standard (net 30) terms, no interest terms, jurisdiction or responsible partner
     * @throws InvoiceStateException when the invoice is a draft
     */
    public static ReceivableInvoice of(Invoice invoice) {
        return new ReceivableInvoice(invoice, null, null, null, null, null);
    }

    /** @return the receivable: the invoice's number, client, matter, date and total with these terms */
    public Receivable toReceivable() {
        return build(invoice, paymentTerms, interestTerms, jurisdiction, matterType, responsiblePartner);
    }

    /** @return the jurisdiction, when known */
    public Optional<Jurisdiction> jurisdictionIfKnown() {
        return Optional.ofNullable(jurisdiction);
    }

    /** @return the responsible partner, when recorded */
    public Optional<TimekeeperId> responsiblePartnerIfKnown() {
        return Optional.ofNullable(responsiblePartner);
    }

    /** @return the invoice number and terms only; the invoice's narratives are never printed */
    @Override
    public String toString() {
        return "ReceivableInvoice[" + invoice.number() + ", net " + paymentTerms.days() + "]";
    }

    private static Receivable build(Invoice invoice, PaymentTerms terms, InterestTerms interest,
            Jurisdiction jurisdiction, MatterType matterType, TimekeeperId partner) {
        return Receivable.builder(Objects.requireNonNull(invoice, "invoice"), terms).interestTerms(interest)
                .jurisdiction(jurisdiction).matterType(matterType).responsiblePartner(partner).build();
    }
}

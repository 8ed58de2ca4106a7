package dev.legalbilling.receivables;

import dev.legalbilling.InvalidValueException;
import dev.legalbilling.agreement.InterestTerms;
import dev.legalbilling.invoice.Invoice;
import dev.legalbilling.invoice.InvoiceNumber;
import dev.legalbilling.invoice.InvoiceStateException;
import dev.legalbilling.invoice.InvoiceStatus;
import dev.legalbilling.matter.Matter;
import dev.legalbilling.money.Money;
import dev.legalbilling.party.ClientId;
import dev.legalbilling.party.Jurisdiction;
import dev.legalbilling.party.MatterId;
import dev.legalbilling.party.MatterType;
import dev.legalbilling.party.TimekeeperId;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Objects;
import java.util.Optional;

/**
 * A final invoice as accounts receivable sees it: who owes how much since when, and the terms that govern chasing it.
 *
 * <p>Built from a {@linkplain InvoiceStatus#FINAL final} {@link Invoice} (number, client, matter, invoice date,
 * total, currency) plus {@link PaymentTerms} ({@link #of(Invoice, PaymentTerms)}, or {@link #builder(Invoice,
 * PaymentTerms)} to add the fee agreement's interest terms, the matter's jurisdiction and type and the responsible
 * partner). The amount is fixed when the receivable is created: later reductions are ledger entries (credit notes,
 * write-offs), never edits. A receivable holds no balance; {@link ReceivablesLedger} derives it from entries.
 *
 * <p>No privileged text (client names, narratives) is held. Immutable and thread-safe.
 *
 * @param invoice the invoice number; unique within a ledger
 * @param client who owes the amount
 * @param matter the firm's matter id
 * @param invoiceDate the invoice date
 * @param dueDate the date payment is due; not before the invoice date
 * @param amount the invoice total; not negative
 * @param interestTerms the fee agreement's late-payment interest terms; {@link InterestTerms#none()} when absent
 * @param jurisdiction the matter's governing jurisdiction, or null when unknown (fee-arbitration rules then cannot
 *     match collection steps on this invoice)
 * @param matterType the matter's type ({@link MatterType#GENERAL} when unknown); criminal matters are not civil
 * @param responsiblePartner the timekeeper reminders escalate to, or null when none is recorded
 */
public record Receivable(InvoiceNumber invoice, ClientId client, MatterId matter, LocalDate invoiceDate,
        LocalDate dueDate, Money amount, InterestTerms interestTerms, Jurisdiction jurisdiction, MatterType matterType,
        TimekeeperId responsiblePartner) {

    /**
     * Validates the receivable and fills defaults for null interest terms and matter type.
     *
     * @throws InvalidValueException when a date is missing, the due date is before the invoice date, or the amount is
     *     negative
     */
    public Receivable {
        Objects.requireNonNull(invoice, "invoice");
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(matter, "matter");
        if (invoiceDate == null) {
            throw new InvalidValueException("invoiceDate", null, "is required on receivable " + invoice);
        }
        if (dueDate == null) {
            throw new InvalidValueException("dueDate", null, "is required on receivable " + invoice);
        }
        if (dueDate.isBefore(invoiceDate)) {
            throw new InvalidValueException("dueDate", dueDate,
                    "must not be before invoice date " + invoiceDate + " of " + invoice);
        }
        Objects.requireNonNull(amount, "amount");
        if (amount.isNegative()) {
            throw new InvalidValueException("amount", amount,
                    "must not be negative on receivable " + invoice + "; record credits as credit notes");
        }
        interestTerms = interestTerms == null ? InterestTerms.none() : interestTerms;
        matterType = matterType == null ? MatterType.GENERAL : matterType;
    }

    /**
     * @param invoice a final invoice; its total must not be negative
     * @param terms payment terms giving the due date
     * @return the receivable, without interest terms, jurisdiction or responsible partner
     * @throws InvoiceStateException when the invoice is a draft
     * @throws InvalidValueException when the invoice total is negative
     */
    public static Receivable of(Invoice invoice, PaymentTerms terms) {
        return builder(invoice, terms).build();
    }

    /**
     * @param invoice a final invoice
     * @param terms payment terms giving the due date
     * @return a builder seeded from the invoice
     * @throws InvoiceStateException when the invoice is a draft
     */
    public static Builder builder(Invoice invoice, PaymentTerms terms) {
        Objects.requireNonNull(invoice, "invoice");
        Objects.requireNonNull(terms, "terms");
        if (invoice.status() != InvoiceStatus.FINAL) {
            throw new InvoiceStateException(invoice.number(), "is a draft; only final invoices become receivables");
        }
        return new Builder(invoice, terms);
    }

    /** @return the currency of the amount */
    public Currency currency() {
        return amount.currency();
    }

    /** @return the jurisdiction, when known */
    public Optional<Jurisdiction> jurisdictionIfKnown() {
        return Optional.ofNullable(jurisdiction);
    }

    /** @return the responsible partner, when recorded */
    public Optional<TimekeeperId> responsiblePartnerIfKnown() {
        return Optional.ofNullable(responsiblePartner);
    }

    /** Builds a {@link Receivable} from a final invoice; not thread-safe. */
    public static final class Builder {
        private final Invoice invoice;
        private final PaymentTerms terms;
        private InterestTerms interestTerms = InterestTerms.none();
        private Jurisdiction jurisdiction;
        private MatterType matterType = MatterType.GENERAL;
        private TimekeeperId responsiblePartner;

        private Builder(Invoice invoice, PaymentTerms terms) {
            this.invoice = invoice;
            this.terms = terms;
        }

        /** @param value the fee agreement's interest terms @return this builder */
        public Builder interestTerms(InterestTerms value) {
            this.interestTerms = Objects.requireNonNull(value, "interestTerms");
            return this;
        }

        /**
         * Takes jurisdiction and matter type from the invoice's matter.
         *
         * @param value the matter the invoice bills
         * @return this builder
         * @throws InvalidValueException when the matter's id or client differs from the invoice's
         */
        public Builder matter(Matter value) {
            Objects.requireNonNull(value, "matter");
            if (!value.id().equals(invoice.matter())) {
                throw new InvalidValueException("matter", value.id(),
                        "must be matter " + invoice.matter() + " of invoice " + invoice.number());
            }
            if (!value.client().id().equals(invoice.client())) {
                throw new InvalidValueException("client", value.client().id(),
                        "must be client " + invoice.client() + " of invoice " + invoice.number());
            }
            this.jurisdiction = value.jurisdiction();
            this.matterType = value.matterType();
            return this;
        }

        /** @param value governing jurisdiction, or null when unknown @return this builder */
        public Builder jurisdiction(Jurisdiction value) {
            this.jurisdiction = value;
            return this;
        }

        /** @param value matter type @return this builder */
        public Builder matterType(MatterType value) {
            this.matterType = Objects.requireNonNull(value, "matterType");
            return this;
        }

        /** @param value timekeeper reminders escalate to, or null @return this builder */
        public Builder responsiblePartner(TimekeeperId value) {
            this.responsiblePartner = value;
            return this;
        }

        /**
         * @return the validated receivable
         * @throws InvalidValueException when the invoice total is negative
         */
        public Receivable build() {
            return new Receivable(invoice.number(), invoice.client(), invoice.matter(), invoice.invoiceDate(),
                    terms.dueDate(invoice.invoiceDate()), invoice.total(), interestTerms, jurisdiction, matterType,
                    responsiblePartner);
        }
    }
}

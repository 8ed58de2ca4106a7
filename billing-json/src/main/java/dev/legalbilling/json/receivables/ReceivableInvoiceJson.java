package dev.legalbilling.json.receivables;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.legalbilling.BillingException;
import dev.legalbilling.agreement.InterestTerms;
import dev.legalbilling.invoice.Invoice;
import dev.legalbilling.json.internal.InvoiceConverters;
import dev.legalbilling.party.Jurisdiction;
import dev.legalbilling.party.MatterType;
import dev.legalbilling.party.TimekeeperId;
import dev.legalbilling.receivables.PaymentTerms;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Reads an invoices-file entry (a plain invoice or a wrapper) and writes the wrapper. Not API. */
final class ReceivableInvoiceJson {
    /** The keys of the wrapper object. */
    static final Set<String> WRAPPER_KEYS = keys(Wrapper.class);
    /** The keys of a plain invoice object. */
    static final Set<String> INVOICE_KEYS = keys(InvoiceConverters.InvoiceJson.class);

    private ReceivableInvoiceJson() {
    }

    /**
     * The wrapper's JSON shape.
     *
     * <p>The terms come first so that a reader sees them before a long invoice.
     *
     * @param paymentTermsDays net days, or null for the standard 30
     * @param interestTerms interest terms, or null for none
     * @param jurisdiction jurisdiction, or null
     * @param matterType matter type, or null for GENERAL
     * @param responsiblePartner responsible partner, or null
     * @param invoice the invoice
     */
    record Wrapper(Integer paymentTermsDays, InterestTerms interestTerms, Jurisdiction jurisdiction,
            MatterType matterType, TimekeeperId responsiblePartner, Invoice invoice) {
    }

    private static Set<String> keys(Class<? extends Record> type) {
        return Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** Writes the wrapper: omits interest terms that are not agreed, matter type GENERAL and unknown values. */
    static final class Serializer extends StdSerializer<ReceivableInvoice> {
        private static final long serialVersionUID = 1L;

        Serializer() {
            super(ReceivableInvoice.class);
        }

        @Override
        public void serialize(ReceivableInvoice value, JsonGenerator gen, SerializerProvider provider)
                throws IOException {
            provider.defaultSerializeValue(new Wrapper(value.paymentTerms().days(),
                    value.interestTerms().agreed() ? value.interestTerms() : null, value.jurisdiction(),
                    value.matterType() == MatterType.GENERAL ? null : value.matterType(),
                    value.responsiblePartner(), value.invoice()), gen);
        }
    }

    /**
     * Reads a plain invoice or a wrapper, told apart by the first key: a wrapper key ({@code invoice},
     * {@code paymentTermsDays}, ...) starts a wrapper, an invoice key ({@code number}, {@code client}, ...) a plain
     * invoice. Validation errors point at the start of the entry.
     */
    static final class Deserializer extends StdDeserializer<ReceivableInvoice> {
        private static final long serialVersionUID = 1L;

        Deserializer() {
            super(ReceivableInvoice.class);
        }

        @Override
        public ReceivableInvoice deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonLocation start = p.currentTokenLocation();
            JsonToken t = p.currentToken();
            if (t != JsonToken.START_OBJECT) {
                return (ReceivableInvoice) ctxt.handleUnexpectedToken(ReceivableInvoice.class, p);
            }
            t = p.nextToken();
            String first = t == JsonToken.FIELD_NAME ? p.currentName() : null;
            if (first != null && !WRAPPER_KEYS.contains(first) && !INVOICE_KEYS.contains(first)) {
                JsonMappingException unknown = JsonMappingException.from(p, "unknown key '" + first
                        + "': an entry is either an invoice (keys " + INVOICE_KEYS + ") or a wrapper (keys "
                        + WRAPPER_KEYS + ")");
                unknown.prependPath(ReceivableInvoice.class, first);
                throw unknown;
            }
            try {
                if (first != null && WRAPPER_KEYS.contains(first)) {
                    Wrapper w = ctxt.readValue(p, Wrapper.class);
                    return new ReceivableInvoice(w.invoice(),
                            w.paymentTermsDays() == null ? null : PaymentTerms.net(w.paymentTermsDays()),
                            w.interestTerms(), w.jurisdiction(), w.matterType(), w.responsiblePartner());
                }
                return ReceivableInvoice.of(ctxt.readValue(p, Invoice.class));
            } catch (BillingException e) {
                throw new JsonMappingException(p, e.getMessage(), start);
            }
        }
    }
}

package dev.legalbilling.json.internal;

import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;
import com.fasterxml.jackson.databind.ser.std.StdDelegatingSerializer;
import com.fasterxml.jackson.databind.util.StdConverter;
import dev.legalbilling.InvalidValueException;
import dev.legalbilling.invoice.Invoice;
import dev.legalbilling.invoice.InvoiceLine;
import dev.legalbilling.invoice.InvoiceNumber;
import dev.legalbilling.invoice.InvoiceStatus;
import dev.legalbilling.money.Money;
import dev.legalbilling.party.ClientId;
import dev.legalbilling.party.MatterId;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;

/** Maps {@link Invoice} (a builder-made class) to and from a plain record Jackson handles. Not API. */
public final class InvoiceConverters {
    private InvoiceConverters() {
    }

    /**
     * The JSON shape of an invoice.
     *
     * @param number invoice number
     * @param client client id
     * @param matter firm matter id
     * @param clientMatterId client's matter id or null
     * @param lawFirmId firm id
     * @param invoiceDate invoice date
     * @param periodStart billing start
     * @param periodEnd billing end
     * @param description description
     * @param currency currency
     * @param status draft or final (draft when absent)
     * @param lines the lines
     * @param total the total (written; checked on input when present)
     */
    public record InvoiceJson(InvoiceNumber number, ClientId client, MatterId matter, String clientMatterId,
            String lawFirmId, LocalDate invoiceDate, LocalDate periodStart, LocalDate periodEnd, String description,
            Currency currency, InvoiceStatus status, List<InvoiceLine> lines, Money total) {
    }

    /** @return serializer writing the JSON shape */
    @SuppressWarnings("unchecked")
    public static JsonSerializer<Invoice> serializer() {
        return (JsonSerializer<Invoice>) (JsonSerializer<?>) new StdDelegatingSerializer(new StdConverter<Invoice, InvoiceJson>() {
            @Override
            public InvoiceJson convert(Invoice i) {
                return new InvoiceJson(i.number(), i.client(), i.matter(), i.clientMatterId().orElse(null),
                        i.lawFirmId(), i.invoiceDate(), i.periodStart(), i.periodEnd(), i.description(),
                        i.currency(), i.status(), i.lines(), i.total());
            }
        });
    }

    /** @return deserializer reading the JSON shape */
    public static JsonDeserializer<Invoice> deserializer() {
        return new StdDeserializer<Invoice>(Invoice.class) {
            private static final long serialVersionUID = 1L;

            @Override
            public Invoice deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                InvoiceJson j = ctxt.readValue(p, InvoiceJson.class);
                try {
                    return toInvoice(j);
                } catch (RuntimeException e) {
                    throw JsonMappingException.from(p, e.getMessage(), e);
                }
            }
        };
    }

    private static Invoice toInvoice(InvoiceJson j) {
        require("number", j.number());
        require("client", j.client());
        require("matter", j.matter());
        require("currency", j.currency());
        Invoice.Builder b = Invoice.builder(j.number(), j.client(), j.matter())
                .clientMatterId(j.clientMatterId())
                .lawFirmId(j.lawFirmId())
                .invoiceDate(j.invoiceDate())
                .period(j.periodStart(), j.periodEnd())
                .description(j.description())
                .currency(j.currency());
        if (j.lines() != null) {
            b.lines(j.lines());
        }
        Invoice invoice = j.status() == InvoiceStatus.FINAL ? b.buildFinal() : b.build();
        if (j.total() != null && !j.total().equals(invoice.total())) {
            throw new InvalidValueException("total", j.total(),
                    "does not equal the sum of the lines, " + invoice.total());
        }
        return invoice;
    }

    private static void require(String field, Object value) {
        if (value == null) {
            throw new InvalidValueException(field, null, "is required");
        }
    }
}

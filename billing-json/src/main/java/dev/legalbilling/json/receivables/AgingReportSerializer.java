package dev.legalbilling.json.receivables;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.legalbilling.money.Money;
import dev.legalbilling.party.ClientId;
import dev.legalbilling.party.MatterId;
import dev.legalbilling.receivables.aging.AgingBucket;
import dev.legalbilling.receivables.aging.AgingLine;
import dev.legalbilling.receivables.aging.AgingReport;
import dev.legalbilling.receivables.aging.BucketTotals;
import java.io.IOException;
import java.util.Map;

/**
 * Writes an {@link AgingReport} in the shape documented in the package description: currency, lines, totals by
 * client, by matter and for the firm, unapplied credit. Amounts are decimal strings in the report's currency.
 * Stateless and thread-safe. Not API.
 */
final class AgingReportSerializer extends StdSerializer<AgingReport> {
    private static final long serialVersionUID = 1L;

    AgingReportSerializer() {
        super(AgingReport.class);
    }

    @Override
    public void serialize(AgingReport r, JsonGenerator g, SerializerProvider provider) throws IOException {
        g.writeStartObject();
        g.writeStringField("asOf", r.asOf().toString());
        g.writeStringField("currency", r.currency().getCurrencyCode());
        g.writeArrayFieldStart("lines");
        for (AgingLine l : r.lines()) {
            g.writeStartObject();
            g.writeStringField("client", l.client().value());
            g.writeStringField("matter", l.matter().value());
            g.writeStringField("invoice", l.invoice().value());
            g.writeStringField("invoiceDate", l.invoiceDate().toString());
            g.writeStringField("dueDate", l.dueDate().toString());
            g.writeNumberField("daysPastDue", l.daysPastDue());
            g.writeStringField("status", l.status().name());
            g.writeStringField("bucket", l.bucket().name());
            amount(g, "balance", l.balance());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("byClient");
        for (Map.Entry<ClientId, BucketTotals> e : r.byClient().entrySet()) {
            totals(g, "client", e.getKey().value(), e.getValue());
        }
        g.writeEndArray();
        g.writeArrayFieldStart("byMatter");
        for (Map.Entry<MatterId, BucketTotals> e : r.byMatter().entrySet()) {
            totals(g, "matter", e.getKey().value(), e.getValue());
        }
        g.writeEndArray();
        g.writeFieldName("firm");
        totals(g, null, null, r.firm());
        g.writeArrayFieldStart("unappliedCredits");
        for (Map.Entry<ClientId, Money> e : r.unappliedCredits().entrySet()) {
            g.writeStartObject();
            g.writeStringField("client", e.getKey().value());
            amount(g, "amount", e.getValue());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void totals(JsonGenerator g, String key, String id, BucketTotals t) throws IOException {
        g.writeStartObject();
        if (key != null) {
            g.writeStringField(key, id);
        }
        g.writeNumberField("invoices", t.invoices());
        g.writeObjectFieldStart("buckets");
        for (AgingBucket b : AgingBucket.values()) {
            amount(g, b.name(), t.amount(b));
        }
        g.writeEndObject();
        amount(g, "total", t.total());
        g.writeEndObject();
    }

    static void amount(JsonGenerator g, String field, Money m) throws IOException {
        g.writeStringField(field, m.amount().toPlainString());
    }
}

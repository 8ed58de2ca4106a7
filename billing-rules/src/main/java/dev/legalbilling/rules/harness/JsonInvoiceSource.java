package dev.legalbilling.rules.harness;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.legalbilling.BillingException;
import dev.legalbilling.invoice.Invoice;
import dev.legalbilling.invoice.InvoiceLine;
import dev.legalbilling.invoice.InvoiceNumber;
import dev.legalbilling.invoice.LineType;
import dev.legalbilling.money.Money;
import dev.legalbilling.money.UnitPrice;
import dev.legalbilling.party.ClientId;
import dev.legalbilling.party.MatterId;
import dev.legalbilling.party.Timekeeper;
import dev.legalbilling.party.TimekeeperClassification;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the harness's minimal invoice format, as JSON ({@code .json}) or YAML ({@code .yaml}, {@code .yml}):
 *
 * <pre>{@code
 * {
 *   "invoiceNumber": "INV-1", "clientId": "ACME", "matterId": "M-100",
 *   "invoiceDate": "2026-03-31", "periodStart": "2026-03-01", "periodEnd": "2026-03-31", "currency": "USD",
 *   "timekeepers": [ { "id": "TK1", "lastName": "Marsh", "firstName": "Ada", "classification": "PARTNR",
 *                      "rate": "450" } ],
 *   "lines": [
 *     { "lineNumber": "1", "type": "F", "date": "2026-03-02", "timekeeper": "TK1", "units": "6.5",
 *       "rate": "450", "taskCode": "L110", "activityCode": "A101", "narrative": "Review documents" },
 *     { "lineNumber": "2", "type": "E", "date": "2026-03-02", "units": "100", "rate": "0.10",
 *       "expenseCode": "E101", "narrative": "Copies" }
 *   ]
 * }
 * }</pre>
 *
 * <p>Optional: {@code clientMatterId}, {@code description}, per line {@code adjustment} (default 0), {@code total}
 * (default {@code units × rate + adjustment} rounded half up), {@code nonWorkingTravel}. A line's rate defaults to
 * its timekeeper's. Amounts and units are strings or numbers, read exactly. Each line's source line is the line of
 * its opening brace (JSON) or first key (YAML). Stateless; thread-safe.
 */
public final class JsonInvoiceSource implements InvoiceSource {
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    @Override
    public Invoice read(Path file) {
        String name = file.getFileName().toString();
        ObjectMapper mapper = name.endsWith(".yaml") || name.endsWith(".yml") ? YAML : JSON;
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read invoice " + file, e);
        }
        return parse(text, mapper, file.toString());
    }

    /**
     * @param json invoice JSON text
     * @param origin name for messages
     * @return the invoice
     * @throws HarnessException naming the origin, line and field when the text is not a valid invoice
     */
    public Invoice parseJson(String json, String origin) {
        return parse(json, JSON, origin);
    }

    private Invoice parse(String text, ObjectMapper mapper, String origin) {
        ObjectNode header = mapper.createObjectNode();
        List<JsonNode> lineNodes = new ArrayList<>();
        List<Integer> lineNumbers = new ArrayList<>();
        JsonFactory factory = mapper.getFactory();
        try (JsonParser p = factory.createParser(text)) {
            p.setCodec(mapper);
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new HarnessException(origin + ": an invoice must be an object with a header and lines");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                if (field.equals("lines") && value == JsonToken.START_ARRAY) {
                    while (p.nextToken() == JsonToken.START_OBJECT) {
                        lineNumbers.add(p.currentTokenLocation().getLineNr());
                        lineNodes.add(p.readValueAsTree());
                    }
                } else {
                    header.set(field, p.readValueAsTree());
                }
            }
        } catch (IOException e) {
            throw new HarnessException(origin + ": not valid " + (mapper == YAML ? "YAML" : "JSON") + ": "
                    + e.getMessage().lines().findFirst().orElse(""), e);
        }
        try {
            return build(header, lineNodes, lineNumbers, origin);
        } catch (HarnessException e) {
            throw e;
        } catch (BillingException | DateTimeParseException | NumberFormatException e) {
            throw new HarnessException(origin + ": " + e.getMessage(), e);
        }
    }

    private static Invoice build(ObjectNode h, List<JsonNode> lines, List<Integer> sourceLines, String origin) {
        String currency = optText(h, "currency", "USD");
        Map<String, Timekeeper> timekeepers = new HashMap<>();
        JsonNode tks = h.get("timekeepers");
        if (tks != null) {
            for (JsonNode t : tks) {
                String id = text(t, "id", origin + " timekeepers");
                String rate = optText(t, "rate", null);
                timekeepers.put(id, Timekeeper.of(id, optText(t, "lastName", id), optText(t, "firstName", ""),
                        TimekeeperClassification.fromCode(optText(t, "classification", "NBOTHR")),
                        rate == null ? null : UnitPrice.of(rate, currency)));
            }
        }
        Invoice.Builder b = Invoice.builder(InvoiceNumber.of(text(h, "invoiceNumber", origin)),
                        ClientId.of(text(h, "clientId", origin)), MatterId.of(text(h, "matterId", origin)))
                .clientMatterId(optText(h, "clientMatterId", null))
                .invoiceDate(LocalDate.parse(text(h, "invoiceDate", origin)))
                .period(LocalDate.parse(text(h, "periodStart", origin)), LocalDate.parse(text(h, "periodEnd", origin)))
                .description(optText(h, "description", ""))
                .currency(Money.currency(currency));
        for (int i = 0; i < lines.size(); i++) {
            JsonNode l = lines.get(i);
            String where = origin + ":" + sourceLines.get(i);
            try {
                b.line(line(l, timekeepers, currency, sourceLines.get(i), where));
            } catch (BillingException | DateTimeParseException | NumberFormatException e) {
                throw new HarnessException(where + ": " + e.getMessage(), e);
            }
        }
        return b.build();
    }

    private static InvoiceLine line(JsonNode l, Map<String, Timekeeper> timekeepers, String currency, int sourceLine,
            String where) {
        LineType type = LineType.fromLedesCode(optText(l, "type", "F"));
        InvoiceLine.Builder b = InvoiceLine.builder(text(l, "lineNumber", where), type,
                LocalDate.parse(text(l, "date", where)));
        Timekeeper tk = null;
        String tkId = optText(l, "timekeeper", null);
        if (tkId != null) {
            tk = timekeepers.get(tkId);
            if (tk == null) {
                throw new HarnessException(where + ": timekeeper " + tkId + " is not in the invoice's timekeepers");
            }
            b.timekeeper(tk);
        }
        b.units(new BigDecimal(optText(l, "units", "0")));
        String rate = optText(l, "rate", null);
        if (rate != null) {
            b.unitCost(UnitPrice.of(rate, currency));
        } else if (tk != null && tk.standardRate() != null) {
            b.unitCost(tk.standardRate());
        }
        b.adjustment(Money.of(optText(l, "adjustment", "0"), currency));
        b.codes(optText(l, "taskCode", null), optText(l, "activityCode", null));
        b.expenseCode(optText(l, "expenseCode", null));
        b.narrative(optText(l, "narrative", ""));
        b.nonWorkingTravel(l.path("nonWorkingTravel").asBoolean(false));
        b.sourceLine(sourceLine);
        String total = optText(l, "total", null);
        if (total != null) {
            return b.total(Money.of(total, currency)).build();
        }
        return b.price(RoundingMode.HALF_UP);
    }

    private static String text(JsonNode n, String field, String where) {
        String v = optText(n, field, null);
        if (v == null || v.isBlank()) {
            throw new HarnessException(where + ": field '" + field + "' is required");
        }
        return v;
    }

    private static String optText(JsonNode n, String field, String fallback) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            return fallback;
        }
        return v.isNumber() ? v.decimalValue().toPlainString() : v.asText();
    }
}

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
import com.fasterxml.jackson.core.JsonLocation;
import dev.legalbilling.BillingException;
import dev.legalbilling.InvalidValueException;
import dev.legalbilling.invoice.Invoice;
import dev.legalbilling.invoice.InvoiceLine;
import dev.legalbilling.invoice.InvoiceNumber;
import dev.legalbilling.invoice.InvoiceStatus;
import dev.legalbilling.invoice.LineType;
import dev.legalbilling.money.UnitPrice;
import dev.legalbilling.party.Timekeeper;
import dev.legalbilling.party.TimekeeperClassification;
import dev.legalbilling.money.Money;
import dev.legalbilling.party.ClientId;
import dev.legalbilling.party.MatterId;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Maps {@link Invoice} (a builder-made class) to a plain record Jackson writes, and reads it back from
 * {@link InvoiceInput}: what is written reads back equal, and a hand-written file may leave out what can be derived
 * (a line's unit cost, total and source line) and refer to a timekeeper roster by id. Not API.
 */
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

    /** @return deserializer reading the JSON shape, with the roster and defaults of {@link InvoiceInput} */
    public static JsonDeserializer<Invoice> deserializer() {
        return new StdDeserializer<Invoice>(Invoice.class) {
            private static final long serialVersionUID = 1L;

            @Override
            public Invoice deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                InvoiceInput j = ctxt.readValue(p, InvoiceInput.class);
                try {
                    return toInvoice(p, j);
                } catch (JsonMappingException e) {
                    throw e;
                } catch (RuntimeException e) {
                    throw JsonMappingException.from(p, e.getMessage(), e);
                }
            }
        };
    }

    private static Invoice toInvoice(JsonParser p, InvoiceInput j) throws JsonMappingException {
        require("number", j.number());
        require("client", j.client());
        require("matter", j.matter());
        require("currency", j.currency());
        Map<String, Timekeeper> roster = roster(p, j);
        Invoice.Builder b = Invoice.builder(j.number(), j.client(), j.matter())
                .clientMatterId(j.clientMatterId())
                .lawFirmId(j.lawFirmId())
                .invoiceDate(j.invoiceDate())
                .period(j.periodStart(), j.periodEnd())
                .description(j.description())
                .currency(j.currency());
        if (j.lines() != null) {
            for (int i = 0; i < j.lines().size(); i++) {
                InvoiceInput.PlacedLine placed = j.lines().get(i);
                if (placed == null) {
                    throw at(p, null, "must be a line, not null", "lines", i);
                }
                b.line(line(p, placed, i, roster, j.currency()));
            }
        }
        Invoice invoice = j.status() == InvoiceStatus.FINAL ? b.buildFinal() : b.build();
        if (j.total() != null && !j.total().equals(invoice.total())) {
            throw new InvalidValueException("total", j.total(),
                    "does not equal the sum of the lines, " + invoice.total());
        }
        return invoice;
    }

    private static Map<String, Timekeeper> roster(JsonParser p, InvoiceInput j) throws JsonMappingException {
        Map<String, Timekeeper> roster = new LinkedHashMap<>();
        if (j.timekeepers() == null) {
            return roster;
        }
        for (int i = 0; i < j.timekeepers().size(); i++) {
            InvoiceInput.TimekeeperInput t = j.timekeepers().get(i);
            Timekeeper tk;
            try {
                tk = timekeeper(t, j.currency());
            } catch (BillingException e) {
                throw at(p, null, e.getMessage(), "timekeepers", i);
            }
            if (roster.putIfAbsent(tk.id().value(), tk) != null) {
                throw at(p, null, "timekeeper " + tk.id() + " is listed twice", "timekeepers", i, "id");
            }
        }
        return roster;
    }

    private static Timekeeper timekeeper(InvoiceInput.TimekeeperInput t, Currency currency) {
        if (t == null) {
            throw new InvalidValueException("timekeeper", null, "must be a timekeeper");
        }
        require("id", t.id());
        require("classification", t.classification());
        return new Timekeeper(t.id(), t.lastName(), t.firstName(),
                TimekeeperClassification.fromCode(t.classification().strip()),
                t.standardRate() == null ? null : unitPrice(t.standardRate(), currency), year(t.barAdmissionYear()));
    }

    private static Integer year(Number year) {
        if (year == null) {
            return null;
        }
        try {
            return new BigDecimal(year.toString()).intValueExact();
        } catch (ArithmeticException | NumberFormatException e) {
            throw new InvalidValueException("barAdmissionYear", year.toString(), "must be a whole year");
        }
    }

    private static InvoiceLine line(JsonParser p, InvoiceInput.PlacedLine placed, int index,
            Map<String, Timekeeper> roster, Currency currency) throws JsonMappingException {
        InvoiceInput.LineInput l = placed.line();
        JsonLocation where = placed.location();
        if (l.type() == null) {
            throw at(p, where, "is required: FEE, EXPENSE, FEE_ADJUSTMENT or EXPENSE_ADJUSTMENT (or the LEDES code"
                    + " F, E, IF, IE)", "lines", index, "type");
        }
        LineType type = lineType(l.type());
        if (type == null) {
            throw at(p, where, "'" + l.type() + "' is not one of FEE, EXPENSE, FEE_ADJUSTMENT, EXPENSE_ADJUSTMENT"
                    + " (or the LEDES code F, E, IF, IE)", "lines", index, "type");
        }
        Timekeeper tk = null;
        if (l.timekeeper() != null && l.timekeeper().id() != null) {
            tk = roster.get(l.timekeeper().id());
            if (tk == null) {
                throw at(p, where, "'" + l.timekeeper().id() + "' is not in the invoice's timekeepers"
                        + (roster.isEmpty() ? " (it lists none)" : " (" + String.join(", ", roster.keySet()) + ")"),
                        "lines", index, "timekeeper");
            }
        }
        try {
            if (l.timekeeper() != null && l.timekeeper().inline() != null) {
                tk = timekeeper(l.timekeeper().inline(), currency);
            }
            InvoiceLine.Builder b = InvoiceLine.builder(l.lineNumber(), type, l.date())
                    .timekeeper(tk)
                    .units(l.units() == null ? BigDecimal.ZERO : l.units())
                    .codes(l.taskCode(), l.activityCode())
                    .expenseCode(l.expenseCode())
                    .narrative(l.narrative())
                    .nonWorkingTravel(Boolean.TRUE.equals(l.nonWorkingTravel()))
                    .receipt(l.receipt())
                    .actualTime(l.actualTime())
                    .rateBasis(l.rateBasis())
                    .sourceLine(l.sourceLine() != null ? l.sourceLine() : Math.max(where.getLineNr(), 0));
            UnitPrice unitCost = l.unitCost() != null ? unitPrice(l.unitCost(), currency)
                    : type == LineType.FEE && tk != null ? tk.standardRate() : null;
            if (unitCost == null && !type.isInvoiceAdjustment()) {
                throw at(p, where, "is required on " + type.name() + " lines" + (type == LineType.FEE
                        ? " whose timekeeper has no standardRate" : ""), "lines", index, "unitCost");
            }
            b.unitCost(unitCost);
            if (l.adjustment() != null) {
                b.adjustment(money(l.adjustment(), currency));
            }
            if (l.total() != null) {
                return b.total(money(l.total(), currency)).build();
            }
            return b.price(RoundingMode.HALF_UP);
        } catch (BillingException e) {
            throw at(p, where, e.getMessage(), "lines", index);
        }
    }

    /** The enum name in any case, or the LEDES code; null when neither. */
    private static LineType lineType(String written) {
        String s = written.strip().toUpperCase(Locale.ROOT);
        for (LineType t : LineType.values()) {
            if (t.name().equals(s) || t.ledesCode().equals(s)) {
                return t;
            }
        }
        return null;
    }

    private static UnitPrice unitPrice(InvoiceInput.AmountInput a, Currency currency) {
        return UnitPrice.of(a.amount(), a.currency() == null ? currency : Money.currency(a.currency()));
    }

    private static Money money(InvoiceInput.AmountInput a, Currency currency) {
        return Money.of(a.amount(), a.currency() == null ? currency : Money.currency(a.currency()));
    }

    /**
     * An error at a key of the document: {@code path} is field names and list indexes from the invoice down, and
     * the location where the line starts (the parser's position when null).
     */
    private static JsonMappingException at(JsonParser p, JsonLocation where, String problem, Object... path) {
        // the problem is the cause's message already; Jackson's constructors with a location take no cause
        JsonMappingException e = new JsonMappingException(p, problem, where == null ? p.currentLocation() : where);
        for (int i = path.length - 1; i >= 0; i--) {
            e.prependPath(path[i] instanceof Integer index ? new JsonMappingException.Reference(null, index)
                    : new JsonMappingException.Reference(null, (String) path[i]));
        }
        return e;
    }

    private static void require(String field, Object value) {
        if (value == null) {
            throw new InvalidValueException(field, null, "is required");
        }
    }
}

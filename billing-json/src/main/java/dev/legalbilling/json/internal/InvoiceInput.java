package dev.legalbilling.json.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import dev.legalbilling.invoice.InvoiceNumber;
import dev.legalbilling.invoice.InvoiceStatus;
import dev.legalbilling.money.Money;
import dev.legalbilling.party.ClientId;
import dev.legalbilling.party.MatterId;
import dev.legalbilling.party.TimekeeperId;
import dev.legalbilling.work.Receipt;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Iterator;
import java.util.List;

/**
 * An invoice as a JSON or YAML file may write it, before its lines are built: a header, an optional timekeeper
 * roster the lines refer to by id, and lines whose unit cost, total and source line may be left out
 * ({@code docs/invoice-files.md}, "Invoice JSON"). {@link InvoiceConverters} turns it into an invoice. Not API.
 *
 * @param number invoice number
 * @param client client id
 * @param matter firm matter id
 * @param clientMatterId client's matter id or null
 * @param lawFirmId firm id or null
 * @param invoiceDate invoice date
 * @param periodStart billing start
 * @param periodEnd billing end
 * @param description description or null
 * @param currency currency of every amount that names none
 * @param status draft or final (draft when absent)
 * @param timekeepers the roster lines refer to by id, or null
 * @param lines the lines with where each starts, or null
 * @param total the stated total, checked against the lines, or null
 */
public record InvoiceInput(InvoiceNumber number, ClientId client, MatterId matter, String clientMatterId,
        String lawFirmId, LocalDate invoiceDate, LocalDate periodStart, LocalDate periodEnd, String description,
        Currency currency, InvoiceStatus status, List<TimekeeperInput> timekeepers, List<PlacedLine> lines,
        Money total) {

    /**
     * A timekeeper as written in the roster or inline on a line.
     *
     * @param id the timekeeper id as on the lines
     * @param lastName family name
     * @param firstName given name or null
     * @param classification LEDES classification code ({@code PARTNR}, legacy {@code PT} too)
     * @param standardRate hourly rate, the line's rate when the line gives none; or null
     * @param barAdmissionYear year of first bar admission, or null; read as a number and checked to be whole (so
     *     that {@code 2025.5} is refused, not cut to 2025)
     */
    public record TimekeeperInput(TimekeeperId id, String lastName, String firstName, String classification,
            AmountInput standardRate, Number barAdmissionYear) {
    }

    /**
     * One line as written.
     *
     * @param lineNumber LEDES line item number
     * @param type {@code FEE}, {@code EXPENSE}, {@code FEE_ADJUSTMENT}, {@code EXPENSE_ADJUSTMENT} or the LEDES code
     *     ({@code F}, {@code E}, {@code IF}, {@code IE})
     * @param date the day of the work
     * @param timekeeper a roster id or a whole timekeeper, or null
     * @param units hours or items, or null (0)
     * @param unitCost rate or price a unit, or null (the timekeeper's standard rate)
     * @param adjustment line adjustment, or null (0)
     * @param total stated total, or null (computed, rounded half up)
     * @param taskCode UTBMS task code or null
     * @param activityCode UTBMS activity code or null
     * @param expenseCode UTBMS expense code or null
     * @param narrative description or null
     * @param nonWorkingTravel non-working travel flag, or null (false)
     * @param receipt receipt status, or null (UNKNOWN)
     * @param actualTime time actually spent, or null
     * @param rateBasis why the rate applied, or null
     * @param sourceLine the line in the file the invoice line came from, or null (where it starts in this file)
     */
    public record LineInput(String lineNumber, String type, LocalDate date, TimekeeperRef timekeeper,
            BigDecimal units, AmountInput unitCost, AmountInput adjustment, AmountInput total, String taskCode,
            String activityCode, String expenseCode, String narrative, Boolean nonWorkingTravel, Receipt receipt,
            Duration actualTime, String rateBasis, Integer sourceLine) {
    }

    /**
     * A line and where it starts: the line of its opening brace (JSON) or first key (YAML).
     *
     * @param line the line as written
     * @param location where it starts
     */
    @JsonDeserialize(using = PlacedLine.Reader.class)
    public record PlacedLine(LineInput line, JsonLocation location) {
        /** Reads a line and keeps where it starts. */
        static final class Reader extends JsonDeserializer<PlacedLine> {
            @Override
            public PlacedLine deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                JsonLocation at = p.currentTokenLocation();
                return new PlacedLine(ctxt.readValue(p, LineInput.class), at);
            }
        }
    }

    /**
     * A line's timekeeper: the id of a roster entry, or a whole timekeeper.
     *
     * @param id the roster id, or null
     * @param inline the timekeeper written on the line, or null
     */
    @JsonDeserialize(using = TimekeeperRef.Reader.class)
    public record TimekeeperRef(String id, TimekeeperInput inline) {
        /** Reads a string as a roster id and an object as a whole timekeeper. */
        static final class Reader extends JsonDeserializer<TimekeeperRef> {
            @Override
            public TimekeeperRef deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                if (p.currentToken() == JsonToken.VALUE_STRING) {
                    return new TimekeeperRef(p.getText().strip(), null);
                }
                if (p.currentToken() != JsonToken.START_OBJECT) {
                    throw JsonMappingException.from(p, "must be a timekeeper id from the invoice's timekeepers or"
                            + " a timekeeper {id, lastName, classification, ...}");
                }
                return new TimekeeperRef(null, ctxt.readValue(p, TimekeeperInput.class));
            }
        }
    }

    /**
     * An amount as written: a decimal string or number in the invoice's currency ({@code "450.00"}), a currency and
     * a decimal ({@code "USD 450.00"}), or {@code {amount, currency}}.
     *
     * @param amount the decimal, exactly as written
     * @param currency the currency code written with it, or null for the invoice's
     */
    @JsonDeserialize(using = AmountInput.Reader.class)
    public record AmountInput(BigDecimal amount, String currency) {
        /** Reads the three forms. */
        static final class Reader extends JsonDeserializer<AmountInput> {
            @Override
            public AmountInput deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                JsonToken t = p.currentToken();
                if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
                    return new AmountInput(p.getDecimalValue(), null);
                }
                if (t == JsonToken.VALUE_STRING) {
                    String text = p.getText().strip();
                    int space = text.indexOf(' ');
                    if (space == 3 && Character.isLetter(text.charAt(0))) {
                        return new AmountInput(decimal(p, text.substring(4).strip(), text), text.substring(0, 3));
                    }
                    return new AmountInput(decimal(p, text, text), null);
                }
                if (t != JsonToken.START_OBJECT) {
                    throw JsonMappingException.from(p, "must be an amount such as \"450.00\"");
                }
                JsonNode node = p.readValueAsTree();
                for (Iterator<String> it = node.fieldNames(); it.hasNext();) {
                    String name = it.next();
                    if (!name.equals("amount") && !name.equals("currency")) {
                        throw UnrecognizedPropertyException.from(p, AmountInput.class, name,
                                List.of("amount", "currency"));
                    }
                }
                JsonNode amount = node.get("amount");
                JsonNode currency = node.get("currency");
                if (amount == null || amount.isNull()) {
                    throw JsonMappingException.from(p, "an amount written as a mapping needs 'amount'");
                }
                String text = amount.isNumber() ? amount.decimalValue().toPlainString() : amount.asText().strip();
                return new AmountInput(decimal(p, text, text),
                        currency == null || currency.isNull() ? null : currency.asText().strip());
            }

            private static BigDecimal decimal(JsonParser p, String text, String written) throws IOException {
                try {
                    return new BigDecimal(text);
                } catch (NumberFormatException e) {
                    throw JsonMappingException.from(p, "'" + written + "' is not an amount (write a decimal such"
                            + " as \"450.00\")");
                }
            }
        }
    }
}

package dev.legalbilling.json.matter.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.legalbilling.BillingException;
import dev.legalbilling.InvalidValueException;
import dev.legalbilling.fee.CustomRates;
import dev.legalbilling.fee.FeeArrangement;
import dev.legalbilling.fee.FlatFee;
import dev.legalbilling.fee.HourlyFee;
import dev.legalbilling.fee.HybridFee;
import dev.legalbilling.json.JsonInputException;
import dev.legalbilling.json.matter.MatterFile;
import dev.legalbilling.ledes.LedesInvoiceHeader.Party;
import dev.legalbilling.matter.Matter;
import dev.legalbilling.party.Timekeeper;
import dev.legalbilling.party.TimekeeperId;
import dev.legalbilling.rate.Rate;
import dev.legalbilling.rate.RateCard;
import dev.legalbilling.receivables.PaymentTerms;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads and writes {@link MatterFile}s. Stateless and thread-safe. Not API. */
public final class MatterFileCodec {
    private MatterFileCodec() {
    }

    /**
     * @param source the file's name, which gives its syntax
     * @param bytes its content
     * @return the matter file
     * @throws JsonInputException naming file, line and key, when anything is missing or invalid
     */
    public static MatterFile read(String source, byte[] bytes) {
        ObjectMapper mapper = Mappers.of(Syntax.of(source, false));
        Origins origins = new Origins();
        MatterFileJson read = Errors.read(source, bytes, () -> mapper.readerFor(MatterFileJson.class)
                .withAttribute(DocumentCurrency.CURRENCY, currencyOf(mapper, bytes))
                .withAttribute(Origins.ATTRIBUTE, origins)
                .readValue(bytes));
        required(source, "client", read.client());
        required(source, "matter", read.matter());
        required(source, "arrangement", read.arrangement());
        if (read.lawFirmId() == null || read.lawFirmId().isBlank()) {
            throw new JsonInputException(source, "lawFirmId", 0, 0,
                    "is required: the firm's id, its tax id in the US (LEDES LAW_FIRM_ID)");
        }
        List<Timekeeper> timekeepers = read.timekeepers() == null ? List.of() : read.timekeepers();
        Map<TimekeeperId, Integer> seen = new HashMap<>();
        for (int i = 0; i < timekeepers.size(); i++) {
            Timekeeper tk = timekeepers.get(i);
            if (tk == null) {
                throw new JsonInputException(source, "timekeepers[" + i + "]", 0, 0, "must not be null");
            }
            Integer first = seen.putIfAbsent(tk.id(), i);
            if (first != null) {
                throw located(source, origins, tk, "timekeepers[" + i + "].id", "'" + tk.id()
                        + "' is listed twice (also timekeepers[" + first + "])");
            }
        }
        FeeArrangement arrangement = read.arrangement();
        RateCard card = rateCardOf(arrangement);
        if (card != null) {
            List<Rate> rates = card.rates();
            for (int i = 0; i < rates.size(); i++) {
                Rate rate = rates.get(i);
                if (rate.timekeeper() != null && !seen.containsKey(rate.timekeeper())) {
                    throw located(source, origins, rate, "arrangement.rateCard[" + i + "].timekeeper",
                            "'" + rate.timekeeper() + "' is not one of the timekeepers the file lists");
                }
            }
        }
        if (arrangement instanceof FlatFee flat) {
            for (int i = 0; i < flat.charges().size(); i++) {
                FlatFee.Charge charge = flat.charges().get(i);
                String code = charge.taskCode();
                if (code != null && read.matter().codeSet().codes().stream().noneMatch(c -> c.code().equals(code))) {
                    throw located(source, origins, charge, "arrangement.charges[" + i + "].taskCode", "'" + code
                            + "' is not a phase or task of the " + read.matter().codeSet()
                            + " code set the matter is coded in");
                }
            }
        }
        Matter matter = read.matter().toMatter(read.client().client(), arrangement);
        PaymentTerms terms;
        try {
            terms = read.paymentTermsDays() == null ? PaymentTerms.standard()
                    : PaymentTerms.net(read.paymentTermsDays());
        } catch (InvalidValueException e) {
            throw located(source, origins, read, "paymentTermsDays", e.getMessage());
        }
        return new MatterFile(matter, timekeepers, read.lawFirmId(),
                read.lawFirm() == null ? Party.NONE : read.lawFirm(), read.client().billTo(), terms);
    }

    /**
     * @param file a matter file
     * @param fileName the name of the file to write, which gives the syntax
     * @return the file's text
     * @throws JsonInputException when the name has no known extension
     * @throws dev.legalbilling.money.CurrencyMismatchException when an amount is not in the matter's currency
     */
    public static String write(MatterFile file, String fileName) {
        ObjectMapper mapper = Mappers.of(Syntax.of(fileName, false));
        Matter matter = file.matter();
        MatterFileJson shape = new MatterFileJson(new ClientJson.Section(matter.client(), file.client()),
                MatterJson.sectionOf(matter), file.lawFirmId(),
                file.lawFirm().equals(Party.NONE) ? null : file.lawFirm(), file.timekeepers(),
                matter.arrangement(), file.paymentTerms().equals(PaymentTerms.standard()) ? null
                        : file.paymentTerms().days());
        try {
            String text = mapper.writer().withAttribute(DocumentCurrency.CURRENCY, matter.currency())
                    .writeValueAsString(shape);
            return text.endsWith("\n") ? text : text + "\n";
        } catch (JsonProcessingException e) {
            throw unwrap(e);
        }
    }

    /**
     * Writes a matter alone (client, matter section and fee arrangement, no firm and no timekeepers) as JSON: what
     * {@link #readMatter} reads back equal.
     *
     * @param matter the matter
     * @return the JSON text
     * @throws dev.legalbilling.money.CurrencyMismatchException when an amount is not in the matter's currency
     */
    public static String writeMatter(Matter matter) {
        ObjectMapper mapper = Mappers.of(Syntax.JSON);
        MatterFileJson shape = new MatterFileJson(new ClientJson.Section(matter.client(), Party.NONE),
                MatterJson.sectionOf(matter), null, null, null, matter.arrangement(), null);
        try {
            return mapper.writer().withAttribute(DocumentCurrency.CURRENCY, matter.currency()).writeValueAsString(shape);
        } catch (JsonProcessingException e) {
            throw unwrap(e);
        }
    }

    /**
     * Reads what {@link #writeMatter} wrote.
     *
     * @param source a name for the text in error messages
     * @param json the text
     * @return the matter
     * @throws JsonInputException naming the key, when anything is missing or invalid
     */
    public static Matter readMatter(String source, String json) {
        byte[] bytes = json.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        ObjectMapper mapper = Mappers.of(Syntax.JSON);
        MatterFileJson read = Errors.read(source, bytes, () -> mapper.readerFor(MatterFileJson.class)
                .withAttribute(DocumentCurrency.CURRENCY, currencyOf(mapper, bytes))
                .withAttribute(Origins.ATTRIBUTE, new Origins())
                .readValue(bytes));
        required(source, "client", read.client());
        required(source, "matter", read.matter());
        required(source, "arrangement", read.arrangement());
        return read.matter().toMatter(read.client().client(), read.arrangement());
    }

    /** Rethrows the domain failure behind a writing failure (a currency mismatch), or wraps the Jackson one. */
    static RuntimeException unwrap(JsonProcessingException e) {
        for (Throwable c = e.getCause(); c != null; c = c.getCause()) {
            if (c instanceof BillingException b) {
                return b;
            }
        }
        return new UncheckedIOException(e);
    }

    private static RateCard rateCardOf(FeeArrangement arrangement) {
        if (arrangement instanceof HourlyFee h) {
            return h.rates();
        }
        if (arrangement instanceof CustomRates c) {
            return c.hourly().rates();
        }
        if (arrangement instanceof HybridFee h) {
            return h.hourly().hourly().rates();
        }
        return null;
    }

    /** The currency the file names, so amounts read before the matter section are in it; USD when it names none. */
    private static Currency currencyOf(ObjectMapper mapper, byte[] bytes) {
        try {
            JsonNode code = mapper.readTree(bytes).path("matter").path("currency");
            if (code.isTextual()) {
                return Currency.getInstance(code.asText());
            }
        } catch (IOException | IllegalArgumentException | NullPointerException unreadable) {
            // the full read reports the problem where it is
        }
        return MatterJson.DEFAULT_CURRENCY;
    }

    private static void required(String source, String key, Object value) {
        if (value == null) {
            throw new JsonInputException(source, key, 0, 0, "is required");
        }
    }

    private static JsonInputException located(String source, Origins origins, Object value, String path,
            String problem) {
        return new JsonInputException(source, path, origins.line(value), origins.column(value), problem);
    }
}

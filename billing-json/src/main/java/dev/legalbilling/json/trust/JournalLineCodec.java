package dev.legalbilling.json.trust;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.legalbilling.invoice.InvoiceNumber;
import dev.legalbilling.money.Money;
import dev.legalbilling.party.ClientId;
import dev.legalbilling.party.Jurisdiction;
import dev.legalbilling.party.MatterId;
import dev.legalbilling.party.TimekeeperId;
import dev.legalbilling.trust.DepositPurpose;
import dev.legalbilling.trust.JournalHash;
import dev.legalbilling.trust.LedgerId;
import dev.legalbilling.trust.LedgerKind;
import dev.legalbilling.trust.PayeeKind;
import dev.legalbilling.trust.Posting;
import dev.legalbilling.trust.TransactionType;
import dev.legalbilling.trust.TrustAccount;
import dev.legalbilling.trust.TrustAccountId;
import dev.legalbilling.trust.TrustAccountKind;
import dev.legalbilling.trust.TrustEntry;
import dev.legalbilling.trust.TrustEntryId;
import dev.legalbilling.trust.TrustTransaction;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Currency;
import java.util.Iterator;
import java.util.Set;

/**
 * Reads and writes the JSON Lines form of a trust journal: one compact JSON object per line, keys in a fixed order,
 * absent optional fields omitted, amounts as decimal strings. Writing is deterministic, so a reader can demand that
 * every line is byte for byte what this codec writes. Not part of the API; thread-safe.
 */
final class JournalLineCodec {
    static final String FORMAT = "legalbilling-trust-journal";
    static final int VERSION = 1;

    private static final JsonFactory FACTORY = JsonFactory.builder().build();
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private static final Set<String> HEADER_FIELDS = Set.of("format", "version", "account", "kind", "bank",
            "currency", "jurisdiction", "genesis");
    private static final Set<String> ENTRY_FIELDS = Set.of("seq", "account", "recordedAt", "date", "type",
            "currency", "postings", "purpose", "payeeKind", "payee", "invoice", "reference", "reverses", "resolves",
            "divertedToOperating", "earnedUndisputedAtPosting", "authorisedBy", "memo", "previous", "hash");
    private static final Set<String> POSTING_FIELDS = Set.of("ledger", "client", "matter", "amount");

    /** A line's JSON does not have the expected shape; the message names the field. */
    static final class ShapeException extends Exception {
        private static final long serialVersionUID = 1L;

        ShapeException(String message) {
            super(message);
        }
    }

    /** A parsed entry line: the entry (hash recomputed) and the hash the line claims. */
    record ParsedEntry(TrustEntry entry, String storedHash) {
    }

    /** A parsed header line: the account and the genesis hash the line claims. */
    record ParsedHeader(TrustAccount account, String storedGenesis) {
    }

    private JournalLineCodec() {
    }

    static String headerLine(TrustAccount account, JournalHash genesis) {
        return write(g -> {
            g.writeStartObject();
            g.writeStringField("format", FORMAT);
            g.writeNumberField("version", VERSION);
            g.writeStringField("account", account.id().value());
            g.writeStringField("kind", account.kind().name());
            g.writeStringField("bank", account.bankName());
            g.writeStringField("currency", account.currency().getCurrencyCode());
            g.writeStringField("jurisdiction", account.jurisdiction().code());
            g.writeStringField("genesis", genesis.hex());
            g.writeEndObject();
        });
    }

    static String entryLine(TrustEntry entry) {
        TrustTransaction tx = entry.transaction();
        return write(g -> {
            g.writeStartObject();
            g.writeNumberField("seq", entry.sequence());
            g.writeStringField("account", entry.id().account().value());
            g.writeStringField("recordedAt", entry.recordedAt().toString());
            g.writeStringField("date", tx.date().toString());
            g.writeStringField("type", tx.type().name());
            g.writeStringField("currency", tx.currency().getCurrencyCode());
            g.writeArrayFieldStart("postings");
            for (Posting p : tx.postings()) {
                g.writeStartObject();
                g.writeStringField("ledger", p.ledger().kind().name());
                if (p.ledger().client() != null) {
                    g.writeStringField("client", p.ledger().client().value());
                }
                if (p.ledger().matter() != null) {
                    g.writeStringField("matter", p.ledger().matter().value());
                }
                g.writeStringField("amount", p.amount().amount().toPlainString());
                g.writeEndObject();
            }
            g.writeEndArray();
            optional(g, "purpose", tx.purpose().map(Enum::name).orElse(null));
            optional(g, "payeeKind", tx.payeeKind().map(Enum::name).orElse(null));
            optional(g, "payee", tx.payee().orElse(null));
            optional(g, "invoice", tx.invoice().map(InvoiceNumber::value).orElse(null));
            optional(g, "reference", tx.reference().orElse(null));
            if (tx.reverses().isPresent()) {
                g.writeNumberField("reverses", tx.reverses().get().sequence());
            }
            if (tx.resolves().isPresent()) {
                g.writeNumberField("resolves", tx.resolves().get().sequence());
            }
            optional(g, "divertedToOperating",
                    tx.divertedToOperating().map(m -> m.amount().toPlainString()).orElse(null));
            optional(g, "earnedUndisputedAtPosting",
                    tx.earnedUndisputedAtPosting().map(m -> m.amount().toPlainString()).orElse(null));
            optional(g, "authorisedBy", tx.authorisedBy().map(TimekeeperId::value).orElse(null));
            g.writeStringField("memo", tx.memo());
            g.writeStringField("previous", entry.previousHash().hex());
            g.writeStringField("hash", entry.hash().hex());
            g.writeEndObject();
        });
    }

    static JsonNode parse(String line) throws ShapeException {
        try {
            JsonNode node = MAPPER.readTree(line);
            if (node == null || !node.isObject()) {
                throw new ShapeException("is not a JSON object");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new ShapeException("is not valid JSON: " + e.getOriginalMessage());
        }
    }

    static ParsedHeader parseHeader(JsonNode n) throws ShapeException {
        checkFields(n, HEADER_FIELDS, Set.of(), "header");
        if (!FORMAT.equals(text(n, "format"))) {
            throw new ShapeException("format must be '" + FORMAT + "'");
        }
        JsonNode version = n.get("version");
        if (!version.isInt() || version.intValue() != VERSION) {
            throw new ShapeException("version must be " + VERSION + ", was " + version);
        }
        TrustAccount account = new TrustAccount(TrustAccountId.of(text(n, "account")),
                enumValue(TrustAccountKind.class, n, "kind"), text(n, "bank"), currency(n),
                Jurisdiction.of(text(n, "jurisdiction")));
        return new ParsedHeader(account, text(n, "genesis"));
    }

    static ParsedEntry parseEntry(JsonNode n) throws ShapeException {
        checkFields(n, ENTRY_FIELDS, Set.of("purpose", "payeeKind", "payee", "invoice", "reference", "reverses",
                "resolves", "divertedToOperating", "earnedUndisputedAtPosting", "authorisedBy"), "entry");
        TrustAccountId account = TrustAccountId.of(text(n, "account"));
        long sequence = longValue(n, "seq");
        Currency currency = currency(n);
        TrustTransaction.Builder b = TrustTransaction.builder(enumValue(TransactionType.class, n, "type"),
                date(n, "date"));
        JsonNode postings = n.get("postings");
        if (!postings.isArray()) {
            throw new ShapeException("postings must be an array");
        }
        for (JsonNode p : postings) {
            if (!p.isObject()) {
                throw new ShapeException("postings must hold objects");
            }
            checkFields(p, POSTING_FIELDS, Set.of("client", "matter"), "posting");
            LedgerKind kind = enumValue(LedgerKind.class, p, "ledger");
            ClientId client = p.has("client") ? ClientId.of(text(p, "client")) : null;
            MatterId matter = p.has("matter") ? MatterId.of(text(p, "matter")) : null;
            b.posting(new Posting(new LedgerId(kind, client, matter), Money.of(decimal(p, "amount"), currency)));
        }
        if (n.has("purpose")) {
            b.purpose(enumValue(DepositPurpose.class, n, "purpose"));
        }
        if (n.has("payeeKind") || n.has("payee")) {
            b.payee(n.has("payeeKind") ? enumValue(PayeeKind.class, n, "payeeKind") : null,
                    n.has("payee") ? text(n, "payee") : null);
        }
        if (n.has("invoice")) {
            b.invoice(InvoiceNumber.of(text(n, "invoice")));
        }
        if (n.has("reference")) {
            b.reference(text(n, "reference"));
        }
        if (n.has("reverses")) {
            b.reverses(TrustEntryId.of(account, longValue(n, "reverses")));
        }
        if (n.has("resolves")) {
            b.resolves(TrustEntryId.of(account, longValue(n, "resolves")));
        }
        if (n.has("divertedToOperating")) {
            b.divertedToOperating(Money.of(decimal(n, "divertedToOperating"), currency));
        }
        if (n.has("earnedUndisputedAtPosting")) {
            b.earnedUndisputedAtPosting(Money.of(decimal(n, "earnedUndisputedAtPosting"), currency));
        }
        if (n.has("authorisedBy")) {
            b.authorisedBy(TimekeeperId.of(text(n, "authorisedBy")));
        }
        b.memo(text(n, "memo"));
        TrustTransaction tx = b.build();
        if (!tx.currency().equals(currency)) {
            throw new ShapeException("currency " + currency + " does not match the postings");
        }
        Instant recordedAt;
        try {
            recordedAt = Instant.parse(text(n, "recordedAt"));
        } catch (DateTimeParseException e) {
            throw new ShapeException("recordedAt is not an ISO-8601 instant: '" + text(n, "recordedAt") + "'");
        }
        TrustEntry entry = TrustEntry.of(TrustEntryId.of(account, sequence), recordedAt, tx,
                JournalHash.of(text(n, "previous")));
        return new ParsedEntry(entry, text(n, "hash"));
    }

    private static void checkFields(JsonNode n, Set<String> allowed, Set<String> optional, String what)
            throws ShapeException {
        for (Iterator<String> names = n.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (!allowed.contains(name)) {
                throw new ShapeException("unknown " + what + " field '" + name + "'");
            }
            if (n.get(name).isNull()) {
                throw new ShapeException(what + " field '" + name + "' is null; omit absent fields");
            }
        }
        for (String name : allowed) {
            if (!optional.contains(name) && !n.has(name)) {
                throw new ShapeException(what + " field '" + name + "' is missing");
            }
        }
    }

    private static String text(JsonNode n, String field) throws ShapeException {
        JsonNode v = n.get(field);
        if (v == null || !v.isTextual()) {
            throw new ShapeException(field + " must be a string");
        }
        return v.textValue();
    }

    private static long longValue(JsonNode n, String field) throws ShapeException {
        JsonNode v = n.get(field);
        if (v == null || !v.isIntegralNumber() || !v.canConvertToLong()) {
            throw new ShapeException(field + " must be a whole number");
        }
        return v.longValue();
    }

    private static BigDecimal decimal(JsonNode n, String field) throws ShapeException {
        String text = text(n, field);
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw new ShapeException(field + " is not a decimal: '" + text + "'");
        }
    }

    private static LocalDate date(JsonNode n, String field) throws ShapeException {
        try {
            return LocalDate.parse(text(n, field));
        } catch (DateTimeParseException e) {
            throw new ShapeException(field + " is not an ISO date: '" + text(n, field) + "'");
        }
    }

    private static Currency currency(JsonNode n) throws ShapeException {
        return Money.currency(text(n, "currency"));
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, JsonNode n, String field) throws ShapeException {
        String text = text(n, field);
        try {
            return Enum.valueOf(type, text);
        } catch (IllegalArgumentException e) {
            throw new ShapeException(field + " must be one of " + Arrays.toString(type.getEnumConstants())
                    + ", was '" + text + "'");
        }
    }

    private static void optional(JsonGenerator g, String field, String value) throws IOException {
        if (value != null) {
            g.writeStringField(field, value);
        }
    }

    private interface Writing {
        void write(JsonGenerator g) throws IOException;
    }

    private static String write(Writing body) {
        StringWriter out = new StringWriter(512);
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            body.write(g);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to a string cannot fail", e);
        }
        return out.toString();
    }
}

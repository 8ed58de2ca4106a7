package dev.legalbilling.json.trust;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.legalbilling.BillingException;
import dev.legalbilling.money.Money;
import dev.legalbilling.trust.BankStatement;
import dev.legalbilling.trust.StatementItem;
import dev.legalbilling.trust.TrustAccount;
import dev.legalbilling.trust.TrustAccountId;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Reads the bank side of a reconciliation from a small JSON document:
 * <pre>
 * {
 *   "account": "IOLTA-0001",
 *   "periodStart": "2025-03-01",
 *   "statementDate": "2025-03-31",
 *   "currency": "USD",
 *   "endingBalance": "52000.00",
 *   "depositsInTransit": [ { "date": "2025-03-31", "reference": "DEP-0331", "amount": "3000.00" } ],
 *   "outstandingChecks": [ { "date": "2025-03-28", "reference": "1047", "amount": "5500.00" } ],
 *   "bankCharges": [ ],
 *   "interestCredits": [ ]
 * }
 * </pre>
 * {@code bankCharges} and {@code interestCredits} (items the statement shows, used to explain differences) may be
 * omitted. Amounts are decimal strings (JSON numbers are accepted and read exactly) with at most the currency's
 * decimals; unknown fields are refused so a typo cannot silently drop an item. Stateless and thread-safe.
 */
public final class BankStatementReader {
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();
    private static final Set<String> FIELDS = Set.of("account", "periodStart", "statementDate", "currency",
            "endingBalance", "depositsInTransit", "outstandingChecks", "bankCharges", "interestCredits");
    private static final Set<String> ITEM_FIELDS = Set.of("date", "reference", "amount");

    private BankStatementReader() {
    }

    /**
     * @param path a statement file; not null
     * @return the statement
     * @throws BankStatementFormatException when the file is not a valid statement, naming the field
     * @throws UncheckedIOException when the file cannot be read
     */
    public static BankStatement read(Path path) {
        Objects.requireNonNull(path, "path");
        try (InputStream in = Files.newInputStream(path)) {
            return read(in, path.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bank statement " + path, e);
        }
    }

    /**
     * Reads the statement of a known trust account, as a reconciliation against that account's journal needs it.
     *
     * @param path a statement file; not null
     * @param account the trust account the statement must be of; not null
     * @return the statement
     * @throws BankStatementFormatException when the file is not a valid statement, or is of another account
     *     ({@code /account}) or currency ({@code /currency}) than {@code account}, naming the field
     * @throws UncheckedIOException when the file cannot be read
     */
    public static BankStatement read(Path path, TrustAccount account) {
        Objects.requireNonNull(account, "account");
        BankStatement bank = read(path);
        if (!bank.account().equals(account.id())) {
            throw new BankStatementFormatException(path.toString(), "/account", "is trust account " + bank.account()
                    + ", but the journal is for " + account.id(), null);
        }
        if (!bank.endingBalance().currency().equals(account.currency())) {
            throw new BankStatementFormatException(path.toString(), "/currency", "is "
                    + bank.endingBalance().currency() + ", but trust account " + account.id() + " is kept in "
                    + account.currency(), null);
        }
        return bank;
    }

    /**
     * @param in the JSON document; not closed by this method
     * @param source a name for error messages, such as the file name
     * @return the statement
     * @throws BankStatementFormatException when the document is not a valid statement, naming the field
     * @throws UncheckedIOException when the stream cannot be read
     */
    public static BankStatement read(InputStream in, String source) {
        JsonNode root;
        try {
            root = MAPPER.readTree(in);
        } catch (JsonProcessingException e) {
            throw new BankStatementFormatException(source, e.getLocation() == null ? "/"
                    : "line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr(),
                    "is not valid JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bank statement " + source, e);
        }
        Reader r = new Reader(source);
        if (root == null || !root.isObject()) {
            throw r.fail("", "must be a JSON object", null);
        }
        r.fields(root, "", FIELDS, Set.of("account", "periodStart", "statementDate", "currency", "endingBalance",
                "depositsInTransit", "outstandingChecks"));
        Currency currency = r.currency(root);
        TrustAccountId account = r.value("/account", () -> TrustAccountId.of(r.text(root, "", "account")));
        LocalDate periodStart = r.date(root, "", "periodStart");
        LocalDate statementDate = r.date(root, "", "statementDate");
        Money ending = r.money(root, "", "endingBalance", currency);
        List<StatementItem> inTransit = r.items(root, "depositsInTransit", currency);
        List<StatementItem> outstanding = r.items(root, "outstandingChecks", currency);
        List<StatementItem> charges = r.items(root, "bankCharges", currency);
        List<StatementItem> interest = r.items(root, "interestCredits", currency);
        return r.value("", () -> new BankStatement(account, periodStart, statementDate, ending, inTransit,
                outstanding, charges, interest));
    }

    /** Field readers that know the source name for errors. */
    private static final class Reader {
        private final String source;

        Reader(String source) {
            this.source = source;
        }

        BankStatementFormatException fail(String pointer, String problem, Throwable cause) {
            return new BankStatementFormatException(source, pointer.isEmpty() ? "/" : pointer, problem, cause);
        }

        interface Value<T> {
            T get();
        }

        <T> T value(String pointer, Value<T> value) {
            try {
                return value.get();
            } catch (BankStatementFormatException e) {
                throw e;
            } catch (BillingException e) {
                throw fail(pointer, e.getMessage(), e);
            }
        }

        void fields(JsonNode n, String pointer, Set<String> allowed, Set<String> required) {
            for (Iterator<String> names = n.fieldNames(); names.hasNext();) {
                String name = names.next();
                if (!allowed.contains(name)) {
                    throw fail(pointer + "/" + name, "is not a statement field (expected one of "
                            + new java.util.TreeSet<>(allowed) + ")", null);
                }
            }
            for (String name : required) {
                if (!n.has(name) || n.get(name).isNull()) {
                    throw fail(pointer + "/" + name, "is required", null);
                }
            }
        }

        String text(JsonNode n, String pointer, String field) {
            JsonNode v = n.get(field);
            if (v == null || !v.isTextual()) {
                throw fail(pointer + "/" + field, "must be a string", null);
            }
            return v.textValue();
        }

        Currency currency(JsonNode root) {
            return value("/currency", () -> Money.currency(text(root, "", "currency")));
        }

        LocalDate date(JsonNode n, String pointer, String field) {
            String text = text(n, pointer, field);
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                throw fail(pointer + "/" + field, "must be an ISO date such as 2025-03-31, was '" + text + "'", e);
            }
        }

        Money money(JsonNode n, String pointer, String field, Currency currency) {
            JsonNode v = n.get(field);
            String at = pointer + "/" + field;
            BigDecimal amount;
            if (v != null && v.isNumber()) {
                amount = v.decimalValue();
            } else if (v != null && v.isTextual()) {
                try {
                    amount = new BigDecimal(v.textValue().trim());
                } catch (NumberFormatException e) {
                    throw fail(at, "must be a decimal amount, was '" + v.textValue() + "'", e);
                }
            } else {
                throw fail(at, "must be a decimal amount", null);
            }
            return value(at, () -> Money.of(amount, currency));
        }

        List<StatementItem> items(JsonNode root, String field, Currency currency) {
            JsonNode list = root.get(field);
            if (list == null) {
                return List.of();
            }
            if (!list.isArray()) {
                throw fail("/" + field, "must be an array", null);
            }
            List<StatementItem> items = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                JsonNode item = list.get(i);
                String pointer = "/" + field + "/" + i;
                if (!item.isObject()) {
                    throw fail(pointer, "must be an object with date, reference and amount", null);
                }
                fields(item, pointer, ITEM_FIELDS, ITEM_FIELDS);
                LocalDate date = date(item, pointer, "date");
                String reference = text(item, pointer, "reference");
                Money amount = money(item, pointer, "amount", currency);
                items.add(value(pointer, () -> new StatementItem(date, reference, amount)));
            }
            return items;
        }
    }
}
